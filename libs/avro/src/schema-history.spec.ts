import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBackwardCompatible } from './compatibility';

// The CI check: every schema in schemas/ must read data written with each of its earlier
// committed versions (BACKWARD, transitively), and the generated types must match the schemas.
const ROOT = join(__dirname, '../../..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const schemaFiles = readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.avsc'));

describe.each(schemaFiles)('schemas/%s', (file) => {
  const current = JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8'));
  const commits = git('log', '--format=%H', '--', `schemas/${file}`).split('\n').filter(Boolean);

  it('is backward compatible with every committed version', () => {
    const problems = commits.flatMap((commit) => {
      const old = JSON.parse(git('show', `${commit}:schemas/${file}`));
      const result = checkBackwardCompatible(current, old);
      return result.compatible ? [] : [`${commit.slice(0, 8)}: ${result.reason}`];
    });
    expect(problems).toEqual([]);
  });
});

describe('generated Avro types', () => {
  it('match the schemas (npm run avro:generate)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports, @nx/enforce-module-boundaries -- a build script, not a project
    const { drift } = require('../../../tools/scripts/avro-codegen.js') as { drift: () => string[] };
    expect(drift()).toEqual([]);
  });
});
