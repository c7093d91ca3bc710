import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Path of the 1,000-row Udacity sample, relative to the repository root. */
export const SAMPLE_RELATIVE_PATH = 'data/sample/immigration_data_sample.csv';

/**
 * The first existing `relative` path found walking up from `from`; works from src/ (tests) and
 * dist/ (the built CLI) alike. Null when the CLI runs outside the repository.
 */
export function findUp(relative: string, from: string = __dirname): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
