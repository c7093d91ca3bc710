import { type DeadLetter, type RawArrival } from '@i94/avro';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrokerUnavailableError } from '@i94/kafka';
import { UnreadableFeedError } from '@i94/feed-readers';
import { encodeParquet, type ParquetColumn } from '@i94/s3-parquet';
import { BodySpool } from './adapters/body-spool';
import { FeedIngestService, IdempotencyKeyReusedError, type IngestRequest, MalformedFeedError } from './feed-ingest.service';
import { type BatchSummary, type FeedPublisher, type RequestOutput } from './ports/feed-publisher';

const HEADER = ',cicid,i94yr,i94mon,i94cit,i94res,i94port,arrdate,i94mode,i94addr,depdate,i94bir,i94visa,count,dtadfile,visapost,occup,entdepa,entdepd,entdepu,matflag,biryear,dtaddto,gender,insnum,airline,admnum,fltno,visatype';
const rowFor = (cicid: string) => `1,${cicid},2016.0,4.0,209.0,209.0,HHW,20566.0,1.0,HI,20573.0,61.0,2.0,1.0,20160422,,,G,O,,M,1955.0,07202016,F,,JL,56582674633.0,00782,WT`;

/**
 * A strict fake of the publisher port: records what a request published once its work resolved
 * (what a read_committed reader sees) and counts the requests that failed; feed totals are not expected here.
 */
class RecordingPublisher implements FeedPublisher {
  raw: RawArrival[][] = [];
  dead: DeadLetter[][] = [];
  summaries: BatchSummary[] = [];
  aborted = 0;
  failRawWith?: Error;
  /** Raw batches published before failRawWith is thrown. */
  failAfterBatches = 0;
  async atomically<T>(work: (output: RequestOutput) => Promise<T>): Promise<T> {
    const pending = new RecordingPublisher();
    pending.failRawWith = this.failRawWith;
    pending.failAfterBatches = this.failAfterBatches;
    try {
      const result = await work(pending);
      this.raw.push(...pending.raw);
      this.dead.push(...pending.dead);
      this.summaries.push(...pending.summaries);
      return result;
    } catch (error) {
      this.aborted++;
      throw error;
    }
  }
  async publishRaw(records: readonly RawArrival[]) {
    if (this.failRawWith && this.raw.length >= this.failAfterBatches) throw this.failRawWith;
    this.raw.push([...records]);
  }
  async publishDeadLetters(letters: readonly DeadLetter[]) {
    this.dead.push([...letters]);
  }
  async publishBatchSummary(summary: BatchSummary) {
    this.summaries.push(summary);
  }
  async committedBatch(key: string) {
    return this.summaries.find((s) => s.idempotencyKey === key);
  }
  feedTotals(): never {
    throw new Error('unexpected call: feedTotals');
  }
  publishFeedCompleted(): never {
    throw new Error('unexpected call: publishFeedCompleted');
  }
}

const limits = { maxLineBytes: 4096, publishBatchSize: 2, maxReportedRejections: 1 };
const request = (lines: string[], lineOffset = 0, idempotencyKey: string | null = null, feedDate = '2016-04-22'): IngestRequest => ({
  feedDate, format: 'csv', charset: 'utf-8', body: bytes(lines.join('\n')), sourceFile: 'f.csv', lineOffset, idempotencyKey,
});
async function* bytes(...parts: (string | Buffer | Uint8Array)[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part);
}

let spoolDir: string;
beforeAll(() => (spoolDir = mkdtempSync(join(tmpdir(), 'i94-spool-spec-'))));
afterAll(() => rmSync(spoolDir, { recursive: true, force: true }));
const noCodes = () => undefined;
const serviceFor = (publisher: RecordingPublisher, clock?: () => number) => new FeedIngestService(publisher, limits, noCodes, new BodySpool(spoolDir), clock);

