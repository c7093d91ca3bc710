import { join } from 'node:path';
import { readMigrations, renderMigration, splitStatements } from './migration-files';

const DIR = join(__dirname, '../../../../deploy/cassandra');

describe('CQL migrations', () => {
  it('reads the project migrations in version order with their keyspace filled in', () => {
    const migrations = readMigrations(DIR, 'i94_test', "{'class': 'SimpleStrategy', 'replication_factor': 1}");
    expect(migrations.map((m) => m.version)).toEqual([...migrations.map((m) => m.version)].sort((a, b) => a - b));
    expect(migrations[0].statements[0]).toContain('CREATE KEYSPACE IF NOT EXISTS i94_test');
    for (const m of migrations) for (const s of m.statements) expect(s).not.toContain('{{');
  });

  it('splits statements and drops comment lines', () => {
    expect(splitStatements('-- note\nCREATE TABLE a (x int);\n\nCREATE TABLE b (y int);\n')).toEqual(['CREATE TABLE a (x int)', 'CREATE TABLE b (y int)']);
  });

  it.each(['i94; DROP', 'I94', '1abc', 'a'.repeat(49)])('refuses the keyspace name %j', (keyspace) => {
    expect(() => renderMigration('x', keyspace, '')).toThrow(/invalid keyspace/);
  });
});
