import { type DeadLetter, type RawArrival } from '@i94/avro';
import { BrokerUnavailableError } from '@i94/kafka';
import { FeedIngestService, MalformedFeedError } from './feed-ingest.service';
import { type BatchSummary, type FeedPublisher } from './ports/feed-publisher';

const HEADER = ',cicid,i94yr,i94mon,i94cit,i94res,i94port,arrdate,i94mode,i94addr,depdate,i94bir,i94visa,count,dtadfile,visapost,occup,entdepa,entdepd,entdepu,matflag,biryear,dtaddto,gender,insnum,airline,admnum,fltno,visatype';
const rowFor = (cicid: string) => `1,${cicid},2016.0,4.0,209.0,209.0,HHW,20566.0,1.0,HI,20573.0,61.0,2.0,1.0,20160422,,,G,O,,M,1955.0,07202016,F,,JL,56582674633.0,00782,WT`;

/** A strict fake of the publisher port: records what it is given; feed totals are not expected here. */
class RecordingPublisher implements FeedPublisher {
  raw: RawArrival[][] = [];
  dead: DeadLetter[][] = [];
  summaries: BatchSummary[] = [];
  failRawWith?: Error;
  async publishRaw(records: readonly RawArrival[]) {
    if (this.failRawWith) throw this.failRawWith;
    this.raw.push([...records]);
  }
  async publishDeadLetters(letters: readonly DeadLetter[]) {
    this.dead.push([...letters]);
  }
  async publishBatchSummary(summary: BatchSummary) {
    this.summaries.push(summary);
  }
  feedTotals(): never {
    throw new Error('unexpected call: feedTotals');
  }
  publishFeedCompleted(): never {
    throw new Error('unexpected call: publishFeedCompleted');
  }
}

const limits = { maxLineBytes: 4096, publishBatchSize: 2, maxReportedRejections: 1 };
const request = (lines: string[], lineOffset = 0) => ({ feedDate: '2016-04-22', format: 'csv' as const, body: [lines.join('\n')], sourceFile: 'f.csv', lineOffset });

describe('FeedIngestService', () => {
  it('publishes accepted records in batches of the configured size, then the batch summary', async () => {
    const publisher = new RecordingPublisher();
    const service = new FeedIngestService(publisher, limits, undefined, () => 42);
    const summary = await service.ingest(request([HEADER, rowFor('1.0'), rowFor('2.0'), rowFor('3.0')]));
    expect(summary).toMatchObject({ accepted: 3, rejected: 0 });
    expect(publisher.raw.map((b) => b.map((r) => r.cicid))).toEqual([[1, 2], [3]]);
    expect(publisher.raw[0][0]).toMatchObject({ batchId: summary.batchId, sourceLine: 2, ingestedAt: 42, sourceFile: 'f.csv' });
    expect(publisher.summaries).toEqual([{ batchId: summary.batchId, feedDate: '2016-04-22', accepted: 3, rejected: 0, rejections: [], sourceFile: 'f.csv' }]);
  });

  it('dead-letters rejected lines with their line in the original file, and reports only the first N', async () => {
    const publisher = new RecordingPublisher();
    const service = new FeedIngestService(publisher, limits, undefined);
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
    await expect(new FeedIngestService(publisher, limits, undefined).ingest(request(lines))).rejects.toBeInstanceOf(MalformedFeedError);
    expect([publisher.raw, publisher.dead, publisher.summaries]).toEqual([[], [], []]);
  });

  it('lets a broker outage through as retriable, without a batch summary', async () => {
    const publisher = new RecordingPublisher();
    publisher.failRawWith = new BrokerUnavailableError('down');
    const service = new FeedIngestService(publisher, limits, undefined);
    await expect(service.ingest(request([HEADER, rowFor('1.0')]))).rejects.toMatchObject({ retriable: true });
    expect(publisher.summaries).toEqual([]);
  });
});
