import { readFileSync, writeFileSync } from 'node:fs';
import { sasDayToIsoDate } from '@i94/domain';
import { encodeParquet } from '@i94/s3-parquet';
import { recordingIo } from '../../test/cli-io';
import { type Answer, type FakeGateway, type Responder, acceptingGateway, bodyRecords, startFakeGateway } from '../../test/fake-gateway';
import { READSTAT_FIXTURE, SAMPLE_CSV, generatedRecords } from '../../test/sample';
import { useTempDir } from '../../test/temp-dir';
import { ParquetSink } from '@i94/sample-data';
import { buildProgram } from '../program';

const tmp = useTempDir('i94-push-');
let gateway: FakeGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

async function push(responder: Responder, ...args: string[]) {
  gateway = await startFakeGateway(responder);
  const io = recordingIo();
  await buildProgram(io, { exitOverride: true }).parseAsync(['feed', 'push', '--gateway', gateway.url, '--api-key', 'k', ...args], { from: 'user' });
  const json = args.includes('--json') ? (JSON.parse(io.stdout) as Record<string, unknown> & { failures: unknown[] }) : undefined;
  return { io, json, requests: gateway.requests };
}

/** Records per arrival day in the sample, from its arrdate column. */
function sampleDays(): Map<string, number> {
  const days = new Map<string, number>();
  for (const line of readFileSync(SAMPLE_CSV, 'utf8').split(/\r?\n/).slice(1).filter(Boolean)) {
    const day = sasDayToIsoDate(Number(line.split(',')[7]));
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

describe('i94 feed push', () => {
  it('--by-day sends each day as its own feed and completes it with the exact count', async () => {
    const { io, json, requests } = await push(acceptingGateway(), SAMPLE_CSV, '--by-day', '--chunk-records', '20', '--json');
    const days = sampleDays();
    expect(io.exitCode).toBe(0);
    expect(io.stdout.trim().split('\n')).toHaveLength(1);
    expect(json).toMatchObject({ files: 1, records: 1000, accepted: 1000, rejected: 0, failures: [] });
    const completed = (json?.completed as { feedDate: string; expectedCount: number; countsAgree: boolean }[]) ?? [];
    expect(new Map(completed.map((c) => [c.feedDate, c.expectedCount]))).toEqual(days);
    expect(completed.every((c) => c.countsAgree)).toBe(true);
    const posts = requests.filter((r) => r.path.endsWith('/records'));
    expect(posts.every((r) => r.body.startsWith(',cicid,i94yr,') && bodyRecords(r).length <= 20)).toBe(true);
    expect((json?.batches as unknown[]).length).toBe(posts.length);
  });

  it('without --by-day sends everything to one feed date and does not complete it', async () => {
    const { io, json, requests } = await push(acceptingGateway(), SAMPLE_CSV, '--feed-date', '2016-04-30', '--chunk-records', '300', '--json');
    expect(io.exitCode).toBe(0);
    expect(requests.map((r) => r.path)).toEqual(Array(4).fill('/v1/feeds/2016-04-30/records'));
    // Two requests are in flight at once, so they may arrive in either order.
    expect(requests.map((r) => Number(r.headers['x-source-line-offset'])).sort((a, b) => a - b)).toEqual([0, 300, 600, 900]);
    expect(json).toMatchObject({ records: 1000, accepted: 1000, completed: [] });
  });

  it('maps rejected lines back to the source file, with and without an offset', async () => {
    const rejectSecond: Responder = (request, index) => {
      const feedDate = request.path.split('/')[3];
      const offset = Number(request.headers['x-source-line-offset'] ?? 0);
      // Body line 3 (the second record of a CSV body), offset as the real gateway would.
      const rejections = [{ line: 3 + offset, field: 'i94mon', reason: 'MONTH_OUT_OF_RANGE', message: 'i94mon: 13' }];
      return { status: 200, body: { batchId: `b${index}`, feedDate, accepted: bodyRecords(request).length - 1, rejected: 1, rejections } };
    };
    const plain = await push(rejectSecond, SAMPLE_CSV, '--chunk-records', '500', '--json');
    expect((plain.json?.rejections as { line: number }[]).map((r) => r.line).sort((a, b) => a - b)).toEqual([3, 503]);
    expect(plain.json).toMatchObject({ accepted: 998, rejected: 2 });
    await gateway?.close();
    const byDay = await push(rejectSecond, SAMPLE_CSV, '--by-day', '--chunk-records', '1000');
    // No offset across interleaved days: the CLI maps body line 3 to the day's second record.
    const first = byDay.requests.find((r) => r.path.endsWith('/records'));
    const secondRecord = bodyRecords(first!)[1];
    const lines = readFileSync(SAMPLE_CSV, 'utf8').split(/\r?\n/);
    expect(byDay.io.stderr).toContain(`rejected ${SAMPLE_CSV}:${lines.indexOf(secondRecord) + 1} i94mon MONTH_OUT_OF_RANGE`);
  });

  it('exits 1 when a batch is refused, and does not complete that day', async () => {
    const accepting = acceptingGateway();
    const refuseOne: Responder = (request, index) =>
      request.path === '/v1/feeds/2016-04-01/records' ? { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'no' } } : accepting(request, index);
    const { io, json } = await push(refuseOne, SAMPLE_CSV, '--by-day', '--json');
    expect(io.exitCode).toBe(1);
    expect(json?.failures).toEqual([
      expect.objectContaining({ stage: 'batch', feedDate: '2016-04-01', status: 400, attempts: 1, error: 'HTTP 400: Bad Request: no' }),
      expect.objectContaining({ stage: 'complete', feedDate: '2016-04-01' }),
    ]);
    expect((json?.completed as unknown[]).length).toBe(29);
  });

  it('stops at the first 401 instead of sending the whole file', async () => {
    const { io, requests } = await push(() => ({ status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'unknown API key' } }), SAMPLE_CSV, '--chunk-records', '10', '--concurrency', '1');
    expect(io.exitCode).toBe(1);
    expect(requests.length).toBeLessThanOrEqual(2);
    expect(io.stderr).toContain('unknown API key');
  });

  it('retries a 503 and still exits 0', async () => {
    const accepting = acceptingGateway();
    const busyFirst: Responder = (request, index): Answer => (index === 0 ? { status: 503, headers: { 'retry-after': '0' }, body: { statusCode: 503, error: 'Service Unavailable', message: 'Kafka' } } : accepting(request, index));
    const { io, json, requests } = await push(busyFirst, SAMPLE_CSV, '--json');
    expect(io.exitCode).toBe(0);
    expect(requests).toHaveLength(2);
    expect(json).toMatchObject({ accepted: 1000, failures: [] });
  });

  it('sends SAS7BDAT and Parquet rows as NDJSON with the I94 field names', async () => {
    const parquet = tmp.path('april.parquet');
    const sink = await ParquetSink.create(parquet, 40);
    for (const record of await generatedRecords(100)) await sink.write(record);
    await sink.close();
    const { io, json, requests } = await push(acceptingGateway(), READSTAT_FIXTURE, parquet, '--by-day', '--json');
    expect(io.exitCode).toBe(0);
    expect(json).toMatchObject({ files: 2, records: 160, accepted: 160 });
    expect(requests.every((r) => r.path.endsWith('/complete') || r.headers['content-type'] === 'application/x-ndjson')).toBe(true);
    const sent = requests.filter((r) => r.path.endsWith('/records')).flatMap((r) => bodyRecords(r).map((line) => JSON.parse(line) as Record<string, unknown>));
    expect(sent.find((record) => record.cicid === 4084316)).toMatchObject({ i94port: 'HHW', arrdate: 20566, admnum: 56582674633, visapost: null });
  });

  it('refuses a file whose format it cannot tell, before sending anything', async () => {
    const odd = tmp.path('feed.txt');
    writeFileSync(odd, 'x');
    await expect(push(acceptingGateway(), SAMPLE_CSV, odd)).rejects.toThrow(/cannot tell the format of .*feed\.txt/);
    expect(gateway?.requests).toHaveLength(0);
  });

  it('refuses a Parquet file without a cicid column instead of sending rows that are all rejected', async () => {
    const other = tmp.path('other.parquet');
    writeFileSync(other, await encodeParquet([{ name: 'name', kind: 'string', optional: true }], [{ name: 'x' }, { name: 'y' }]));
    const { io, json, requests } = await push(acceptingGateway(), other, '--json');
    expect(io.exitCode).toBe(1);
    expect(json?.failures[0]).toMatchObject({ stage: 'read', file: other, error: expect.stringMatching(/has no cicid column \(it has name\)/) });
    expect(requests).toHaveLength(0);
  });

  it('reports a truncated SAS7BDAT file and completes no feed', async () => {
    const cut = tmp.path('cut.sas7bdat');
    const bytes = readFileSync(READSTAT_FIXTURE);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 100));
    const { io, json } = await push(acceptingGateway(), SAMPLE_CSV, cut, '--by-day', '--json');
    expect(io.exitCode).toBe(1);
    expect(json?.failures[0]).toMatchObject({ stage: 'read', file: cut, error: expect.stringMatching(/file is truncated/) });
    expect(json?.completed).toEqual([]);
  });
});
