import { type BenchResults, type StageName, type StageResult } from './bench-results';
import { spread } from './stats';

/** One condition of a target: `actual <comparison> limit`. Null actual: not measured. */
export interface Check {
  what: string;
  actual: number | null;
  comparison: '>=' | '<=';
  limit: number;
  met: boolean | null;
}

/** A P-target and how the run stands against it. */
export interface Verdict {
  id: string;
  title: string;
  checks: Check[];
  /** True when every check is met; null when something was not measured. */
  met: boolean | null;
}

const check = (what: string, actual: number | null | undefined, comparison: Check['comparison'], limit: number): Check => {
  const value = actual === undefined || actual === null || Number.isNaN(actual) ? null : actual;
  return { what, actual: value, comparison, limit, met: value === null ? null : comparison === '>=' ? value >= limit : value <= limit };
};

const allMet = (checks: Check[]): boolean | null => (checks.some((c) => c.met === false) ? false : checks.some((c) => c.met === null) ? null : true);

const stageOf = (results: BenchResults, stage: StageName) => results.stages.find((s) => s.stage === stage);
const medianOf = (values: number[] | undefined) => (values ? (spread(values)?.median ?? null) : null);
const referenceMedian = (stage: StageResult | undefined, name: string) => medianOf(stage?.references.find((r) => r.name === name)?.values);

/** The stage's median over the reference's median (how close to what the tools reach). */
export function stageRatio(stage: StageResult | undefined, reference: string): number | null {
  const own = medianOf(stage?.measure.values);
  const ref = referenceMedian(stage, reference);
  return own === null || ref === null || ref === 0 ? null : own / ref;
}

const peak = (stage: StageResult | undefined, process: string) => stage?.peakRssMb[process] ?? null;

/** The highest peak RSS of each service process over every stage that ran it. */
export function peakRssByProcess(results: BenchResults): Record<string, number> {
  const peaks: Record<string, number> = {};
  const sources = [...results.stages.map((s) => s.peakRssMb), results.latency?.peakRssMb ?? {}];
  for (const rss of sources) for (const [name, mb] of Object.entries(rss)) peaks[name] = Math.max(peaks[name] ?? 0, mb);
  return peaks;
}

/** Processes held to the 128 MB worker bound; parquet-rollup has its own 300 MB bound, the compactor P5's. */
const WORKERS = ['ingest-gateway', 'enricher', 'raw-sink'];

/** Issue 13's bound on the compactor's peak RSS while it compacts a month (MB). */
const COMPACTOR_RSS_MB = 1000;

/** Issue 8's targets P1–P8 against one run's results, with issue 13's for the month compaction (P5). */
export function verdicts(results: BenchResults): Verdict[] {
  const ingest = stageOf(results, 'ingest');
  const enrich = stageOf(results, 'enrich');
  const cassandra = stageOf(results, 'cassandra');
  const parquet = stageOf(results, 'parquet');
  const compact = stageOf(results, 'compact');
  const pipeline = stageOf(results, 'pipeline');
  const compactS = medianOf(compact?.measure.values);
  const duckS = referenceMedian(compact, 'duckdb');
  const sparkS = referenceMedian(compact, 'pyspark');
  const peaks = peakRssByProcess(results);
  const list: Omit<Verdict, 'met'>[] = [
    { id: 'P1', title: 'ingest: push → raw topic', checks: [check('rec/s', medianOf(ingest?.measure.values), '>=', 60_000), check('× ProducerPerformance', stageRatio(ingest, 'producer-perf'), '>=', 0.5)] },
    { id: 'P2', title: 'enrich alone', checks: [check('rec/s', medianOf(enrich?.measure.values), '>=', 40_000), check('× pass-through', stageRatio(enrich, 'pass-through'), '>=', 0.8)] },
    { id: 'P3', title: 'Cassandra sink alone', checks: [check('rows/s', medianOf(cassandra?.measure.values), '>=', 12_000), check('× driver loop', stageRatio(cassandra, 'driver-loop'), '>=', 0.8)] },
    { id: 'P4', title: 'Parquet rollup alone', checks: [check('rows/s', medianOf(parquet?.measure.values), '>=', 75_000), check('peak RSS MB', peak(parquet, 'parquet-rollup'), '<=', 300)] },
    {
      id: 'P5',
      title: 'month compaction',
      checks: [
        check('× DuckDB time', compactS !== null && duckS ? compactS / duckS : null, '<=', 1.5),
        check('PySpark time ÷ ours', compactS && sparkS !== null ? sparkS / compactS : null, '>=', 3.5),
        check('compactor peak RSS MB', peak(compact, 'compactor'), '<=', COMPACTOR_RSS_MB),
      ],
    },
    { id: 'P6', title: 'whole pipeline', checks: [check('rec/s', medianOf(pipeline?.measure.values), '>=', 10_000)] },
    {
      id: 'P7',
      title: 'latency at a steady 2k rec/s',
      checks: [check('p99 ms to enriched topic', results.latency?.toEnriched.p99, '<=', 50), check('p99 ms to Cassandra row', results.latency?.toCassandra.p99, '<=', 150)],
    },
    {
      id: 'P8',
      title: 'memory',
      checks: [...WORKERS.map((w) => check(`${w} peak RSS MB`, peaks[w], '<=', 128)), check('parquet-rollup peak RSS MB', peaks['parquet-rollup'], '<=', 300)],
    },
  ];
  return list.map((v) => ({ ...v, met: allMet(v.checks) }));
}
