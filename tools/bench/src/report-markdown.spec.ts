import { type BenchResults } from './bench-results';
import { formatNumber, measuresTable, RESULTS_END, RESULTS_START, renderResults, replaceResults, targetsTable } from './report-markdown';
import { verdicts } from './targets';

const results: BenchResults = {
  command: 'i94 bench --json', startedAt: '2026-11-21T03:00:00.000Z', finishedAt: '2026-11-21T03:12:30.000Z',
  machine: { cpu: 'AMD EPYC', nproc: 2, memGiB: 24, node: '20.20.2', kernel: '6.1.0' }, records: 200_000, runs: 3, input: 'i94 generate --records 200000', latency: null,
  stages: [
    {
      stage: 'enrich', records: 200_000, measure: { name: 'enricher', unit: 'rec/s', values: [30_000, 32_000, 31_000] },
      references: [{ name: 'pass-through', unit: 'rec/s', values: [40_000, 41_000, 39_000] }], peakRssMb: { enricher: 150 }, notes: ['timed from the group join'],
    },
  ],
};

describe('benchmark report', () => {
  it.each([
    [123_456.7, '123,457'],
    [42.25, '42.3'],
    [0.775, '0.78'],
    [null, '–'],
    [Number.NaN, '–'],
  ])('formats %p as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('lists each stage with its references, median/min/max and the ratio', () => {
    expect(measuresTable(results).split('\n')).toEqual([
      '| measure | unit | median | min | max |',
      '| --- | --- | --- | --- | --- |',
      '| P2 enricher alone on a raw backlog (× pass-through: 0.78) | rec/s | 31,000 | 30,000 | 32,000 |',
      '| &nbsp;&nbsp;reference: pass-through | rec/s | 40,000 | 39,000 | 41,000 |',
    ]);
  });

  it('says plainly whether each target is met', () => {
    const table = targetsTable(verdicts(results));
    expect(table).toContain('| P2 | enrich alone | rec/s >= 40,000: 31,000; × pass-through >= 0.80: 0.78 | **no** |');
    expect(table).toContain('| P6 | whole pipeline | rec/s >= 10,000: – | not measured |');
  });

  it('renders the machine, the exact command, memory and the run notes', () => {
    const text = renderResults(results);
    expect(text).toContain('2 × AMD EPYC, 24 GiB RAM');
    expect(text).toContain('```bash\ni94 bench --json\n```');
    expect(text).toContain('| enricher | 150 |');
    expect(text).toContain('- enrich: timed from the group join');
    expect(text).toContain('Latency was not measured in this run.');
  });

  it('replaces only the generated section, or appends one', () => {
    const doc = `# Benchmarks\n\nHow to run.\n\n${RESULTS_START}\nold\n${RESULTS_END}\n\n## After\n`;
    expect(replaceResults(doc, 'new')).toBe(`# Benchmarks\n\nHow to run.\n\n${RESULTS_START}\nnew\n${RESULTS_END}\n\n## After\n`);
    expect(replaceResults('# Benchmarks\n', 'new')).toBe(`# Benchmarks\n\n${RESULTS_START}\nnew\n${RESULTS_END}\n`);
  });
});
