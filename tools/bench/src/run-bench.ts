import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { rollFilesByMonth } from '@i94/s3-parquet';
import { findUp, platformEnv } from '@i94/command-line';
import { runGenerate, SAMPLE_RELATIVE_PATH } from '@i94/sample-data';
import { BenchNamespace } from './bench-namespace';
import { type BenchResults, type LatencyResult, type StageName } from './bench-results';
import { machineInfo } from './machine-info';
import { benchTools, type BenchTools } from './references/bench-tools';
import { runDriverLoop } from './references/driver-loop';
import { runPassThrough } from './references/pass-through';
import { runPlatformaticPassThrough } from './references/platformatic-pass-through';
import { runProducerPerformance } from './references/producer-perf';
import { readRawBacklog } from './references/raw-backlog';
import { StageCollector } from './stage-collector';
import { runCassandraSink } from './stages/cassandra-stage';
import { compactAndCompare, directCompaction } from './stages/compact-run';
import { runEnrich } from './stages/enrich-stage';
import { runIngest } from './stages/ingest-stage';
import { runLatency } from './stages/latency-stage';
import { runParquetRollup } from './stages/parquet-stage';
import { runPipeline, startPipeline } from './stages/pipeline-stage';
import { type StageContext } from './stages/stage-run';

/** What `i94 bench` was asked to do. */
export interface BenchRequest {
  stages: StageName[];
  records: number;
  input?: string;
  month: string;
  runs: number;
  seed: number;
  latencyRate: number;
  latencySeconds: number;
  /** The driver-loop reference writes at most this many records (they are held decoded in memory). */
  driverLoopRecords: number;
  /** PySpark in every run rather than only the first. */
  sparkEveryRun: boolean;
  /** PySpark at all (commander's --no-spark). */
  spark?: boolean;
  /** The compact stage writes its month straight to S3 instead of pushing it through the pipeline. */
  directRolls?: boolean;
  /** With directRolls: records / directCopies are generated, then copied as new arrivals. */
  directCopies?: number;
  /** After the full compaction, add this many records and time the incremental one. */
  incrementalRecords?: number;
  command: string;
  log(message: string): void;
}

const STREAM_STAGES: StageName[] = ['ingest', 'enrich', 'cassandra', 'parquet', 'compact'];

/** The collectors of every stage, in report order. */
function collectors() {
  return {
    ingest: new StageCollector('ingest', { name: 'gateway', unit: 'rec/s' }),
    enrich: new StageCollector('enrich', { name: 'enricher', unit: 'rec/s' }),
    cassandra: new StageCollector('cassandra', { name: 'raw-sink', unit: 'rows/s' }),
    parquet: new StageCollector('parquet', { name: 'parquet-rollup', unit: 'rows/s' }),
    compact: new StageCollector('compact', { name: 'compactor', unit: 's' }),
    pipeline: new StageCollector('pipeline', { name: 'pipeline', unit: 'rec/s' }),
  };
}
type Collectors = ReturnType<typeof collectors>;

/** The month with the most rolled-up rows: what a given input file is mostly about. */
async function busiestMonth(ns: BenchNamespace): Promise<string> {
  const months = [...(await rollFilesByMonth(ns.store))].map(([month, files]) => ({ month, rows: files.reduce((n, f) => n + f.rows, 0) }));
  return months.sort((a, b) => b.rows - a.rows)[0]?.month ?? 'unknown';
}

/** One run of the stages alone, each on the backlog the one before it left, in a namespace of its own. */
async function streamRun(ctx: StageContext, request: BenchRequest, run: number, tools: BenchTools | null, c: Collectors): Promise<void> {
  const wants = (stage: StageName) => request.stages.includes(stage);
  if (request.directRolls) return directCompaction(ctx, request, run, tools!, c.compact);
  const ingest = await runIngest(ctx);
  if (wants('ingest')) c.ingest.add(ingest, ingest.accepted);
  if (wants('ingest') || wants('cassandra')) {
    const backlog = await readRawBacklog(ctx, wants('cassandra') ? request.driverLoopRecords : 0);
    if (wants('ingest')) {
      c.ingest.addReference('producer-perf', 'rec/s', await runProducerPerformance(ctx, tools!.kafkaToolsClasspath, backlog.count, backlog.averageValueBytes));
      c.ingest.note(`ProducerPerformance: ${backlog.count.toLocaleString('en-US')} records of ${backlog.averageValueBytes} bytes (the raw topic's average Avro value), acks=all, 6 partitions`);
    }
    if (wants('cassandra')) {
      const run = await runCassandraSink(ctx);
      c.cassandra.add(run, backlog.count);
      c.cassandra.addReference('driver-loop', 'rows/s', await runDriverLoop(ctx, backlog));
      c.cassandra.note(`driver-loop reference: ${backlog.arrivals.length.toLocaleString('en-US')} records, both tables, concurrency 64`);
    }
  }
  if (!wants('enrich') && !wants('parquet') && !wants('compact')) return;
  const enrich = await runEnrich(ctx);
  if (wants('enrich')) {
    c.enrich.add(enrich, ingest.accepted);
    // the client comparison: the same hop with kafkajs and with @platformatic/kafka, plain and
    // transactional (as the enricher commits); P2 is judged against the plain kafkajs one
    c.enrich.addReference('pass-through', 'rec/s', await runPassThrough(ctx, ingest.accepted));
    c.enrich.addReference('pass-through-platformatic', 'rec/s', await runPlatformaticPassThrough(ctx, ingest.accepted));
    c.enrich.addReference('pass-through-tx', 'rec/s', await runPassThrough(ctx, ingest.accepted, true));
    c.enrich.addReference('pass-through-tx-platformatic', 'rec/s', await runPlatformaticPassThrough(ctx, ingest.accepted, true));
    if (run === 1) {
      c.enrich.note('pass-through-platformatic and pass-through-tx-platformatic: the same hop with @platformatic/kafka 1.35 instead of kafkajs 2.2 (tx: produce and offsets in one transaction, as the enricher does); P2 is judged against the plain kafkajs pass-through');
    }
  }
  if (!wants('parquet') && !wants('compact')) return;
  const parquet = await runParquetRollup(ctx, enrich.enriched);
  if (wants('parquet')) c.parquet.add(parquet, enrich.enriched);
  if (!wants('compact')) return;
  if (request.input) ctx.month = await busiestMonth(ctx.ns);
  await compactAndCompare(ctx, request, run, tools!, c.compact, enrich.enriched);
}

