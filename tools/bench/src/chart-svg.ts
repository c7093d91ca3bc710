import { type BenchResults, type StageResult } from './bench-results';
import { spread } from './stats';
import { formatNumber } from './report-markdown';

/** One bar of a panel: a measure's median, with its min–max as a whisker. */
interface Bar {
  label: string;
  median: number;
  min: number;
  max: number;
  ours: boolean;
}

/** One panel: a stage, its bars, and the target line. */
export interface Panel {
  title: string;
  unit: string;
  bars: Bar[];
  target: number | null;
}

/** Absolute targets drawn as a line in each stage's panel (issue 8). */
const TARGETS: Partial<Record<string, number>> = { ingest: 60_000, enrich: 40_000, cassandra: 12_000, parquet: 75_000, compact: 5, pipeline: 10_000 };
const TITLES: Partial<Record<string, string>> = {
  ingest: 'P1 ingest', enrich: 'P2 enrich', cassandra: 'P3 Cassandra sink', parquet: 'P4 Parquet rollup', compact: 'P5 compaction (lower is better)', pipeline: 'P6 whole pipeline',
};

function barOf(label: string, values: number[], ours: boolean): Bar | null {
  const s = spread(values);
  return s ? { label, ...s, ours } : null;
}

const point = (label: string, value: number): Bar => ({ label, median: value, min: value, max: value, ours: true });

/** P7's two hops, p50 and p99 each, against their p99 targets. */
function latencyPanels(results: BenchResults): Panel[] {
  const l = results.latency;
  if (!l) return [];
  return [
    { title: 'P7 latency to enriched topic', unit: 'ms', target: 50, bars: [point('p50', l.toEnriched.p50), point('p99', l.toEnriched.p99)] },
    { title: 'P7 latency to Cassandra row', unit: 'ms', target: 150, bars: [point('p50', l.toCassandra.p50), point('p99', l.toCassandra.p99)] },
  ];
}

/** The panels of a run: one per throughput stage that was measured, then latency. */
export function chartPanels(results: BenchResults): Panel[] {
  return [...stagePanels(results), ...latencyPanels(results)];
}

function stagePanels(results: BenchResults): Panel[] {
  return results.stages
    .filter((s: StageResult) => TITLES[s.stage] !== undefined)
    .map((s) => ({
      title: TITLES[s.stage]!,
      unit: s.measure.unit,
      target: TARGETS[s.stage] ?? null,
      bars: [barOf(s.measure.name, s.measure.values, true), ...s.references.map((r) => barOf(r.name, r.values, false))].filter((b): b is Bar => b !== null),
    }));
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const PANEL_W = 400;
const BAR_H = 26;
const LABEL_W = 120;

function panelSvg(panel: Panel, x: number, y: number, height: number): string {
  const plotW = PANEL_W - LABEL_W - 70;
  const scaleMax = Math.max(panel.target ?? 0, ...panel.bars.map((b) => b.max)) * 1.1 || 1;
  const px = (v: number) => x + LABEL_W + (v / scaleMax) * plotW;
  const parts = [
    `<rect x="${x}" y="${y}" width="${PANEL_W - 10}" height="${height - 10}" fill="#fafafa" stroke="#ddd"/>`,
    `<text x="${x + 10}" y="${y + 22}" font-size="15" font-weight="bold">${esc(panel.title)}</text>`,
    `<text x="${x + PANEL_W - 20}" y="${y + 22}" font-size="12" text-anchor="end" fill="#666">${esc(panel.unit)}</text>`,
  ];
  panel.bars.forEach((b, i) => {
    const by = y + 40 + i * (BAR_H + 10);
    parts.push(
      `<text x="${x + LABEL_W - 6}" y="${by + 17}" font-size="12" text-anchor="end">${esc(b.label)}</text>`,
      `<rect x="${px(0)}" y="${by}" width="${Math.max(1, px(b.median) - px(0))}" height="${BAR_H}" fill="${b.ours ? '#2b6cb0' : '#a0aec0'}"/>`,
      `<line x1="${px(b.min)}" x2="${px(b.max)}" y1="${by + BAR_H / 2}" y2="${by + BAR_H / 2}" stroke="#222" stroke-width="1.5"/>`,
      `<text x="${px(Math.max(b.median, b.max)) + 4}" y="${by + 17}" font-size="11">${esc(formatNumber(b.median))}</text>`,
    );
  });
  if (panel.target !== null) {
    const tx = px(panel.target);
    parts.push(
      `<line x1="${tx}" x2="${tx}" y1="${y + 32}" y2="${y + height - 24}" stroke="#c53030" stroke-width="2" stroke-dasharray="5,3"/>`,
      `<text x="${tx}" y="${y + height - 13}" font-size="11" text-anchor="middle" fill="#c53030">target ${esc(formatNumber(panel.target))}</text>`,
    );
  }
  return parts.join('\n');
}

/** An SVG of every panel, three per row, with a one-line caption. */
export function chartSvg(panels: Panel[], caption: string): { svg: string; width: number; height: number } {
  const columns = 3;
  const panelH = 60 + Math.max(1, ...panels.map((p) => p.bars.length)) * (BAR_H + 10) + 20;
  const rows = Math.max(1, Math.ceil(panels.length / columns));
  const width = columns * PANEL_W + 10;
  const height = rows * panelH + 40;
  const body = panels.map((p, i) => panelSvg(p, 10 + (i % columns) * PANEL_W, 10 + Math.floor(i / columns) * panelH, panelH)).join('\n');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    body,
    `<text x="10" y="${height - 14}" font-size="12" fill="#444">${esc(caption)}</text>`,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
