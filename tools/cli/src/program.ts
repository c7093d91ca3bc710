import { Command } from 'commander';
import { registerBenchHandover } from './commands/bench-handover';
import { registerFeed } from './commands/feed-push';
import { registerGenerate } from './commands/generate';
import { registerCompact } from './ops/compact';
import { registerDimsLoad } from './ops/dims-load';
import { registerMigrate } from './ops/migrate';
import { registerReconcile } from './ops/reconcile';
import { registerWait } from './ops/wait';
import { registerStatus } from './status/status-command';
import { registerDlq } from './dlq/dlq-command';
import { registerReplayMonth } from './ops/replay-month';
import { type CliIo, processIo } from '@i94/command-line';

/** Options of the program itself. */
export interface ProgramOptions {
  /** Throw a CommanderError instead of exiting on bad arguments (tests). */
  exitOverride?: boolean;
}

/** The `i94` command with all its subcommands. */
export function buildProgram(io: CliIo = processIo(), options: ProgramOptions = {}): Command {
  const program = new Command('i94')
    .description('I94 streaming platform: push feeds, generate test data, and operate the pipeline')
    .showHelpAfterError()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) });
  // Subcommands copy these settings when created, so this must come before registering them.
  if (options.exitOverride) program.exitOverride();
  registerGenerate(program, io);
  registerFeed(program, io);
  registerMigrate(program, io);
  registerDimsLoad(program, io);
  registerCompact(program, io);
  registerReconcile(program, io);
  registerWait(program, io);
  registerBenchHandover(program, io);
  registerStatus(program, io);
  registerDlq(program, io);
  registerReplayMonth(program, io);
  return program;
}
