import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { serviceMetrics } from './service-metrics';

// The alert rules name only series the services expose (or Prometheus' own `up`), and README's
// Operate section explains every alert.

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels?: { severity?: string };
  annotations?: { summary?: string; description?: string };
}

const rules = (parse(readFileSync(join(__dirname, '../../deploy/alerts/i94-alerts.yml'), 'utf8')) as { groups: { name: string; rules: Rule[] }[] }).groups.flatMap((g) => g.rules);
const exposed = new Set(Object.values(serviceMetrics()).flatMap((families) => families.flatMap((f) => f.series)));
const PROMETHEUS_SERIES = ['up'];
const PROMQL = new Set(['sum', 'min', 'max', 'avg', 'count', 'rate', 'irate', 'increase', 'delta', 'deriv', 'time', 'abs', 'and', 'or', 'unless', 'by', 'without', 'on', 'ignoring', 'bool', 'offset']);

/** The series names an expression reads: identifiers outside strings, label matchers, groupings and ranges. */
export function seriesIn(expr: string): string[] {
  const bare = expr
    .replace(/"[^"]*"/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, '')
    .replace(/\[[^\]]*\]/g, '');
  return [...new Set(bare.match(/[a-zA-Z_:][a-zA-Z0-9_:]*/g) ?? [])].filter((word) => !PROMQL.has(word));
}

describe('deploy/alerts/i94-alerts.yml', () => {
  it('has the alerts the runbook promises', () => {
    const names = rules.map((r) => r.alert);
    for (const expected of ['I94ServiceNotReady', 'I94ConsumerLagGrowing', 'I94DeadLettersFromWorkers', 'I94RejectedRecordsRatioHigh', 'I94NoRollupCommitted', 'I94CompactionFailing']) {
      expect(names).toContain(expected);
    }
  });

  it.each(rules.map((r) => [r.alert, r]))('%s reads only series the services expose', (_name, rule) => {
    const series = seriesIn(rule.expr);
    expect(series.length).toBeGreaterThan(0);
    expect(series.filter((s) => !exposed.has(s) && !PROMETHEUS_SERIES.includes(s))).toEqual([]);
  });

  it.each(rules.map((r) => [r.alert, r]))('%s has a severity, a summary and a description', (_name, rule) => {
    expect(rule.labels?.severity).toMatch(/^(warning|critical)$/);
    expect(rule.annotations?.summary).toBeTruthy();
    expect(rule.annotations?.description).toBeTruthy();
  });

  it('finds the series of an expression, and not its labels, functions or ranges', () => {
    expect(seriesIn('sum by (service) (rate(i94_x_total{outcome="failed"}[5m])) / on() time() > 0')).toEqual(['i94_x_total']);
  });

  it('is explained alert by alert in the README', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    expect(rules.map((r) => r.alert).filter((name) => !readme.includes(name))).toEqual([]);
  });
});
