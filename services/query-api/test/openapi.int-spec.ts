import { LOCAL_DEV_KEYS } from '@i94/auth';
import { randomKeyspace, ServiceProcess } from '@i94/testing';

type Operation = { parameters?: { name: string; schema: Record<string, unknown> }[]; responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> };
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

// The BUILT query API's /docs-json: every /v1 parameter has its format, every status a route
// answers is documented with the Error body, and the answers the API really gives to bad
// requests (no key, wrong role, bad formats, a missing keyspace's 500) are among those documented.
describe('query-api OpenAPI', () => {
  let api: ServiceProcess;
  let doc: Document;

  beforeAll(async () => {
    api = await ServiceProcess.start('query-api', { CASSANDRA_KEYSPACE: randomKeyspace('nokeyspace'), RATE_LIMIT_PER_SECOND: '1000' });
    doc = (await (await fetch(`${api.url}/docs-json`)).json()) as Document;
  });
  afterAll(() => api?.stop());

  const v1 = () => Object.entries(doc.paths).filter(([path]) => path.startsWith('/v1/')).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));

  it('gives every /v1 parameter a pattern, format or bounds, and every error status the Error body', () => {
    expect(v1().length).toBeGreaterThanOrEqual(6);
    for (const { path, op } of v1()) {
      for (const p of op.parameters ?? []) expect({ path, name: p.name, constrained: ['pattern', 'format', 'maximum'].some((k) => k in p.schema) }).toEqual({ path, name: p.name, constrained: true });
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '405', '429', '500', '503']));
      for (const [status, response] of Object.entries(op.responses)) {
        if (status !== '200') expect({ path, status, schema: response.content?.['application/json']?.schema.$ref }).toEqual({ path, status, schema: '#/components/schemas/Error' });
      }
    }
    expect(doc.components.schemas.Error).toMatchObject({ required: ['statusCode', 'message'] });
    expect(Object.keys(doc.paths['/v1/arrivals/{cicid}'].get.responses)).toEqual(expect.arrayContaining(['404', '409']));
  });

  it.each([
    ['no key', '/v1/aggregates/state-month?month=2016-04', undefined, 401],
    ['a producer key', '/v1/aggregates/state-month?month=2016-04', LOCAL_DEV_KEYS.producer, 403],
    ['a month out of range', '/v1/aggregates/state-month?month=2016-13', LOCAL_DEV_KEYS.reader, 400],
    ['a bad cicid', '/v1/arrivals/2016-04/0', LOCAL_DEV_KEYS.reader, 400],
    ['cicid with a state', '/v1/arrivals?cicid=1&state=NY', LOCAL_DEV_KEYS.reader, 400],
    ['a limit too large', '/v1/arrivals?state=NY&date=2016-04-01&limit=100000', LOCAL_DEV_KEYS.reader, 400],
    ['a missing keyspace', '/v1/arrivals/2016-04/1', LOCAL_DEV_KEYS.reader, 500],
  ])('answers %s with a documented status and the Error body', async (_name, target, key, status) => {
    const res = await fetch(`${api.url}${target}`, { headers: key ? { 'x-api-key': key } : {} });
    expect(res.status).toBe(status);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ statusCode: status, message: expect.any(String) });
    const route = Object.keys(doc.paths).find((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(target.split('?')[0]))!;
    expect(Object.keys(doc.paths[route].get.responses)).toContain(String(status));
  });

  it('answers 503 with Retry-After, as documented, while Cassandra is unreachable', async () => {
    const unreachable = await ServiceProcess.start('query-api', { CASSANDRA_CONTACT_POINTS: '127.0.0.1:1', LOG_LEVEL: 'error' });
    try {
      const res = await fetch(`${unreachable.url}/v1/arrivals/2016-04/1`, { headers: { 'x-api-key': LOCAL_DEV_KEYS.reader } });
      expect([res.status, res.headers.get('retry-after'), ((await res.json()) as { statusCode: number }).statusCode]).toEqual([503, '5', 503]);
      expect(doc.paths['/v1/arrivals/{month}/{cicid}'].get.responses['503'].content?.['application/json'].schema.$ref).toBe('#/components/schemas/Error');
    } finally {
      await unreachable.stop();
    }
  });
});
