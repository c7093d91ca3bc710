import { type BenchNamespace } from '../bench-namespace';

/** What every stage of one run works with. */
export interface StageContext {
  ns: BenchNamespace;
  /** The built CLI (tools/cli/dist/main.js), run as a child process like an operator would. */
  cliMain: string;
  /** The feed pushed through the gateway (CSV, NDJSON or Parquet). */
  inputFile: string;
  /** The arrival month the compaction and the references work on. */
  month: string;
  log(message: string): void;
}

/** One run of one stage: its figure, and the peak RSS of each process it ran. */
export interface StageRun {
  value: number;
  peakRssMb: Record<string, number>;
  notes?: string[];
}
