/** The stages `i94 bench` measures, in the order it runs them. */
export const STAGES = ['ingest', 'enrich', 'cassandra', 'parquet', 'compact', 'pipeline', 'latency'] as const;
export type StageName = (typeof STAGES)[number];

/** One measure over the runs: each run's value, in `unit`. */
export interface Measured {
  name: string;
  unit: 'rec/s' | 'rows/s' | 's';
  values: number[];
}

/** What one stage measured: its own runs, the reference tools' runs, and extra facts. */
export interface StageResult {
  stage: StageName;
  /** Records (or rows) each run processed. */
  records: number;
  measure: Measured;
  references: Measured[];
  /** Peak resident memory of each service process over the runs, in MiB (VmHWM). */
  peakRssMb: Record<string, number>;
  /** Anything else worth reading next to the figures (e.g. the compactor's own ms). */
  notes: string[];
}

/** Latency percentiles of one hop, in milliseconds. */
export interface LatencyFigures {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** The steady-rate latency run. */
export interface LatencyResult {
  ratePerSecond: number;
  seconds: number;
  sent: number;
  toEnriched: LatencyFigures;
  toCassandra: LatencyFigures;
  peakRssMb: Record<string, number>;
}

/** The machine a run happened on. */
export interface MachineInfo {
  cpu: string;
  nproc: number;
  memGiB: number;
  node: string;
  kernel: string;
}

/** Everything one `i94 bench` invocation measured. */
export interface BenchResults {
  command: string;
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  records: number;
  runs: number;
  input: string;
  stages: StageResult[];
  latency: LatencyResult | null;
}
