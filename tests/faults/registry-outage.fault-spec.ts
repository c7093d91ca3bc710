import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { expectExactlyOnce, settledCounts } from '../support/fault-checks';
import { faultPipeline } from '../support/fault-pipeline';
import { faultScale } from '../support/fault-scale';
import { faultStack } from '../support/fault-stack';
import { waitForReadiness } from '../support/readiness';
import { splitFeed } from '../support/split-feed';

const RECORDS = faultScale.outageRecords;
const PARTS = [Math.floor(RECORDS * 0.4), Math.floor(RECORDS * 0.4)];
PARTS.push(RECORDS - PARTS[0] - PARTS[1]);

// The schema registry stopped: the gateway is not ready and, once it has no schema cached, answers
// pushes with 503; the workers, whose schemas are cached, go on. Back up, everything is taken.
describe(`faults (${faultScale.name}): schema registry stopped`, () => {
  const { pipeline, log } = faultPipeline('schema registry stopped', { ROLL_MAX_ROWS: '10000' });
  const push = async (file: string, feedDate: string) => {
    const { accepted, rejected, retries } = await pipeline.cliJson<{ accepted: number; rejected: number; retries: number }>(['feed', 'push', file, '--feed-date', feedDate, '--json']);
    return { accepted, rejected, retries };
  };

  it('answers 503 at the gateway while the workers go on with cached schemas', async () => {
    const file = join(pipeline.logDir, 'feed.csv');
    expect((await pipeline.cli(['generate', '--records', String(RECORDS), '--month', '2016-04', '--out', file, '--seed', '14'])).code).toBe(0);
    const [warm, during, after] = splitFeed(file, PARTS);

    // every service has used every schema it needs once
    expect(await push(warm, '2016-05-01')).toMatchObject({ accepted: PARTS[0] });
    const wait = await pipeline.cli(['wait', '--timeout', '600']);
    expect(wait.code).toBe(0);
    log.note(`${PARTS[0]} records pushed and processed with the registry up`);

    await faultStack.stop('schema-registry');
    log.note('schema registry stopped');
    const notReady = await waitForReadiness(pipeline, ['ingest-gateway', 'enricher'], 'schemaRegistry', 503);
    log.note(`/ready of ingest-gateway, enricher: 503 (schemaRegistry not ok) within ${notReady.toFixed(1)} s`);

    // schema ids the gateway registered before are cached: it still takes records, and the
    // workers decode and encode them with the schemas they hold
    const duringOutage = await push(during, '2016-05-02');
    log.note(`push while the registry is down: ${JSON.stringify(duringOutage)}`);
    expect(duringOutage).toMatchObject({ accepted: PARTS[1], rejected: 0 });
    const caughtUp = await pipeline.cli(['wait', '--timeout', '600']);
    log.note(`i94 wait with the registry down: exit ${caughtUp.code}`);
    expect({ code: caughtUp.code, stderr: caughtUp.stderr.slice(-400) }).toMatchObject({ code: 0 });

    // a gateway started while the registry is down has nothing cached: 503 with Retry-After
    await pipeline.kill('ingest-gateway', 'SIGTERM');
    await pipeline.startService('ingest-gateway');
    const body = readFileSync(after, 'utf8').split('\n').slice(0, 6).join('\n');
    const res = await fetch(`${pipeline.url('ingest-gateway')}/v1/feeds/2016-05-03/records`, {
      method: 'POST', headers: { 'content-type': 'text/csv', 'x-api-key': LOCAL_DEV_KEYS.producer }, body,
    });
    const answer = { status: res.status, retryAfter: res.headers.get('retry-after') };
    log.note(`restarted gateway answered a push: ${JSON.stringify({ ...answer, message: ((await res.json()) as { message?: string }).message?.slice(0, 160) })}`);
    expect(answer).toEqual({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });

    // back up: the restarted gateway registers its schemas and takes the rest
    await faultStack.start('schema-registry');
    log.note('schema registry started again');
    const pushed = await push(after, '2016-05-03');
    log.note(`push after the restart: ${JSON.stringify(pushed)}`);
    expect(pushed).toMatchObject({ accepted: PARTS[2], rejected: 0 });

    expectExactlyOnce(await settledCounts(pipeline, log), RECORDS);
  });
});
