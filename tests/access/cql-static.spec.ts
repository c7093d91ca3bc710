import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');
const SOURCES = ['libs', 'services', 'tools'].flatMap((dir) => readdirSync(join(ROOT, dir)).map((p) => join(ROOT, dir, p, 'src')));

// Calls that send CQL without bound values on purpose, and why each is safe.
const EXEMPT: Record<string, string> = {
  'libs/cassandra/src/migrations/apply-migrations.ts': 'DDL from the checked-in migration files, and the ledger; the keyspace name is validated by the config schema',
  'libs/cassandra/src/readiness.ts': 'a constant query with no values',
};

/** A table-name constant such as ARRIVALS_TABLE: fixed text in the sources, never a value. */
const TABLE_CONSTANT = /^[A-Z][A-Z0-9_]*_TABLE$/;

function tsFiles(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The text of each call to a Cassandra send method, from its name to its closing parenthesis. */
function cqlCalls(source: string): string[] {
  const calls: string[] = [];
  for (const match of source.matchAll(/\b(?:cassandra|client)\.(execute|eachRow|stream|batch)\(|executeConcurrent\(/g)) {
    let depth = 0;
    let end = match.index + match[0].length - 1;
    for (; end < source.length; end++) {
      if (source[end] === '(') depth++;
      if (source[end] === ')' && --depth === 0) break;
    }
    calls.push(source.slice(match.index, end + 1));
  }
  return calls;
}

// The static half of "CQL only through prepared statements" (the runtime half is
// cql-prepared.int-spec.ts): every Cassandra call in the sources asks for a prepared statement
// (or goes through createCassandraClient, whose default is prepare: true), and interpolates only
// the keyspace or a table name into its text, never a value.
describe('CQL in the sources', () => {
  const files = SOURCES.flatMap(tsFiles).map((path) => ({ path: relative(ROOT, path), source: readFileSync(path, 'utf8') }));
  const withCql = files.filter((f) => cqlCalls(f.source).length > 0 && !EXEMPT[f.path]);

  it('finds the Cassandra calls it is meant to check', () => {
    expect(withCql.map((f) => f.path)).toEqual(expect.arrayContaining(['libs/cassandra/src/queries/arrival-repository.ts', 'libs/cassandra/src/raw-arrival-writer.ts']));
  });

  it('interpolates only keyspace and table names into CQL text, and asks for prepared statements', () => {
    const problems = withCql.flatMap(({ path, source }) =>
      cqlCalls(source).flatMap((call) => {
        const interpolated = [...call.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1].trim()).filter((expr) => !/^(this\.)?(keyspace|table)$/i.test(expr) && !/\bkeyspace\b/i.test(expr) && !TABLE_CONSTANT.test(expr));
        // DDL takes no bound values (and cannot be prepared usefully); its only interpolation is the keyspace, checked above
        const ddl = /^\w+\.execute\(`(DROP|CREATE|ALTER) /.test(call);
        const prepared = ddl || /prepare:\s*true/.test(call) || call.startsWith('executeConcurrent(');
        return [...interpolated.map((expr) => `${path}: value \${${expr}} in CQL text`), ...(prepared ? [] : [`${path}: not prepared: ${call.slice(0, 80)}`])];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('builds no CQL by string concatenation', () => {
    const concatenated = withCql.filter(({ source }) => /(SELECT|INSERT|UPDATE|DELETE)\b[^;\n]*['"`]\s*\+/i.test(source)).map((f) => f.path);
    expect(concatenated).toEqual([]);
  });
});
