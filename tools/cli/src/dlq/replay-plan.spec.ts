import { type DeadLetter } from '@i94/avro';
import { UDACITY_CSV_HEADER } from '@i94/domain';
import { payloadValues } from './dead-letter-payload';
import { type DeadLetterEntry } from './read-dead-letters';
import { candidatesFromLetters, candidatesFromRows, ndjsonBody, planReplay } from './replay-plan';

// A real sample row (Udacity layout: the unnamed index column first).
const ROW = '2027561,4084316.0,2016.0,4.0,209.0,209.0,HHW,20566.0,1.0,HI,20573.0,61.0,2.0,1.0,20160422,,,G,O,,M,1955.0,07202016,F,,JL,56582674633.0,00782,WT';
const FEED_2016_04_30 = 16921; // days since 1970-01-01

function entry(offset: number, payload: string, payloadFormat: DeadLetter['payloadFormat'] = 'CSV'): DeadLetterEntry {
  const letter: DeadLetter = {
    reasonCode: 'NOT_A_NUMBER', field: 'i94bir', message: 'forty is not a number', errorClass: 'ValidationError', service: 'ingest-gateway', batchId: 'b1', feedDate: FEED_2016_04_30,
    sourceFile: 'feed.csv', sourceLine: offset + 2, sourceTopic: null, sourcePartition: null, sourceOffset: null, attempts: 1, failedAt: 0, payload: Buffer.from(payload), payloadFormat,
  };
  return { partition: 0, offset, letter };
}

describe('payloadValues', () => {
  it('reads a CSV line in the Udacity layout, and one without the index column', () => {
    const read = payloadValues(entry(0, ROW).letter);
    expect(read).toMatchObject({ ok: true, values: { cicid: '4084316.0', i94port: 'HHW', visatype: 'WT' } });
    expect(payloadValues(entry(0, ROW.slice(ROW.indexOf(',') + 1)).letter)).toEqual(read);
    expect(UDACITY_CSV_HEADER.split(',')).toHaveLength(ROW.split(',').length);
  });

  it('refuses what it cannot read back instead of guessing', () => {
    expect(payloadValues(entry(0, '1,2,3').letter)).toMatchObject({ ok: false, why: expect.stringContaining('--csv-header') });
    expect(payloadValues(entry(0, '[1]', 'NDJSON').letter)).toMatchObject({ ok: false });
    expect(payloadValues(entry(0, '\u0000\u0001', 'AVRO').letter)).toMatchObject({ ok: false, why: expect.stringContaining('AVRO') });
  });
});

describe('planReplay', () => {
  const bad = ROW.replace(',61.0,', ',forty,');
  const letters = [entry(7, bad), entry(8, bad.replace('4084316.0', '4084317.0'))];

  it('sends what now validates, under the feed date it was rejected from, and reports the rest', () => {
    const { candidates } = candidatesFromLetters(letters);
    candidates[0].values.i94bir = '40';
    const plan = planReplay(candidates, new Set());
    expect([...plan.byFeedDate.keys()]).toEqual(['2016-04-30']);
    expect(plan.byFeedDate.get('2016-04-30')!.map((c) => c.position)).toEqual(['0:7']);
    expect(plan.invalid).toEqual([{ source: 'dlq 0:8', position: '0:8', reason: 'NOT_A_NUMBER', field: 'i94bir', message: expect.any(String) }]);
  });

  it('skips dead letters an earlier replay replaced, unless again', () => {
    const { candidates } = candidatesFromLetters(letters.map((e) => entry(e.offset, ROW)));
    expect(planReplay(candidates, new Set(['0:7'])).alreadyReplayed.map((c) => c.position)).toEqual(['0:7']);
    expect(planReplay(candidates, new Set(['0:7']), { again: true }).alreadyReplayed).toEqual([]);
  });

  it('takes corrected rows with their _dlq position, drops the position from the body, and reports unknown positions', () => {
    const values = { ...(payloadValues(entry(0, ROW).letter) as { values: Record<string, unknown> }).values };
    const rows = [
      { line: 1, raw: '', values: { ...values, _dlq: '0:7' } },
      { line: 2, raw: '', values: { ...values, cicid: '5', _dlq: '2:99' } },
      { line: 3, raw: '', values: { ...values, cicid: '6' } },
    ];
    const read = candidatesFromRows(rows, 'fix.ndjson', letters);
    expect(read.unreadable).toEqual([expect.objectContaining({ source: 'fix.ndjson line 2', reason: 'UNKNOWN_DLQ_POSITION' })]);
    const plan = planReplay(read.candidates, new Set());
    // line 1 goes back into its letter's feed; line 3 names no letter, so its arrival date is its feed
    expect([...plan.byFeedDate].map(([date, cs]) => [date, cs.map((c) => c.source)])).toEqual([
      ['2016-04-30', ['fix.ndjson line 1']],
      ['2016-04-22', ['fix.ndjson line 3']],
    ]);
    expect(ndjsonBody(plan.byFeedDate.get('2016-04-30')!)).not.toContain('_dlq');
  });
});
