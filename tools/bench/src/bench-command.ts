import { dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { type CliIo, findUp, integerAtLeast, yearMonth } from '@i94/command-line';
import { STAGES } from './bench-results';
import { type BenchRequest, runBench } from './run-bench';
import { stageList } from './stage-list';
import { verdicts } from './targets';
import { writeReport } from './write-report';

/** Records per run by default: every stage and reference, three runs, in about half an hour on the shared 2 cores. */
export const DEFAULT_BENCH_RECORDS = 50_000;

type BenchFlags = Omit<BenchRequest, 'command' | 'log'> & { json: boolean; docs: string | false };

/**
 * `i94 bench` (tools/bench/bin/i94-bench; the operator CLI hands `i94 bench` over to it): each
 * stage alone on a backlog, the whole pipeline, latency, against reference tools.
 */
export function benchCommand(io: CliIo): Command {
  return new Command('i94 bench')
    .description('benchmark the built services on the local stack (random namespace, keyspace, bucket) against reference tools; writes docs/benchmarks.md and .png')
    .addOption(new Option('--stages <list>', `comma-separated, from ${STAGES.join(',')}`).argParser(stageList).default([...STAGES], 'all'))
    .option('--records <n>', 'records per run (generated with i94 generate, seeded)', integerAtLeast(1000), DEFAULT_BENCH_RECORDS)
    .option('--input <file>', 'push this file instead of generating one (CSV, NDJSON, Parquet)')
    .option('--month <YYYY-MM>', 'arrival month of the generated records (the month compacted)', yearMonth, '2016-04')
    .option('--runs <n>', 'runs of each stage; the report gives median, min and max', integerAtLeast(1), 3)
    .option('--seed <n>', 'generator seed', integerAtLeast(0), 1)
    .option('--latency-rate <n>', 'records per second of the latency run', integerAtLeast(10), 2000)
    .option('--latency-seconds <n>', 'length of the latency run', integerAtLeast(1), 30)
    .option('--driver-loop-records <n>', 'records the Cassandra driver-loop reference writes at most (held in memory)', integerAtLeast(1), 50_000)
    .option('--direct-rolls', 'compact stage only: write the month as rolled-up files straight to S3 (as parquet-rollup lays them out) instead of through the pipeline', false)
    .option('--direct-copies <n>', 'with --direct-rolls: generate records/n arrivals and write n copies of them as new arrivals (new cicids and offsets), for months of tens of millions', integerAtLeast(1), 1)
    .option('--incremental-records <n>', 'compact stage: then add this many records to the month and time the incremental compaction', integerAtLeast(0), 0)
    .option('--no-spark', 'leave PySpark out of the compact stage (it takes many minutes at tens of millions of records)')
    .option('--spark-every-run', 'run the PySpark reference in every run (by default only in the first: it takes minutes)', false)
    .option('--json', 'print the results as one JSON object on stdout', false)
    .option('--docs <dir>', 'where benchmarks.md and benchmarks.png go (default docs/ of the repository)')
    .option('--no-docs', 'write no report files')
    .showHelpAfterError()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) })
    .action(async (flags: BenchFlags) => {
      const docs = flags.docs === false ? null : (flags.docs ?? join(dirname(findUp('nx.json') ?? '.'), 'docs'));
      const results = await runBench({ ...flags, command: `i94 bench ${process.argv.slice(2).join(' ')}`, log: (message) => io.err(`[bench] ${message}\n`) });
      if (docs) {
        const written = await writeReport(results, docs);
        io.err(`[bench] wrote ${written.markdown} and ${written.png}\n`);
      }
      const list = verdicts(results);
      if (flags.json) io.out(`${JSON.stringify({ ...results, verdicts: list })}\n`);
      else for (const v of list) io.out(`${v.id} ${v.met === null ? 'not measured' : v.met ? 'met' : 'NOT met'}: ${v.checks.map((c) => `${c.what} ${c.actual === null ? '–' : Math.round(c.actual * 100) / 100} (${c.comparison} ${c.limit})`).join('; ')}\n`);
    });
}
