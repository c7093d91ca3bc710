import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { ACCESS_MATRIX } from '@i94/testing';
import { PERSONAL_FIELDS } from '../src/masking';
import { type SampleQueryApi, startSampleQueryApi } from './sample-query-api';

/** Every personal field anywhere in a JSON value whose value is neither missing nor masked. */
function unmasked(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unmasked(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...((PERSONAL_FIELDS as readonly string[]).includes(k) && v !== null && v !== '***' ? [`${path}.${k}`] : []),
    ...unmasked(v, `${path}.${k}`),
  ]);
}

// Readers never see admnum, insnum or fltno: every route a reader may call (from the access
// matrix, so a new one is covered) is called over real data, and no answer carries them in clear.
describe('query-api: personal fields are masked for readers on every route', () => {
  const readerRoutes = Object.entries(ACCESS_MATRIX['query-api']).filter(([route, a]) => route.startsWith('GET ') && a.access !== 'public' && a.access.includes('reader'));
  let admnums: string[];
  let api: SampleQueryApi;
  const get = async (path: string, key: string) => {
    const res = await fetch(`${api.url}${path}`, { headers: { 'x-api-key': key } });
    return { status: res.status, text: await res.text() };
  };

  beforeAll(async () => {
    api = await startSampleQueryApi('masking');
    // long enough to be found only where an admission number was copied (a sample row has admnum 0)
    admnums = api.arrivals.flatMap((a) => (a.admnum !== null && a.admnum > 9_999_999 ? [String(a.admnum)] : []));
  });
  afterAll(() => api?.stop());

  it.each(readerRoutes)('%s: no personal field in clear for a reader', async (_route, access) => {
    const { status, text } = await get(access.sample, LOCAL_DEV_KEYS.reader);
    expect(status).toBe(200);
    expect(unmasked(JSON.parse(text))).toEqual([]);
    expect(admnums.filter((a) => text.includes(a))).toEqual([]);
  });

  it('shows them to an admin (so the data above really holds them)', async () => {
    const { text } = await get(ACCESS_MATRIX['query-api']['GET /v1/arrivals'].sample, LOCAL_DEV_KEYS.admin);
    expect(unmasked(JSON.parse(text)).length).toBeGreaterThan(0);
  });

  it('serves aggregates whose schema has no personal field at all (the dashboard reads only those)', () => {
    const schema = readFileSync(join(__dirname, '../../../schemas/i94.agg.state-month.v1.avsc'), 'utf8');
    for (const field of PERSONAL_FIELDS) expect(schema).not.toContain(`"${field}"`);
  });
});
