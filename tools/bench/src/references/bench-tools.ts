import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** Where the reference tools are, as deploy/local/bench-tools.sh prints them. */
export interface BenchTools {
  kafkaToolsClasspath: string;
  python: string;
}

/** Installs (once, cached) and locates the reference tools through the project's script. */
export async function benchTools(root: string): Promise<BenchTools> {
  const { stdout } = await promisify(execFile)('bash', [join(root, 'deploy/local/bench-tools.sh'), 'all'], { maxBuffer: 1 << 20 });
  const vars = Object.fromEntries(stdout.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  if (!vars.KAFKA_TOOLS_CLASSPATH || !vars.BENCH_PYTHON) throw new Error(`bench-tools.sh printed no tool paths:\n${stdout}`);
  return { kafkaToolsClasspath: vars.KAFKA_TOOLS_CLASSPATH, python: vars.BENCH_PYTHON };
}
