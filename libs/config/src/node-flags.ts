import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The V8 flags of deploy/node-flags (comment lines skipped), for launchers that spawn a service with `node`. */
export function serviceNodeFlags(repoRoot: string): string[] {
  return readFileSync(join(repoRoot, 'deploy/node-flags'), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
}
