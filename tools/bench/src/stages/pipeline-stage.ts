import { monthsWithNewFiles, readMonthVersion } from '@i94/s3-parquet';
import { type BenchNamespace } from '../bench-namespace';
import { groupProgress, topicTotal } from '../kafka-progress';
import { runChild } from '../run-child';
import { type ServiceName, type ServiceProcess, pollUntil } from '../service-process';
import { ratePerSecond } from '../stats';
import { BENCH_ROLL_IDLE_MS } from './parquet-stage';
import { type StageContext, type StageRun } from './stage-run';

/** The five pipeline services, started together for P6 (and kept for P7). */
export type PipelineServices = Record<Exclude<ServiceName, 'query-api'>, ServiceProcess>;

/** Starts every stage's service in the namespace, each with the bench's short roll and debounce times. */
export async function startPipeline(ns: BenchNamespace): Promise<PipelineServices> {
  return {
    'ingest-gateway': await ns.start('ingest-gateway'),
    enricher: await ns.start('enricher'),
    'raw-sink': await ns.start('raw-sink'),
    'parquet-rollup': await ns.start('parquet-rollup', { ROLL_IDLE_MS: BENCH_ROLL_IDLE_MS }),
    compactor: await ns.start('compactor', { COMPACT_DEBOUNCE_MS: '1000' }),
  };
}

const sampleAll = (services: PipelineServices) => () => Object.values(services).forEach((s) => s.sampleMemory());

/** Where the pipeline stands: 'streaming' until every row is rolled, then 'compacting' until the month covers every roll. */
async function pipelineState(ns: BenchNamespace, services: PipelineServices, month: string): Promise<'streaming' | 'compacting' | 'done'> {
  const raw = await topicTotal(ns.kafka, ns.topics.raw);
  for (const group of ['i94-enricher', 'i94-raw-sink']) if ((await groupProgress(ns.kafka, `${ns.namespace}${group}`, ns.topics.raw)) < raw) return 'streaming';
  const enriched = await services.enricher.metric('i94_enricher_records_out_total');
  if ((await services['parquet-rollup'].metric('i94_rollup_rows_committed_total')) < enriched) return 'streaming';
  if ((await services['parquet-rollup'].metric('i94_rollup_rows_buffered')) > 0) return 'streaming';
  return (await readMonthVersion(ns.store, month)) !== null && (await monthsWithNewFiles(ns.store)).length === 0 ? 'done' : 'compacting';
}

/** A month left dirty this long after the last roll means the compactor's last attempt failed. */
const COMPACTION_GRACE_MS = 60_000;

/**
 * P6: every service running at once; `i94 feed push` of the input, timed from the push's start
 * until every stage is through and the month is compacted. Services are left running for P7.
 */
export async function runPipeline(ctx: StageContext, services: PipelineServices): Promise<StageRun> {
  const sample = sampleAll(services);
  const started = Date.now();
  const push = await runChild(process.execPath, [ctx.cliMain, 'feed', 'push', ctx.inputFile, '--json'], ctx.ns.processEnv({ I94_GATEWAY_URL: services['ingest-gateway'].url }), sample);
  const report = JSON.parse(push.stdout.trim().split('\n').pop()!) as { accepted: number; rejected: number };
  let compactingSince: number | null = null;
  const notes: string[] = [];
  await pollUntil(async () => {
    sample();
    const state = await pipelineState(ctx.ns, services, ctx.month);
    compactingSince = state === 'compacting' ? (compactingSince ?? Date.now()) : null;
    if (compactingSince !== null && Date.now() - compactingSince > COMPACTION_GRACE_MS) {
      // its own triggers would retry only hourly: ask once more, as an operator would, and say so
      await fetch(new URL('/v1/compactions', services.compactor.url), { method: 'POST', headers: { 'x-api-key': ctx.ns.env.I94_ADMIN_KEY } });
      notes.push(`a compaction failed and was triggered again by the bench after ${COMPACTION_GRACE_MS / 1000} s (see the compactor's log)`);
      compactingSince = null;
    }
    return state === 'done';
  }, 'the whole pipeline to catch up', 3_600_000, 250);
  const millis = Date.now() - started;
  ctx.log(`pipeline: ${report.accepted} records through every stage in ${millis} ms (push took ${push.millis} ms)`);
  return {
    value: ratePerSecond(report.accepted + report.rejected, millis),
    peakRssMb: Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s.peakRssMb])),
    notes: [`timed from the push's start to the month's compaction covering every roll (COMPACT_DEBOUNCE_MS=1000, ROLL_IDLE_MS=${BENCH_ROLL_IDLE_MS})`, ...notes],
  };
}
