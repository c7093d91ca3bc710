import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIMENSION_NAMES } from '@i94/dimensions';
import { dimensionTopicSpecs, topicSpecs, type TopicSpec } from '@i94/kafka';

// README's topics table is what libs/kafka creates (topicSpecs): key, value schema, cleanup,
// retention and partitions of every topic.

const DAY_MS = 24 * 60 * 60 * 1000;
const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Topics'), readme.indexOf('\n#', readme.indexOf('### Topics') + 1));

/** The table's rows as cells, split on unescaped pipes, backticks and escapes removed. */
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replace(/`/g, '').replace(/\\\|/g, '|')),
  );

const retention = (spec: TopicSpec) => (spec.retentionMs === null ? 'forever' : `${spec.retentionMs / DAY_MS} days`);
const recordName = (topic: string) => (JSON.parse(readFileSync(join(__dirname, '../../schemas', `${topic}.avsc`), 'utf8')) as { name: string }).name;

describe('README topics table', () => {
  it.each(topicSpecs().map((spec) => [spec.name, spec]))('states %s as libs/kafka creates it', (name, spec) => {
    const row = rows.find(([topic]) => topic === name);
    expect(row).toEqual([name, spec.key, recordName(name), spec.cleanupPolicy, retention(spec), String(spec.partitions)]);
  });

  it('states the dimension topics as libs/kafka creates them', () => {
    const specs = dimensionTopicSpecs();
    const row = rows.find(([topic]) => topic.startsWith('i94.dim.'));
    const [spec] = specs;
    expect(new Set(specs.map((s) => JSON.stringify([s.key, s.cleanupPolicy, retention(s), s.partitions]))).size).toBe(1);
    expect(row).toEqual([`i94.dim.<name>.v1 (${DIMENSION_NAMES.length} dimensions)`, spec.key, 'one schema each', spec.cleanupPolicy, retention(spec), String(spec.partitions)]);
  });

  it('lists no topic libs/kafka does not create', () => {
    expect(rows.length).toBe(topicSpecs().length + 1);
  });
});
