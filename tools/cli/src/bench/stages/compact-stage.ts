import { LOCAL_DEV_KEYS } from '@i94/auth';
import { type StageContext, type StageRun } from './stage-run';

/** What POST /v1/compactions answers for a month that was compacted. */
interface CompactionAnswer {
  skipped: boolean;
  rowsRead?: number;
  rows?: number;
  states?: number;
  ms?: number;
}

/**
 * P5: the compactor compacts the month's rolled-up files once, on demand (POST /v1/compactions,
 * as `i94 compact` does), timed from the request to the answer. Its debounced trigger is pushed
 * an hour out so the announcements already on the topic do not start a compaction of their own.
 */
export async function runCompaction(ctx: StageContext): Promise<StageRun & { rows: number }> {
  const compactor = await ctx.ns.start('compactor', { COMPACT_DEBOUNCE_MS: '3600000' });
  const sampler = setInterval(() => compactor.sampleMemory(), 200);
  try {
    const url = new URL('/v1/compactions', compactor.url);
    url.searchParams.set('month', ctx.month);
    url.searchParams.set('force', 'true');
    const started = Date.now();
    const res = await fetch(url, { method: 'POST', headers: { 'x-api-key': process.env.I94_ADMIN_KEY ?? LOCAL_DEV_KEYS.admin } });
    const millis = Date.now() - started;
    const answer = (await res.json()) as CompactionAnswer;
    if (!res.ok || answer.skipped) throw new Error(`compaction of ${ctx.month} did not run: ${res.status} ${JSON.stringify(answer)}`);
    ctx.log(`compact: ${answer.rowsRead} rows read, ${answer.rows} kept, ${answer.states} states in ${millis} ms (compactor says ${answer.ms} ms)`);
    clearInterval(sampler);
    await compactor.stop();
    return {
      value: millis / 1000,
      rows: answer.rows ?? 0,
      peakRssMb: { compactor: compactor.peakRssMb },
      notes: [`timed from POST /v1/compactions?force=true to its answer; rows read from S3 (MinIO), aggregates written to Cassandra, S3 and the aggregate topic`],
    };
  } finally {
    clearInterval(sampler);
    await compactor.stop();
  }
}
