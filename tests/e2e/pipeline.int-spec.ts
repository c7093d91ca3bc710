import { join } from 'node:path';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { moveSampleToMonth } from '../support/move-sample';
import { Pipeline } from '../support/pipeline';
import { recountByState, type StateCounts } from './independent-recount';

const SAMPLE = join(__dirname, '../../data/sample/immigration_data_sample.csv');

type Aggregate = StateCounts & { state: string; month: string; version: string; inputRows: number };

// The whole platform, as separate processes, on the real stack: the sample pushed by day through
// the CLI comes out reconciled at every stage, and the API's aggregates equal an independent
// recount of the file. Late data recomputes only its month; the same feed twice changes nothing.
describe('end to end: the sample through every service', () => {
  const pipeline = new Pipeline();
  const aggregates = async (month: string): Promise<Aggregate[]> => {
    const res = await fetch(`${pipeline.url('query-api')}/v1/aggregates/state-month?month=${month}`, { headers: { 'x-api-key': LOCAL_DEV_KEYS.reader } });
    return (await res.json()) as Aggregate[];
  };
  const total = (rows: Aggregate[]) => rows.reduce((n, r) => n + r.arrivals, 0);
  // Each settle may wait up to WAIT_S: a test's timeout covers its settles, so a slow stage fails
  // with i94 wait's message naming it, not with Jest's bare timeout.
  const WAIT_S = 240;
  const within = (settles: number) => (settles * WAIT_S + 60) * 1000;
  const settle = async () => {
    const wait = await pipeline.cli(['wait', '--timeout', String(WAIT_S)]);
    expect({ code: wait.code, stderr: wait.stderr.slice(-500) }).toMatchObject({ code: 0 });
  };

  beforeAll(() => pipeline.start(), 180_000);
  afterAll(() => pipeline.stop());

  it('reconciles the pushed sample at every stage', async () => {
    const push = await pipeline.cliJson<{ records: number; accepted: number; rejected: number; completed: { countsAgree: boolean }[] }>(['feed', 'push', SAMPLE, '--by-day', '--json']);
    expect(push).toMatchObject({ records: 1000, accepted: 1000, rejected: 0 });
    expect(push.completed.every((c) => c.countsAgree)).toBe(true);
    await settle();
    const reconciliation = await pipeline.reconcile('2016-04');
    expect(reconciliation).toEqual({ month: '2016-04', accepted: 1000, rejected: 0, raw: 1000, cassandra: 1000, parquet: 1000, aggregated: 1000, ok: true });
  }, within(1));

  it('serves aggregates equal to an independent recount of the file', async () => {
    const expected = recountByState(SAMPLE);
    const served = await aggregates('2016-04');
    expect(served.map((a) => a.state).sort()).toEqual([...expected.keys()].sort());
    for (const a of served) {
      const { arrivals, male, female, business, pleasure, student } = a;
      expect({ state: a.state, arrivals, male, female, business, pleasure, student }).toEqual({ state: a.state, ...expected.get(a.state) });
    }
  });

  it('recomputes only the month that received late data, and a repeated feed changes nothing', async () => {
    const may = join(pipeline.logDir, 'may.csv');
    const lateApril = join(pipeline.logDir, 'late-april.csv');
    expect((await pipeline.cli(['generate', '--records', '120', '--month', '2016-05', '--out', may, '--seed', '5'])).code).toBe(0);
    expect((await pipeline.cli(['generate', '--records', '150', '--month', '2016-04', '--out', lateApril, '--seed', '9'])).code).toBe(0);
    await pipeline.cliJson(['feed', 'push', may, '--by-day', '--json']);
    await settle();
    const mayBefore = await aggregates('2016-05');
    expect(total(mayBefore)).toBe(120);

    await pipeline.cliJson(['feed', 'push', lateApril, '--by-day', '--json']);
    await settle();
    const april = await aggregates('2016-04');
    expect(total(april)).toBe(1150);
    expect(await aggregates('2016-05')).toEqual(mayBefore); // May untouched: same versions, same computedAt

    await pipeline.cliJson(['feed', 'push', lateApril, '--by-day', '--json']);
    await settle();
    const again = await aggregates('2016-04');
    expect(total(again)).toBe(1150);
    expect(again.map((a) => [a.state, a.arrivals, a.version])).toEqual(april.map((a) => [a.state, a.arrivals, a.version]));
    expect((await pipeline.reconcile('2016-04')).ok).toBe(true);
    // the generated months both number from cicid 1, as monthly files do: May keeps its 120
    expect(await pipeline.reconcile('2016-05')).toMatchObject({ raw: 120, cassandra: 120, parquet: 120, aggregated: 120, ok: true });
  }, within(3));

  it('keeps two months whose cicids are the same apart at every stage, and serves both arrivals', async () => {
    const june = join(pipeline.logDir, 'sample-in-june.csv');
    moveSampleToMonth(SAMPLE, june, { i94yr: 2016, i94mon: 6, days: 61 }); // 2016-04-01 + 61 days = 2016-06-01
    const push = await pipeline.cliJson<{ accepted: number; rejected: number }>(['feed', 'push', june, '--by-day', '--json']);
    expect(push).toMatchObject({ accepted: 1000, rejected: 0 });
    await settle();
    expect(await pipeline.reconcile('2016-06')).toMatchObject({ raw: 1000, cassandra: 1000, parquet: 1000, aggregated: 1000, ok: true });
    expect(await pipeline.reconcile('2016-04')).toMatchObject({ raw: 1150, cassandra: 1150, parquet: 1150, aggregated: 1150, ok: true });
    expect(total(await aggregates('2016-06'))).toBe(1000);

    const res = await fetch(`${pipeline.url('query-api')}/v1/arrivals?cicid=4084316`, { headers: { 'x-api-key': LOCAL_DEV_KEYS.reader } });
    const { items } = (await res.json()) as { items: { i94yr: number; i94mon: number; arrdate: number }[] };
    expect(items.map((a) => [a.i94yr, a.i94mon, a.arrdate])).toEqual([[2016, 4, 20566], [2016, 6, 20627]]);
  }, within(1));
});
