import { warningDigest } from './log-digest';

describe('warningDigest', () => {
  const log = [
    '{"level":30,"time":"2026-11-21T04:57:57.508Z","msg":"batch enriched"}',
    '{"level":"warn","msg":"Limiting retries","timestamp":"2026-11-21T04:57:57.152Z","lib":"kafkajs"}',
    '{"level":40,"time":"2026-11-21T04:58:01.000Z","msg":"batch not committed; partition held, retrying","err":"first"}',
    'not json at all',
    '{"level":40,"time":"2026-11-21T04:58:09.000Z","msg":"batch not committed; partition held, retrying","err":"second"}',
    '{"level":"error","msg":"Crash: KafkaJSNumberOfRetriesExceeded","timestamp":"2026-11-21T04:58:05.000Z","error":"ECONNREFUSED"}',
  ].join('\n');

  it('keeps warnings and errors only, one line per message with its count and last detail, newest first', () => {
    expect(warningDigest(log)).toEqual([
      '2× "batch not committed; partition held, retrying" (last 04:58:09.000: second)',
      '1× "Crash: KafkaJSNumberOfRetriesExceeded" (last 04:58:05.000: ECONNREFUSED)',
      '1× "Limiting retries" (last 04:57:57.152)',
    ]);
  });

  it('caps the number of lines', () => {
    expect(warningDigest(log, 1)).toHaveLength(1);
  });
});
