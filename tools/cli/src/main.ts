import { buildProgram } from './program';

// Entry point of the `i94` command (bin/i94 requires the built copy of this file).
buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`i94: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.I94_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    process.exitCode = 1;
  });
