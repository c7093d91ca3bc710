import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { expectExactlyOnce, settledCounts } from '../support/fault-checks';
import { faultPipeline } from '../support/fault-pipeline';
import { faultScale } from '../support/fault-scale';
import { faultStack } from '../support/fault-stack';

const RECORDS = faultScale.outageRecords;
const OUTAGE_MS = faultScale.kafkaOutageMs;

// The broker stopped in the middle of a push: the gateway answers 503 with Retry-After, the CLI
// sends those batches again, and once the broker is back every record is in every stage once.
describe(`faults (${faultScale.name}): Kafka stopped for ${OUTAGE_MS / 1000} s during a ${RECORDS.toLocaleString('en-US')}-record push`, () => {
  const { pipeline, log } = faultPipeline('Kafka stopped during a push', { ROLL_MAX_ROWS: '20000' });

  it('answers 503 with Retry-After, the CLI retries, nothing is lost or doubled', async () => {
    const file = join(pipeline.logDir, 'feed.csv');
    expect((await pipeline.cli(['generate', '--records', String(RECORDS), '--month', '2016-04', '--out', file, '--seed', '12'])).code).toBe(0);

    const push = pipeline.cliJson<{ accepted: number; rejected: number; retries: number }>(['feed', 'push', file, '--by-day', '--json']);
    push.catch((error: Error) => log.note(`push failed: ${error.message.slice(0, 600)}`));
    log.note(`push of ${RECORDS} records started`);
    await new Promise((r) => setTimeout(r, 2000 + Math.random() * 2000));
    await faultStack.stop('kafka');
    const stoppedAt = Date.now();
    log.note('Kafka stopped');

    // a producer's request while the broker is down
    const body = readFileSync(file, 'utf8').split('\n').slice(0, 6).join('\n');
    const res = await fetch(`${pipeline.url('ingest-gateway')}/v1/feeds/2016-04-01/records`, {
      method: 'POST', headers: { 'content-type': 'text/csv', 'x-api-key': LOCAL_DEV_KEYS.producer }, body,
    });
    const answer = { status: res.status, retryAfter: res.headers.get('retry-after') };
    log.note(`gateway answered a push while Kafka was down: ${JSON.stringify({ ...answer, message: ((await res.json()) as { message?: string }).message?.slice(0, 160) })}`);
    expect(answer).toEqual({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });

    await new Promise((r) => setTimeout(r, Math.max(0, stoppedAt + OUTAGE_MS - Date.now())));
    await faultStack.start('kafka');
    log.note(`Kafka started again after ${((Date.now() - stoppedAt) / 1000).toFixed(1)} s`);

    const pushed = await push;
    log.note(`push done: ${JSON.stringify({ accepted: pushed.accepted, rejected: pushed.rejected, retries: pushed.retries })}`);
    expect(pushed).toMatchObject({ accepted: RECORDS, rejected: 0 });
    expect(pushed.retries).toBeGreaterThan(0);

    const counts = await settledCounts(pipeline, log);
    // a batch the gateway answered 503 to may have been partly written before the broker went:
    // the CLI sent it again, so the raw topic may hold extra copies, which must collapse downstream
    expect(counts.reconcile.accepted).toBeGreaterThanOrEqual(RECORDS);
    expectExactlyOnce(counts, RECORDS, counts.reconcile.accepted);
  });
});
