import { type Command } from 'commander';

/**
 * Runs a command-line program on this process's arguments: a failure prints one line (the stack
 * too with I94_DEBUG set) and exits 1, since an operator reads the message, not a trace.
 */
export function runProgram(program: Command): void {
  program.parseAsync(process.argv).catch((error: unknown) => {
    process.stderr.write(`${program.name()}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.I94_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    process.exitCode = 1;
  });
}
