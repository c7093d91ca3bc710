import { join } from 'node:path';
import { expectExactlyOnce, settledCounts } from '../support/fault-checks';
import { faultPipeline } from '../support/fault-pipeline';
import { faultScale } from '../support/fault-scale';
import { faultStack, type StackServer } from '../support/fault-stack';
import { type ServiceName } from '../support/pipeline';
import { waitForReadiness } from '../support/readiness';
import { splitFeed } from '../support/split-feed';

const RECORDS = faultScale.outageRecords;
const HALF = Math.floor(RECORDS / 2);
const USES_CASSANDRA: ServiceName[] = ['raw-sink', 'compactor', 'query-api'];

// Cassandra stopped while the first half of a feed is processed, then S3 while the second half
// is: the sinks hold their partitions and retry, nothing is skipped, nothing is written twice.
// The services that use Cassandra say so on /ready while it is down, and recover by themselves.
describe(`faults (${faultScale.name}): Cassandra, then S3, stopped during processing`, () => {
  const { pipeline, log } = faultPipeline('Cassandra, then S3, stopped during processing', { ROLL_MAX_ROWS: '10000' });

  /** Pushes `file` in the background and stops `server` two seconds in; resolves when it is stopped. */
  async function pushWithOutage(file: string, feedDate: string, server: StackServer) {
    const push = pipeline.cliJson<{ accepted: number; rejected: number }>(['feed', 'push', file, '--feed-date', feedDate, '--json']);
    push.catch((error: Error) => log.note(`push failed: ${error.message.slice(0, 600)}`));
    log.note(`push of ${file.split('/').pop()} started`);
    await new Promise((r) => setTimeout(r, 2000));
    await faultStack.stop(server);
    log.note(`${server} stopped`);
    return { push, stoppedAt: Date.now() };
  }

  async function restartAfter(server: StackServer, stoppedAt: number, outageMs: number) {
    await new Promise((r) => setTimeout(r, Math.max(0, stoppedAt + outageMs - Date.now())));
    await faultStack.start(server);
    log.note(`${server} started again after ${((Date.now() - stoppedAt) / 1000).toFixed(1)} s`);
  }

  it('pauses the sinks and recovers with exact counts and no duplicate objects; /ready follows Cassandra', async () => {
    const file = join(pipeline.logDir, 'feed.csv');
    expect((await pipeline.cli(['generate', '--records', String(RECORDS), '--month', '2016-04', '--out', file, '--seed', '13'])).code).toBe(0);
    const [first, second] = splitFeed(file, [HALF, RECORDS - HALF]);

    const cassandra = await pushWithOutage(first, '2016-05-01', 'cassandra');
    const notReadyAfter = await waitForReadiness(pipeline, USES_CASSANDRA, 'cassandra', 503);
    log.note(`/ready of ${USES_CASSANDRA.join(', ')}: 503 (cassandra not ok) within ${notReadyAfter.toFixed(1)} s`);
    await restartAfter('cassandra', cassandra.stoppedAt, faultScale.cassandraOutageMs);
    const readyAfter = await waitForReadiness(pipeline, USES_CASSANDRA, 'cassandra', 200);
    log.note(`/ready of ${USES_CASSANDRA.join(', ')}: 200 again ${readyAfter.toFixed(1)} s after the restart`);
    expect(await cassandra.push).toMatchObject({ accepted: HALF, rejected: 0 });

    const s3 = await pushWithOutage(second, '2016-05-02', 's3');
    await restartAfter('s3', s3.stoppedAt, faultScale.s3OutageMs);
    expect(await s3.push).toMatchObject({ accepted: RECORDS - HALF, rejected: 0 });
    log.note('both pushes done');

    expectExactlyOnce(await settledCounts(pipeline, log), RECORDS);
  });
});
