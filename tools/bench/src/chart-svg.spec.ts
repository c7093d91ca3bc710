import { type BenchResults } from './bench-results';
import { chartPanels, chartSvg } from './chart-svg';

const results = {
  stages: [
    { stage: 'ingest', records: 1, measure: { name: 'gateway', unit: 'rec/s', values: [50, 70, 60] }, references: [{ name: 'producer-perf', unit: 'rec/s', values: [100] }], peakRssMb: {}, notes: [] },
    { stage: 'compact', records: 1, measure: { name: 'compactor', unit: 's', values: [] }, references: [], peakRssMb: {}, notes: [] },
  ],
} as unknown as BenchResults;

describe('benchmark chart', () => {
  it('draws a panel per stage with our median, the references and the target', () => {
    const [ingest, compact] = chartPanels(results);
    expect(ingest).toEqual({
      title: 'P1 ingest', unit: 'rec/s', target: 60_000,
      bars: [{ label: 'gateway', median: 60, min: 50, max: 70, ours: true }, { label: 'producer-perf', median: 100, min: 100, max: 100, ours: false }],
    });
    expect(compact.bars).toEqual([]);
  });

  it('adds the two latency hops when latency was measured', () => {
    const latency = { ratePerSecond: 2000, seconds: 30, sent: 1, toEnriched: { count: 1, p50: 8, p99: 40, max: 60 }, toCassandra: { count: 1, p50: 20, p99: 90, max: 120 }, peakRssMb: {} };
    const panels = chartPanels({ ...results, latency });
    expect(panels.map((p) => [p.title, p.target])).toEqual([
      ['P1 ingest', 60_000], ['P5 compaction (lower is better)', 5], ['P7 latency to enriched topic', 50], ['P7 latency to Cassandra row', 150],
    ]);
    expect(panels[3].bars.map((b) => [b.label, b.median])).toEqual([['p50', 20], ['p99', 90]]);
  });

  it('escapes labels and sizes the picture to its panels', () => {
    const { svg, width, height } = chartSvg([{ title: 'a <b> & c', unit: 's', target: null, bars: [] }], 'caption');
    expect(svg).toContain('a &lt;b&gt; &amp; c');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });
});
