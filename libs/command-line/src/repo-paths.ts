import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The first existing `relative` path found walking up from `from`; works from src/ (tests) and
 * dist/ (a built command) alike. Null when the command runs outside the repository.
 */
export function findUp(relative: string, from: string = __dirname): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
