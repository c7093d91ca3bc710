import { timeBacklog } from '../backlog-timer';
import { groupJoined } from '../kafka-progress';
import { ratePerSecond } from '../stats';
import { type StageContext, type StageRun } from './stage-run';

/** How long an idle roll stays open in the bench: short, so the backlog's last rolls close soon. */
export const BENCH_ROLL_IDLE_MS = '1000';

/** P4: parquet-rollup alone on the enriched backlog, until every row is in a committed roll. */
export async function runParquetRollup(ctx: StageContext, enriched: number): Promise<StageRun> {
  const rollup = await ctx.ns.start('parquet-rollup', { ROLL_IDLE_MS: BENCH_ROLL_IDLE_MS }, false);
  try {
    const timing = await timeBacklog(() => rollup.metric('i94_rollup_rows_committed_total'), enriched, {
      what: 'parquet-rollup', timeoutMs: 3_600_000, tick: () => rollup.sampleMemory(), begun: () => groupJoined(ctx.ns.kafka, `${ctx.ns.namespace}i94-parquet-rollup`),
    });
    await rollup.stop();
    ctx.log(`parquet: ${timing.counted} rows in ${timing.millis} ms`);
    return {
      value: ratePerSecond(timing.counted, timing.millis),
      peakRssMb: { 'parquet-rollup': rollup.peakRssMb },
      notes: [`ROLL_IDLE_MS=${BENCH_ROLL_IDLE_MS}; the last rolls close after that idle time, which is inside the measure`],
    };
  } finally {
    await rollup.stop();
  }
}
