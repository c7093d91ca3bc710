import { join } from 'node:path';
import { expectExactlyOnce, settledCounts } from '../support/fault-checks';
import { faultPipeline } from '../support/fault-pipeline';
import { faultScale } from '../support/fault-scale';
import { type ServiceName } from '../support/pipeline';

const { killRecords: RECORDS, killsPerWorker: KILLS, killGapMs: [minGap, maxGap] } = faultScale;
const WORKERS: ServiceName[] = ['enricher', 'raw-sink', 'parquet-rollup', 'compactor'];

/** Every worker KILLS times, in random order. */
function victims(): ServiceName[] {
  const list = WORKERS.flatMap((w) => Array.from({ length: KILLS }, () => w));
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

// kill -9 of every worker, KILLS times each at random moments during a generated push, each
// restarted at once (also while the previous restart is still joining its group): afterwards
// Cassandra, the Parquet rolls, the compacted month and the aggregates hold every record once.
describe(`faults (${faultScale.name}): workers killed with SIGKILL during a ${RECORDS.toLocaleString('en-US')}-record push`, () => {
  const { pipeline, log } = faultPipeline('workers killed during a push', { ROLL_MAX_ROWS: '20000' });

  it('loses nothing and doubles nothing', async () => {
    const file = join(pipeline.logDir, 'feed.csv');
    expect((await pipeline.cli(['generate', '--records', String(RECORDS), '--month', '2016-04', '--out', file, '--seed', '11'])).code).toBe(0);

    const push = pipeline.cliJson<{ accepted: number; rejected: number }>(['feed', 'push', file, '--by-day', '--json']);
    push.catch((error: Error) => log.note(`push failed: ${error.message.slice(0, 600)}`));
    log.note(`push of ${RECORDS} records started`);
    for (const victim of victims()) {
      await new Promise((r) => setTimeout(r, minGap + Math.random() * (maxGap - minGap)));
      await pipeline.kill(victim, 'SIGKILL');
      log.note(`kill -9 ${victim}; restarting`);
      await pipeline.startService(victim, false);
    }
    await Promise.all(WORKERS.map((w) => pipeline.healthy(w)));
    const pushed = await push;
    log.note(`push done: ${JSON.stringify({ accepted: pushed.accepted, rejected: pushed.rejected })}`);
    expect(pushed).toMatchObject({ accepted: RECORDS, rejected: 0 });

    expectExactlyOnce(await settledCounts(pipeline, log), RECORDS);
  });
});
