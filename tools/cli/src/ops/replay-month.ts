import { type Command, Option } from 'commander';
import { type CliIo, platformEnv, yearMonth } from '@i94/command-line';
import { requestCompaction } from './compactor-client';

const FROM_RAW_REFUSAL =
  'replay --from raw is not available: rolled-up files carry the enriched topic\'s partition and offset, which decide the latest copy of each arrival, ' +
  'and records re-enriched from the raw topic have no such offsets, so they cannot be merged with the month\'s files without a separate generation of files. ' +
  'The rolled-up Parquet holds every enriched record (raw fields included) and is never deleted: use --from parquet.';

/** `i94 replay --month`: rebuilds one month's compacted Parquet and aggregates from its rolled-up files. */
export function registerReplayMonth(program: Command, io: CliIo): void {
  program
    .command('replay')
    .description(
      "rebuild one month's compacted Parquet and aggregates. --from parquet (the default) asks the compactor to recompute the month from every " +
        'rolled-up file alone (not from its previous version): the files are keyed by topic, partition and start offset and carry each record\'s Kafka ' +
        'position, so the same files give the same rows and aggregates however often it runs (only the version number moves on)',
    )
    .requiredOption('--month <YYYY-MM>', 'the arrival month', yearMonth)
    .addOption(new Option('--from <source>', 'what to rebuild from').choices(['parquet', 'raw']).default('parquet'))
    .option('--compactor <url>', 'compactor URL (default I94_COMPACTOR_URL or http://127.0.0.1:3006)')
    .option('--json', "print the compactor's answer as JSON")
    .action(async (flags: { month: string; from: 'parquet' | 'raw'; compactor?: string; json?: boolean }) => {
      if (flags.from === 'raw') throw new Error(FROM_RAW_REFUSAL);
      const env = platformEnv();
      const body = await requestCompaction(env, flags.compactor ?? env.I94_COMPACTOR_URL, { month: flags.month, rebuild: 'true' });
      if (flags.json) return io.out(`${body}\n`);
      const result = JSON.parse(body) as { skipped: boolean; reason?: string; version?: number; sources?: number; rowsRead?: number; rows?: number; states?: number; ms?: number };
      io.out(
        result.skipped
          ? `${flags.month}: nothing rebuilt (${result.reason})\n`
          : `${flags.month}: rebuilt as version ${result.version} from ${result.sources} rolled-up file(s): ${result.rowsRead} rows read, ${result.rows} arrivals kept, ${result.states} state aggregates, ${result.ms} ms\n`,
      );
    });
}
