import { type Command } from 'commander';
import { type CliIo } from '../cli/io';
import { platformEnv } from './platform-env';

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
      const url = new URL('/v1/compactions', flags.compactor ?? env.I94_COMPACTOR_URL);
      if (flags.month) url.searchParams.set('month', flags.month);
      if (flags.force) url.searchParams.set('force', 'true');
      const res = await fetch(url, { method: 'POST', headers: { 'x-api-key': env.I94_ADMIN_KEY } });
      const body = await res.text();
      if (!res.ok) throw new Error(`compactor answered ${res.status}: ${body}`);
      io.out(`${body}\n`);
    });
}