describe('FeedIngestService', () => {
  it('publishes accepted records in batches of the configured size, then the batch summary', async () => {
    const publisher = new RecordingPublisher();
    const service = serviceFor(publisher, () => 42);
    const summary = await service.ingest(request([HEADER, rowFor('1.0'), rowFor('2.0'), rowFor('3.0')]));
    expect(summary).toMatchObject({ accepted: 3, rejected: 0 });
    expect(publisher.raw.map((b) => b.map((r) => r.cicid))).toEqual([[1, 2], [3]]);
    expect(publisher.raw[0][0]).toMatchObject({ batchId: summary.batchId, sourceLine: 2, ingestedAt: 42, sourceFile: 'f.csv' });
    expect(publisher.summaries).toEqual([{ batchId: summary.batchId, feedDate: '2016-04-22', accepted: 3, rejected: 0, sourceFile: 'f.csv', idempotencyKey: null, requestSha256: null }]);
  });

  describe('with an Idempotency-Key', () => {
    const lines = [HEADER, rowFor('1.0'), rowFor(''), rowFor('3.0')];

    it('answers a resend from the attempt that committed (its answer lost) and writes nothing again', async () => {
      const publisher = new RecordingPublisher();
      const service = serviceFor(publisher);
      const first = await service.ingest(request(lines, 0, 'key-0001'));
      const resent = await service.ingest(request(lines, 0, 'key-0001'));
      expect(resent).toEqual({ batchId: first.batchId, feedDate: '2016-04-22', accepted: 2, rejected: 1, rejections: [], replayed: true });
      expect([publisher.raw.flat().length, publisher.dead.flat().length, publisher.summaries.length]).toEqual([2, 1, 1]);
      expect(publisher.summaries[0]).toMatchObject({ idempotencyKey: 'key-0001', requestSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    });

    it('publishes the resend of an attempt that failed (it left nothing)', async () => {
      const publisher = new RecordingPublisher();
      publisher.failRawWith = new BrokerUnavailableError('down');
      const service = serviceFor(publisher);
      await expect(service.ingest(request(lines, 0, 'key-0002'))).rejects.toMatchObject({ retriable: true });
      publisher.failRawWith = undefined;
      expect(await service.ingest(request(lines, 0, 'key-0002'))).toMatchObject({ accepted: 2, replayed: false });
      expect(publisher.summaries).toHaveLength(1);
    });

    it('makes a resend that arrives while its first attempt runs wait for it, then answers from it', async () => {
      const publisher = new RecordingPublisher();
      const service = serviceFor(publisher);
      let release!: () => void;
      const slowBody = async function* () {
        yield Buffer.from(`${lines.slice(0, 2).join('\n')}\n`);
        await new Promise<void>((r) => (release = r));
        yield Buffer.from(lines.slice(2).join('\n'));
      };
      const first = service.ingest({ ...request([], 0, 'key-0003'), body: slowBody() });
      const resent = service.ingest(request(lines, 0, 'key-0003'));
      await new Promise((r) => setImmediate(r));
      release();
      expect([(await first).replayed, (await resent).replayed]).toEqual([false, true]);
      expect(publisher.summaries).toHaveLength(1);
    });

    it.each([
      ['another feed date', request(lines, 0, 'key-0004', '2016-04-23')],
      ['another body', request([HEADER, rowFor('1.0')], 0, 'key-0004')],
      ['another line offset', request(lines, 100, 'key-0004')],
    ])('refuses a key that a committed request used, for %s, and publishes nothing', async (_case, other) => {
      const publisher = new RecordingPublisher();
      const service = serviceFor(publisher);
      await service.ingest(request(lines, 0, 'key-0004'));
      await expect(service.ingest(other)).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
      expect(publisher.summaries).toHaveLength(1);
    });
  });

  it('dead-letters rejected lines with their line in the original file, and reports only the first N', async () => {
    const publisher = new RecordingPublisher();
    const service = serviceFor(publisher);
    const summary = await service.ingest(request([HEADER, rowFor(''), rowFor('abc'), rowFor('7.0')], 1000));
    expect(summary).toMatchObject({ accepted: 1, rejected: 2 });
    expect(summary.rejections).toEqual([{ line: 1002, field: 'cicid', reason: 'MISSING_CICID', message: expect.any(String) }]);
    expect(publisher.dead.flat().map((d) => [d.reasonCode, d.sourceLine])).toEqual([['MISSING_CICID', 1002], ['NOT_A_NUMBER', 1003]]);
  });

  it.each([
    ['an empty body', ['']],
    ['a header only', [HEADER]],
    ['a header without cicid', ['a;b;c', '1;2;3']],
  ])('refuses %s without publishing anything', async (_case, lines) => {
    const publisher = new RecordingPublisher();
    await expect(serviceFor(publisher).ingest(request(lines))).rejects.toBeInstanceOf(MalformedFeedError);
    expect([publisher.raw, publisher.dead, publisher.summaries]).toEqual([[], [], []]);
  });

  it('lets a broker outage through as retriable, without a batch summary', async () => {
    const publisher = new RecordingPublisher();
    publisher.failRawWith = new BrokerUnavailableError('down');
    const service = serviceFor(publisher);
    await expect(service.ingest(request([HEADER, rowFor('1.0')]))).rejects.toMatchObject({ retriable: true });
    expect(publisher.summaries).toEqual([]);
  });

  it('publishes a request in one unit: a failure after some batches were sent leaves none of them', async () => {
    const publisher = new RecordingPublisher();
    publisher.failRawWith = new BrokerUnavailableError('down');
    publisher.failAfterBatches = 1;
    const lines = [HEADER, rowFor('1.0'), rowFor('2.0'), rowFor('3.0'), 'not,a,record'];
    await expect(serviceFor(publisher).ingest(request(lines))).rejects.toMatchObject({ retriable: true });
    expect([publisher.raw, publisher.dead, publisher.summaries, publisher.aborted]).toEqual([[], [], [], 1]);
    publisher.failRawWith = undefined;
    expect(await serviceFor(publisher).ingest(request(lines))).toMatchObject({ accepted: 3, rejected: 1 });
    expect(publisher.raw.flat().map((r) => r.cicid)).toEqual([1, 2, 3]);
  });

  it('reads a Latin-1 body as Latin-1 when its charset says so, and gives the UTF-8 reading a reason instead of U+FFFD', async () => {
    const latin1 = Buffer.from(`${HEADER}\n${rowFor('5.0').replace(',,,G,O', ',,CAFÉ,G,O')}\n`, 'latin1');
    const asLatin1 = new RecordingPublisher();
    await serviceFor(asLatin1).ingest({ ...request([]), charset: 'iso-8859-1', body: bytes(latin1) });
    expect(asLatin1.raw.flat().map((r) => r.occup)).toEqual(['CAFÉ']);
    const asUtf8 = new RecordingPublisher();
    const summary = await serviceFor(asUtf8).ingest({ ...request([]), body: bytes(latin1) });
    expect(summary.rejections).toEqual([{ line: 2, field: null, reason: 'INVALID_ENCODING', message: expect.stringMatching(/^byte 0xC9 at byte \d+ of the line is not valid utf-8/) }]);
    expect(asUtf8.dead.flat()[0].payload).toEqual(latin1.subarray(latin1.indexOf(0x0a) + 1, -1));
  });

  it('keeps a line break inside a quoted CSV field', async () => {
    const publisher = new RecordingPublisher();
    const row = rowFor('6.0').replace(',,,G,O', ',,"two\nlines",G,O');
    expect(await serviceFor(publisher).ingest(request([HEADER, row, rowFor('7.0')]))).toMatchObject({ accepted: 2, rejected: 0 });
    expect(publisher.raw.flat().map((r) => [r.cicid, r.sourceLine, r.occup])).toEqual([[6, 2, 'TWO\nLINES'], [7, 4, null]]);
  });

  describe('table bodies, spooled', () => {
    const column = (name: string, kind: ParquetColumn['kind']): ParquetColumn => ({ name, kind, optional: true });
    const parquet = (rows: Record<string, unknown>[]) => encodeParquet([column('CICID', 'double'), column('i94yr', 'double'), column('i94mon', 'double'), column('arrdate', 'double'), column('i94port', 'string')], rows);
    const tableRequest = async (rows: Record<string, unknown>[]): Promise<IngestRequest> => ({ ...request([]), format: 'parquet', body: bytes(await parquet(rows)) });

    it('gives every row a verdict, dead-letters a bad one with the row as read, and removes the spool file', async () => {
      const publisher = new RecordingPublisher();
      const rows = [{ CICID: 1, i94yr: 2016, i94mon: 4, arrdate: 20566, i94port: 'HHW' }, { CICID: 2, i94yr: 2016, i94mon: 13, arrdate: 20566, i94port: 'NYC' }];
      const summary = await serviceFor(publisher).ingest(await tableRequest(rows));
      expect(summary).toMatchObject({ accepted: 1, rejected: 1, rejections: [{ line: 2, field: 'i94mon', reason: 'MONTH_OUT_OF_RANGE' }] });
      const [letter] = publisher.dead.flat();
      expect([letter.payloadFormat, JSON.parse(Buffer.from(letter.payload).toString('utf8'))]).toEqual(['PARQUET_ROW', rows[1]]);
      expect(readdirSync(spoolDir)).toEqual([]);
    });

    it('refuses a table without a cicid column, and a body that is not Parquet, and removes the spool file', async () => {
      const publisher = new RecordingPublisher();
      const other = await encodeParquet([column('name', 'string')], [{ name: 'a' }]);
      await expect(serviceFor(publisher).ingest({ ...request([]), format: 'parquet', body: bytes(other) })).rejects.toThrow(/no cicid column \(it has name\)/);
      await expect(serviceFor(publisher).ingest({ ...request([]), format: 'sas7bdat', body: bytes(`${HEADER}\n`) })).rejects.toBeInstanceOf(UnreadableFeedError);
      expect([publisher.raw, publisher.dead, publisher.summaries, readdirSync(spoolDir)]).toEqual([[], [], [], []]);
    });
  });
});