/** The whole pipeline at once (P6) and, after the last run, the steady-rate latency (P7). */
async function pipelineRun(ctx: StageContext, request: BenchRequest, last: boolean, c: Collectors): Promise<LatencyResult | null> {
  const services = await startPipeline(ctx.ns);
  if (request.stages.includes('pipeline')) c.pipeline.add(await runPipeline(ctx, services), request.records);
  if (!last || !request.stages.includes('latency')) return null;
  return runLatency(ctx, services, request.latencyRate, request.latencySeconds);
}

/** True when no stage pushes the input: the compact stage alone, on rolls written straight to S3. */
const pushesNothing = (request: BenchRequest): boolean => request.directRolls === true && request.stages.every((s) => s === 'compact');

/** Generates the input (seeded) unless one was given or none is pushed; returns its path and a cleanup. */
async function inputFile(request: BenchRequest): Promise<{ path: string; cleanup: () => void }> {
  if (request.input) return { path: request.input, cleanup: () => undefined };
  if (pushesNothing(request)) return { path: '', cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'i94-bench-input-'));
  const path = join(dir, `generated-${request.records}.csv`);
  const sample = findUp(SAMPLE_RELATIVE_PATH);
  if (!sample) throw new Error(`cannot find ${SAMPLE_RELATIVE_PATH}`);
  const made = await runGenerate({ records: request.records, month: request.month, out: path, format: 'csv', seed: request.seed, messyShare: 0.005, invalidShare: 0, sample });
  request.log(`generated ${made.records} records for ${request.month} (seed ${request.seed}) in ${made.millis} ms`);
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the requested stages `runs` times, with their references, and gathers the figures. */
export async function runBench(request: BenchRequest): Promise<BenchResults> {
  const startedAt = new Date().toISOString();
  const root = dirname(findUp('nx.json') ?? '.');
  const env = platformEnv();
  const needsTools = request.stages.some((s) => s === 'ingest' || s === 'compact');
  const tools = needsTools ? await benchTools(root) : null;
  const input = await inputFile(request);
  const c = collectors();
  let latency: LatencyResult | null = null;
  const logDir = join(root, '.reports/bench', startedAt.replace(/[:.]/g, '-'));
  try {
    for (let run = 1; run <= request.runs; run++) {
      for (const [label, wanted, body] of [
        ['s', STREAM_STAGES.some((s) => request.stages.includes(s)), (ctx: StageContext) => streamRun(ctx, request, run, tools, c)],
        ['p', request.stages.includes('pipeline') || (request.stages.includes('latency') && run === request.runs), async (ctx: StageContext) => {
          latency = (await pipelineRun(ctx, request, run === request.runs, c)) ?? latency;
        }],
      ] as const) {
        if (!wanted) continue;
        request.log(`run ${run}/${request.runs}: ${label === 's' ? 'stages alone' : 'whole pipeline'}`);
        const ns = new BenchNamespace(env, root, logDir, `${label}${run}`);
        const ctx: StageContext = { ns, cliMain: join(root, 'tools/cli/dist/main.js'), inputFile: input.path, month: request.month, log: request.log };
        try {
          await ns.prepare();
          await body(ctx);
        } finally {
          await ns.dispose();
        }
      }
    }
  } finally {
    input.cleanup();
  }
  const stages = Object.values(c).map((x) => x.collected).filter((s) => s !== null);
  return {
    command: request.command, startedAt, finishedAt: new Date().toISOString(), machine: machineInfo(), records: request.records, runs: request.runs,
    input: request.input ?? (pushesNothing(request) ? `rolls written straight to S3 (--direct-rolls, seed ${request.seed})` : `i94 generate --records ${request.records} --month ${request.month} --seed ${request.seed} (CSV)`), stages, latency,
  };
}
