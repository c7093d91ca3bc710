import { spawn } from 'node:child_process';
import { type Command } from 'commander';
import { type CliIo, findUp } from '@i94/command-line';

/** Where the built bench is, relative to the repository root. */
const BENCH_MAIN = 'tools/bench/dist/main.js';

/**
 * `i94 bench`: hands its arguments to the benchmark harness of the repository (tools/bench), which
 * is not part of the product, and exits with its code. The CLI carries none of the bench's code
 * or dependencies; the command works from a checkout where the bench is built.
 */
export function registerBenchHandover(program: Command, io: CliIo): void {
  program
    .command('bench')
    .description(`benchmark the platform on the local stack against reference tools (runs ${BENCH_MAIN}; i94 bench --help lists its options)`)
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument('[options...]')
    .action(async (_operands: string[], _flags: object, command: Command) => {
      const main = findUp(BENCH_MAIN);
      if (!main) throw new Error(`cannot find ${BENCH_MAIN}: i94 bench runs from a checkout of the repository, after npx nx build bench`);
      const child = spawn(process.execPath, [main, ...command.args], { stdio: 'inherit' });
      const code = await new Promise<number>((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
      });
      io.setExitCode(code);
    });
}
