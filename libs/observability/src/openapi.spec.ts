import { methodNotAllowed } from './openapi';

describe('methodNotAllowed', () => {
  const handler = methodNotAllowed({
    '/v1/feeds/{feedDate}/records': { post: {}, parameters: [] },
    '/health': { get: {} },
  });
  const answer = (method: string, path: string) => {
    const res = { headers: {} as Record<string, string>, statusCode: 0, body: undefined as unknown, setHeader(k: string, v: string) { this.headers[k] = v; }, status(code: number) { this.statusCode = code; return this; }, json(b: unknown) { this.body = b; return this; } };
    let passed = false;
    handler({ method, path } as never, res as never, () => (passed = true));
    return passed ? 'next' : [res.statusCode, res.headers.Allow, res.body];
  };

  it('answers 405 with Allow and the Error body for a documented path asked with another method', () => {
    expect(answer('GET', '/v1/feeds/2016-04-30/records')).toEqual([405, 'POST', { statusCode: 405, error: 'Method Not Allowed', message: 'GET is not allowed here; use POST' }]);
    expect(answer('DELETE', '/health')[1]).toBe('GET, HEAD');
    expect(answer('POST', '/health/')[0]).toBe(405);
  });

  it('passes on documented methods, HEAD of a GET, and undocumented paths', () => {
    expect([answer('POST', '/v1/feeds/2016-04-30/records'), answer('HEAD', '/health'), answer('GET', '/nope'), answer('GET', '/v1/feeds/a/b/records')]).toEqual(['next', 'next', 'next', 'next']);
  });

  it('takes only operations as methods, not a path item\'s shared parameters', () => {
    expect(answer('PUT', '/v1/feeds/2016-04-30/records')[1]).toBe('POST');
  });
});
