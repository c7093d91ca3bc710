import { type BenchTools } from '../references/bench-tools';
import { writeDirectRolls } from '../references/direct-rolls';
import { downloadMonth, runMonthScript } from '../references/month-references';
import { type BenchRequest } from '../run-bench';
import { type StageCollector } from '../stage-collector';
import { runCompaction } from './compact-stage';
import { type StageContext } from './stage-run';

const PARTITIONS = 6;
/** parquet-rollup's ROLL_MAX_ROWS default. */
const ROLL_ROWS = 25_000;

/** P5: the compactor compacts the month, then DuckDB alone and PySpark run the same transform on a local copy of the same files. */
export async function compactAndCompare(ctx: StageContext, request: BenchRequest, run: number, tools: BenchTools, c: StageCollector, records: number): Promise<void> {
  const compaction = await runCompaction(ctx);
  c.add(compaction, records);
  const month = await downloadMonth(ctx);
  try {
    // PySpark takes minutes on 2 cores: once per invocation unless asked for every run
    const spark = request.spark !== false && (run === 1 || request.sparkEveryRun);
    const scripts = spark ? (['duckdb_month.py', 'spark_month.py'] as const) : (['duckdb_month.py'] as const);
    for (const script of scripts) {
      const ref = await runMonthScript(ctx, tools.python, script, month.dir);
      c.addReference(ref.tool, 's', ref.seconds);
      if (run === 1) c.note(`${ref.tool} ${ref.version}: ${month.files} files read from a local copy; its start-up (${ref.startupSeconds.toFixed(1)} s in run 1) is not counted`);
    }
  } finally {
    month.cleanup();
  }
}

/**
 * P5 on a month written straight to S3 in parquet-rollup's layout (--direct-rolls): months of tens
 * of millions of records without pushing them through the pipeline. With --incremental-records,
 * that many more records of the month then arrive as new rolls and a new compactor process
 * compacts them into the previous version (the incremental path), timed the same way.
 */
export async function directCompaction(ctx: StageContext, request: BenchRequest, run: number, tools: BenchTools, c: StageCollector): Promise<void> {
  const copies = request.directCopies ?? 1;
  const rolls = await writeDirectRolls(ctx, { records: request.records, seed: request.seed, firstCicid: 1, firstOffset: 0, partitions: PARTITIONS, rowsPerRoll: ROLL_ROWS, copies });
  if (run === 1) c.note(`the month was written straight to S3 (--direct-rolls${copies > 1 ? `, ${copies} copies of ${(rolls.rows / copies).toLocaleString('en-US')} generated arrivals` : ''}): ${rolls.files} rolled-up files in parquet-rollup's layout, in ${(rolls.ms / 1000).toFixed(0)} s (not timed)`);
  await compactAndCompare(ctx, request, run, tools, c, rolls.rows);
  const more = request.incrementalRecords ?? 0;
  if (more === 0) return;
  const day = await writeDirectRolls(ctx, { records: more, seed: request.seed + 1, firstCicid: rolls.rows + 1, firstOffset: rolls.nextOffset, partitions: PARTITIONS, rowsPerRoll: ROLL_ROWS });
  const incremental = await runCompaction(ctx);
  c.addReference('incremental', 's', incremental.value);
  c.note(`incremental: ${day.rows.toLocaleString('en-US')} more records in ${day.files} new rolls compacted into the previous version in ${incremental.value.toFixed(2)} s, compactor peak RSS ${incremental.peakRssMb.compactor} MB`);
}
