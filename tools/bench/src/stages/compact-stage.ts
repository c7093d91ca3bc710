import { pollUntil } from '../service-process';
import { type StageContext, type StageRun } from './stage-run';

/**
 * P5: the compactor compacts the month from its rolled-up files once. It does so by itself as it
 * starts (the month is dirty: its files are not in any compacted version), so the figure is its
 * own timing of that compaction (i94_compactor_compaction_seconds, from reading the first file to
 * swapping the month's pointer); a POST /v1/compactions after it would only recompact the
 * version it just wrote. Its debounced trigger is pushed an hour out so only that one runs.
 */
export async function runCompaction(ctx: StageContext): Promise<StageRun> {
  const compactor = await ctx.ns.start('compactor', { COMPACT_DEBOUNCE_MS: '3600000' }, false);
  const started = Date.now();
  try {
    await pollUntil(async () => {
      compactor.sampleMemory();
      return (await compactor.metric('i94_compactor_compaction_seconds_count')) >= 1;
    }, `the compactor to compact ${ctx.month}`, 1_800_000, 100);
    const seconds = await compactor.metric('i94_compactor_compaction_seconds_sum');
    const rows = await compactor.metric('i94_compactor_rows_compacted_total');
    const failed = (await compactor.metric('i94_compactor_compactions_total')) - 1;
    ctx.log(`compact: ${rows} rows in ${seconds.toFixed(2)} s (${Date.now() - started} ms from the compactor's start)`);
    await compactor.stop();
    return {
      value: seconds,
      peakRssMb: { compactor: compactor.peakRssMb },
      notes: [
        "the compactor's own timing of its start-up compaction of the month: rows read from S3 (MinIO), aggregates written to Cassandra, S3 and the aggregate topic",
        ...(failed > 0 ? [`${failed} compaction attempt(s) failed or were skipped before it (see the compactor's log)`] : []),
      ],
    };
  } finally {
    await compactor.stop();
  }
}
