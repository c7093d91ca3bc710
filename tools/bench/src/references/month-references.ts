import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollFilesByMonth } from '@i94/s3-parquet';
import { findUp } from '@i94/command-line';
import { runChild } from '../run-child';
import { type StageContext } from '../stages/stage-run';

/** What a reference script prints: its transform time, apart from its start-up. */
export interface MonthReferenceRun {
  tool: string;
  version: string;
  seconds: number;
  startupSeconds: number;
  rows: number;
  groups: number;
}

/** The month's rolled-up Parquet files, downloaded from the bucket into a local directory (not timed). */
export async function downloadMonth(ctx: StageContext): Promise<{ dir: string; files: number; cleanup: () => void }> {
  const inputs = (await rollFilesByMonth(ctx.ns.store)).get(ctx.month) ?? [];
  if (inputs.length === 0) throw new Error(`no rolled-up files for ${ctx.month} in ${ctx.ns.bucket}`);
  const base = mkdtempSync(join(tmpdir(), 'i94-bench-month-'));
  const dir = join(base, 'in');
  mkdirSync(dir);
  for (const [i, input] of inputs.entries()) {
    const bytes = await ctx.ns.store.get(input.key);
    if (bytes) writeFileSync(join(dir, `part-${String(i).padStart(5, '0')}.parquet`), bytes);
  }
  return { dir, files: inputs.length, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** Runs tools/bench/scripts/<script> with the bench venv's Python over the downloaded month. */
export async function runMonthScript(ctx: StageContext, python: string, script: 'duckdb_month.py' | 'spark_month.py', inputDir: string): Promise<MonthReferenceRun> {
  const path = findUp(join('tools/bench/scripts', script));
  if (!path) throw new Error(`cannot find tools/bench/scripts/${script}`);
  const out = mkdtempSync(join(tmpdir(), 'i94-bench-out-'));
  try {
    const run = await runChild(python, [path, inputDir, out], { ...process.env, PYSPARK_PYTHON: python });
    const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as MonthReferenceRun;
    ctx.log(`${result.tool} ${result.version}: ${result.rows} rows, ${result.groups} groups in ${result.seconds.toFixed(2)} s (+${result.startupSeconds.toFixed(1)} s start-up)`);
    return result;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
