import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceMetrics } from './service-metrics';

// docs/operations.md lists every metric each service registers, and nothing they do not.

const doc = readFileSync(join(__dirname, '../../docs/operations.md'), 'utf8');
const metricsSection = doc.slice(doc.indexOf('## Metrics'), doc.indexOf('## Logs'));

/** `| service | \`metric\` | ...` rows of the metrics table, "every service" expanded. */
function documentedMetrics(services: string[]): string[] {
  return metricsSection
    .split('\n')
    .map((line) => /^\| ([\w -]+) \| `(\w+)` \|/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .flatMap(([, service, metric]) => (service === 'every service' ? services : [service]).map((s) => `${s} ${metric}`));
}

describe('docs/operations.md', () => {
  const registered = serviceMetrics();
  const actual = Object.entries(registered).flatMap(([service, families]) => families.filter((f) => f.name.startsWith('i94_')).map((f) => `${service} ${f.name}`));

  it('lists every i94 metric of every service, and only those', () => {
    expect(documentedMetrics(Object.keys(registered)).sort()).toEqual(actual.sort());
  });
});
