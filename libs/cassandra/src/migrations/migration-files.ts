import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  statements: string[];
  /** Data steps named by `-- @step <name>` lines, run after the statements (see data-steps.ts). */
  steps: string[];
}

/** Fills {{keyspace}} and {{replication}}; the keyspace is validated, never taken raw from input. */
export function renderMigration(text: string, keyspace: string, replication: string): string {
  if (!/^[a-z][a-z0-9_]{0,47}$/.test(keyspace)) throw new Error(`invalid keyspace name ${keyspace}`);
  return text.replaceAll('{{keyspace}}', keyspace).replaceAll('{{replication}}', replication);
}

/** Splits a CQL file into statements: `;` at a line end closes one; `--` comment lines are dropped. */
export function splitStatements(cql: string): string[] {
  const withoutComments = cql
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The data steps a CQL file names, one `-- @step <name>` line each: work CQL alone cannot do, such as copying rows. */
export function dataSteps(cql: string): string[] {
  return [...cql.matchAll(/^--\s*@step\s+([\w-]+)\s*$/gm)].map((m) => m[1]);
}

/** The migrations of a directory: files named NNN_name.cql, in version order. */
export function readMigrations(dir: string, keyspace: string, replication: string): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.cql$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return {
        version: Number(file.slice(0, 3)),
        name: file.replace(/\.cql$/, ''),
        checksum: createHash('sha256').update(text).digest('hex').slice(0, 16),
        statements: splitStatements(renderMigration(text, keyspace, replication)),
        steps: dataSteps(text),
      };
    });
}
