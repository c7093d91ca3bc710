import { type BenchResults, type StageResult } from './bench-results';
import { peakRssByProcess, stageRatio, verdicts } from './targets';

const stage = (s: Partial<StageResult> & Pick<StageResult, 'stage' | 'measure'>): StageResult => ({ records: 200_000, references: [], peakRssMb: {}, notes: [], ...s });

function results(stages: StageResult[], latency: BenchResults['latency'] = null): BenchResults {
  return {
    command: 'i94 bench', startedAt: '2026-11-21T03:00:00Z', finishedAt: '2026-11-21T03:10:00Z',
    machine: { cpu: 'AMD EPYC', nproc: 2, memGiB: 24, node: '20.20.2', kernel: '6.1' }, records: 200_000, runs: 3, input: 'generated', stages, latency,
  };
}

const ingest = stage({
  stage: 'ingest',
  measure: { name: 'gateway', unit: 'rec/s', values: [70_000, 65_000, 90_000] },
  references: [{ name: 'producer-perf', unit: 'rec/s', values: [200_000, 100_000, 120_000] }],
  peakRssMb: { 'ingest-gateway': 110 },
});

describe('bench targets', () => {
  it('takes ratios between medians, not between single runs', () => {
    expect(stageRatio(ingest, 'producer-perf')).toBeCloseTo(70_000 / 120_000);
    expect(stageRatio(ingest, 'pass-through')).toBeNull();
    expect(stageRatio(undefined, 'producer-perf')).toBeNull();
  });

  it('P1 needs both the absolute rate and half the reference', () => {
    const p1 = verdicts(results([ingest])).find((v) => v.id === 'P1')!;
    expect(p1.checks.map((c) => c.met)).toEqual([true, true]);
    expect(p1.met).toBe(true);
    const slowRef = stage({ ...ingest, references: [{ name: 'producer-perf', unit: 'rec/s', values: [150_000] }] });
    expect(verdicts(results([slowRef])).find((v) => v.id === 'P1')!.met).toBe(false);
  });

  it('stages that did not run are "not measured", never met', () => {
    const list = verdicts(results([ingest]));
    expect(list.find((v) => v.id === 'P2')!.met).toBeNull();
    expect(list.find((v) => v.id === 'P7')!.checks.every((c) => c.actual === null)).toBe(true);
  });

  it('P5 holds the compaction to issue 13: at most 1.5 × DuckDB, at least 3.5 × faster than PySpark, at most 1 GB', () => {
    const compact = stage({
      stage: 'compact',
      measure: { name: 'compactor', unit: 's', values: [4, 4.5, 3.5] },
      references: [{ name: 'duckdb', unit: 's', values: [2, 3, 3] }, { name: 'pyspark', unit: 's', values: [14, 13, 12] }],
      peakRssMb: { compactor: 1020 },
    });
    const p5 = verdicts(results([compact])).find((v) => v.id === 'P5')!;
    expect(p5.checks.map((c) => [c.actual, c.met])).toEqual([[4 / 3, true], [13 / 4, false], [1020, false]]);
    expect(p5.met).toBe(false);
  });

  it('P7 and P8 read latency percentiles and the highest peak RSS per process', () => {
    const latency = { ratePerSecond: 2000, seconds: 30, sent: 60_000, toEnriched: { count: 60_000, p50: 12, p99: 48, max: 90 }, toCassandra: { count: 60_000, p50: 30, p99: 160, max: 400 }, peakRssMb: { enricher: 140 } };
    const enrich = stage({ stage: 'enrich', measure: { name: 'enricher', unit: 'rec/s', values: [1] }, peakRssMb: { enricher: 120 } });
    const r = results([ingest, enrich], latency);
    expect(peakRssByProcess(r)).toEqual({ 'ingest-gateway': 110, enricher: 140 });
    const list = verdicts(r);
    expect(list.find((v) => v.id === 'P7')!.checks.map((c) => c.met)).toEqual([true, false]);
    const p8 = list.find((v) => v.id === 'P8')!;
    expect(p8.checks.find((c) => c.what.startsWith('enricher'))!.met).toBe(false);
    expect(p8.checks.find((c) => c.what.startsWith('ingest-gateway'))!.met).toBe(true);
    expect(p8.checks.some((c) => c.what.startsWith('compactor'))).toBe(false);
    expect(p8.met).toBe(false);
  });
});
