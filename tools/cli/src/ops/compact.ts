import { type Command } from 'commander';
import { type CliIo, platformEnv } from '@i94/command-line';
import { requestCompaction } from './compactor-client';

/** `i94 compact`: asks the compactor to compact a month now (or every month with new files). */
export function registerCompact(program: Command, io: CliIo): void {
  program
    .command('compact')
    .description('compact a month now (the compactor service does the work, one compaction at a time)')
    .option('--month <YYYY-MM>', 'the month; without it, every month that received new files')
    .option('--force', 'recompute even if no new file arrived')
    .option('--compactor <url>', 'compactor URL (default I94_COMPACTOR_URL or http://127.0.0.1:3006)')
    .action(async (flags: { month?: string; force?: boolean; compactor?: string }) => {
      const env = platformEnv();
      const params: Record<string, string> = {};
      if (flags.month) params.month = flags.month;
      if (flags.force) params.force = 'true';
      const body = await requestCompaction(env, flags.compactor ?? env.I94_COMPACTOR_URL, params);
      io.out(`${body}\n`);
    });
}
