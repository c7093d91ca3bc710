import { LOCAL_DEV_KEYS } from '@i94/auth';
import { type SampleQueryApi, startSampleQueryApi } from './sample-query-api';

// The query API over the real Cassandra: readers get personal fields masked, admins in clear,
// state/date pages walk every row once, and bad keys and bad parameters get their status.
describe('query-api against the real Cassandra', () => {
  let api: SampleQueryApi;
  const get = (path: string, key?: string) => fetch(`${api.url}${path}`, { headers: key ? { 'x-api-key': key } : {} });

  beforeAll(async () => {
    api = await startSampleQueryApi('queryapi');
  });
  afterAll(() => api?.stop());

  it('masks admnum, insnum and fltno for readers and shows them to admins', async () => {
    const asReader = await (await get('/v1/arrivals/2016-04/4084316', LOCAL_DEV_KEYS.reader)).json();
    const asAdmin = await (await get('/v1/arrivals/2016-04/4084316', LOCAL_DEV_KEYS.admin)).json();
    expect(asReader).toMatchObject({ cicid: 4084316, i94yr: 2016, i94mon: 4, i94port: 'HHW', admnum: '***', fltno: '***' });
    expect(asAdmin).toMatchObject({ cicid: 4084316, admnum: 56582674633, fltno: '00782' });
  });

  it('tells apart two months with the same cicid: by month, every month, and an alias that refuses to choose', async () => {
    const may = await (await get('/v1/arrivals/2016-05/4084316', LOCAL_DEV_KEYS.reader)).json();
    expect(may).toMatchObject({ cicid: 4084316, i94yr: 2016, i94mon: 5, arrdate: 20596 });
    const all = (await (await get('/v1/arrivals?cicid=4084316', LOCAL_DEV_KEYS.reader)).json()) as { items: { i94mon: number }[]; next: null };
    expect(all).toMatchObject({ next: null });
    expect(all.items.map((a) => a.i94mon)).toEqual([4, 5]);
    const ambiguous = await get('/v1/arrivals/4084316', LOCAL_DEV_KEYS.reader);
    expect(ambiguous.status).toBe(409);
    expect(((await ambiguous.json()) as { message: string }).message).toContain('/v1/arrivals/2016-04/4084316, /v1/arrivals/2016-05/4084316');
    // a cicid in one month only: the alias answers
    expect(await (await get('/v1/arrivals/4422636', LOCAL_DEV_KEYS.reader)).json()).toMatchObject({ cicid: 4422636, i94mon: 4 });
  });

  it('pages a state and date through every arrival exactly once, masked', async () => {
    const expected = Number((await api.cassandra.execute(`SELECT count(*) FROM ${api.keyspace}.arrivals_by_state_date WHERE destination_state = 'NY' AND arrival_date = '2016-04-22'`)).first().count);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = (await (await get(`/v1/arrivals?state=NY&date=2016-04-22&limit=3${cursor ? `&cursor=${cursor}` : ''}`, LOCAL_DEV_KEYS.reader)).json()) as { items: { cicid: number; admnum: unknown }[]; next: string | null };
      for (const item of page.items) {
        seen.push(item.cicid);
        expect(item.admnum === null || item.admnum === '***').toBe(true);
      }
      cursor = page.next;
    } while (cursor);
    expect(expected).toBeGreaterThan(3);
    expect(seen).toHaveLength(expected);
    expect(new Set(seen).size).toBe(expected);
  });

  it.each([
    ['/v1/arrivals/2016-04/4084316', undefined, 401],
    ['/v1/arrivals/2016-04/4084316', 'not-a-key', 401],
    ['/v1/arrivals/2016-04/4084316', LOCAL_DEV_KEYS.producer, 403],
    ['/v1/arrivals/2016-06/4084316', LOCAL_DEV_KEYS.reader, 404],
    ['/v1/arrivals/2016-13/4084316', LOCAL_DEV_KEYS.reader, 400],
    ['/v1/arrivals/1', LOCAL_DEV_KEYS.reader, 404],
    ['/v1/arrivals/abc', LOCAL_DEV_KEYS.reader, 400],
    ['/v1/arrivals?cicid=abc', LOCAL_DEV_KEYS.reader, 400],
    ['/v1/arrivals?cicid=4084316&state=NY', LOCAL_DEV_KEYS.reader, 400],
    ['/v1/arrivals?state=NY&date=2016-02-30', LOCAL_DEV_KEYS.reader, 400],
    ["/v1/arrivals?state=N'Y&date=2016-04-22", LOCAL_DEV_KEYS.reader, 400],
    ['/v1/arrivals?state=NY&date=2016-04-22&cursor=zz', LOCAL_DEV_KEYS.reader, 400],
    ['/v1/aggregates/state-month?month=2016-4', LOCAL_DEV_KEYS.reader, 400],
    ['/v1/aggregates/state-month?month=2016-04', LOCAL_DEV_KEYS.reader, 200],
  ])('GET %s with key %s → %i', async (path, key, status) => {
    expect((await get(path, key)).status).toBe(status);
  });

  it('times its API by route and status on /metrics, and reports Cassandra ready', async () => {
    const metrics = await (await get('/metrics')).text();
    const count = (route: string, status: number) => {
      const line = metrics.split('\n').find((l) => l.startsWith('i94_http_request_seconds_count{') && l.includes(`route="${route}"`) && l.includes(`status="${status}"`));
      return Number(line?.split(' ').pop() ?? 0);
    };
    expect(count('/v1/arrivals/:month/:cicid', 401)).toBe(2);
    expect(count('/v1/arrivals/:month/:cicid', 403)).toBe(1);
    expect(count('/v1/arrivals/:month/:cicid', 404)).toBe(1);
    expect(count('/v1/arrivals/:month/:cicid', 200)).toBe(3);
    expect(count('/v1/arrivals/:cicid', 409)).toBe(1);
    expect(count('/v1/arrivals/:cicid', 404)).toBe(1);
    expect(count('/v1/aggregates/state-month', 200)).toBe(1);
    expect(metrics).toMatch(/^i94_ready\{check="cassandra",service="query-api"\} 1$/m);
  });
});
