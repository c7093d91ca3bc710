import { type Command, Option } from 'commander';
import { type CliIo, findUp, integerAtLeast, share, yearMonth } from '@i94/command-line';
import { DEFAULT_MESSY_SHARE, DEFAULT_ROW_GROUP_SIZE, type GenerateRequest, type GenerateResult, OUTPUT_FORMATS, runGenerate, SAMPLE_RELATIVE_PATH } from '@i94/sample-data';

/** The request as the options give it: the sample may be left to the default. */
type GenerateFlags = Omit<GenerateRequest, 'sample'> & { sample?: string };

function samplePath(flag: string | undefined): string {
  if (flag !== undefined) return flag;
  const found = findUp(SAMPLE_RELATIVE_PATH);
  if (!found) throw new Error(`cannot find ${SAMPLE_RELATIVE_PATH} above ${__dirname}; pass --sample <file>`);
  return found;
}

const MB = 1024 * 1024;

/** The one-line summary printed after a run. */
export function generateSummary(request: GenerateRequest, result: GenerateResult): string {
  const seconds = result.millis / 1000;
  const rate = seconds > 0 ? Math.round(result.records / seconds) : result.records;
  return (
    `generated ${result.records.toLocaleString('en-US')} records for ${request.month} (seed ${request.seed}) ` +
    `to ${request.out} as ${request.format}: ${(result.bytes / MB).toFixed(1)} MiB in ${seconds.toFixed(1)} s (${rate.toLocaleString('en-US')} records/s)\n`
  );
}

/** `i94 generate`: realistic records learned from the sample, streamed to a file. */
export function registerGenerate(program: Command, io: CliIo): void {
  program
    .command('generate')
    .description('generate realistic I94 records, learned from the sample, into a CSV, NDJSON or Parquet file')
    .requiredOption('--records <n>', 'number of records', integerAtLeast(0))
    .requiredOption('--month <YYYY-MM>', 'arrival month of every record', yearMonth)
    .requiredOption('--out <file>', 'output file (overwritten)')
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('csv'))
    .option('--seed <n>', 'seed: same seed and options, same records', integerAtLeast(0), 1)
    .option('--messy-share <f>', 'share of valid but dirty records (unknown codes, lower case...)', share, DEFAULT_MESSY_SHARE)
    .option('--invalid-share <f>', 'share of records that fail validation', share, 0)
    .option('--sample <file>', `sample CSV to learn from (default: <repo>/${SAMPLE_RELATIVE_PATH})`)
    .option('--row-group-size <n>', 'Parquet rows per row group', integerAtLeast(1), DEFAULT_ROW_GROUP_SIZE)
    .action(async (flags: GenerateFlags) => {
      const request: GenerateRequest = { ...flags, sample: samplePath(flags.sample) };
      io.out(generateSummary(request, await runGenerate(request)));
    });
}
