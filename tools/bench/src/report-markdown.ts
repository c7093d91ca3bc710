import { type BenchResults, type Measured, type StageResult } from './bench-results';
import { type Check, peakRssByProcess, stageRatio, type Verdict, verdicts } from './targets';
import { spread } from './stats';

/** The first reference of each stage: the one its ratio is taken against. */
const RATIO_REFERENCE: Partial<Record<string, string>> = { ingest: 'producer-perf', enrich: 'pass-through', cassandra: 'driver-loop', compact: 'duckdb' };

const STAGE_TITLES: Record<string, string> = {
  ingest: 'P1 ingest: `i94 feed push` → gateway → raw topic',
  enrich: 'P2 enricher alone on a raw backlog',
  cassandra: 'P3 raw-sink alone on a raw backlog',
  parquet: 'P4 parquet-rollup alone on an enriched backlog',
  compact: 'P5 compaction of the month',
  pipeline: 'P6 whole pipeline, all services at once',
};

/** Numbers as a reader wants them: thousands separated, one decimal below 100. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(Math.abs(value) >= 10 ? 1 : 2);
}

const yesNo = (met: boolean | null) => (met === null ? 'not measured' : met ? '**yes**' : '**no**');
const checkText = (c: Check) => `${c.what} ${c.comparison} ${formatNumber(c.limit)}: ${formatNumber(c.actual)}`;

function measuredRow(label: string, m: Measured): string {
  const s = spread(m.values);
  return `| ${label} | ${m.unit} | ${formatNumber(s?.median)} | ${formatNumber(s?.min)} | ${formatNumber(s?.max)} |`;
}

function stageRows(stage: StageResult): string[] {
  const ratioRef = RATIO_REFERENCE[stage.stage];
  const ratio = ratioRef ? stageRatio(stage, ratioRef) : null;
  const ratioText = ratio === null ? '' : ` (× ${ratioRef}: ${formatNumber(ratio)})`;
  return [
    measuredRow(`${STAGE_TITLES[stage.stage] ?? stage.stage}${ratioText}`, stage.measure),
    ...stage.references.map((r) => measuredRow(`&nbsp;&nbsp;reference: ${r.name}`, r)),
  ];
}

/** The measures table: every stage and its references, median/min/max over the runs. */
export function measuresTable(results: BenchResults): string {
  const rows = results.stages.flatMap(stageRows);
  return ['| measure | unit | median | min | max |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The targets table: each P-target, what was measured against it, and whether it is met. */
export function targetsTable(list: Verdict[]): string {
  const rows = list.map((v) => `| ${v.id} | ${v.title} | ${v.checks.map(checkText).join('; ')} | ${yesNo(v.met)} |`);
  return ['| target | what | checks (target: measured) | met? |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Peak RSS of every service process over the whole invocation. */
export function memoryTable(results: BenchResults): string {
  const rows = Object.entries(peakRssByProcess(results)).map(([name, mb]) => `| ${name} | ${formatNumber(mb)} |`);
  return ['| process | peak RSS (MiB, VmHWM) |', '| --- | --- |', ...rows].join('\n');
}

function latencySection(results: BenchResults): string {
  const l = results.latency;
  if (!l) return 'Latency was not measured in this run.';
  const row = (hop: string, f: typeof l.toEnriched) => `| ${hop} | ${f.count.toLocaleString('en-US')} | ${formatNumber(f.p50)} | ${formatNumber(f.p99)} | ${formatNumber(f.max)} |`;
  return [
    `${l.sent.toLocaleString('en-US')} records sent at ${l.ratePerSecond.toLocaleString('en-US')} rec/s for ${l.seconds} s.`,
    '',
    '| hop (from the gateway accepting the record) | records | p50 ms | p99 ms | max ms |',
    '| --- | --- | --- | --- | --- |',
    row('visible in the enriched topic (read_committed)', l.toEnriched),
    row('row written in Cassandra (WRITETIME)', l.toCassandra),
  ].join('\n');
}

/** The generated part of docs/benchmarks.md for one invocation. */
export function renderResults(results: BenchResults): string {
  const m = results.machine;
  const notes = results.stages.flatMap((s) => s.notes.map((n) => `- ${s.stage}: ${n}`));
  return [
    `Measured ${results.finishedAt.slice(0, 16).replace('T', ' ')} UTC on ${m.nproc} × ${m.cpu}, ${m.memGiB} GiB RAM, Node ${m.node}, Linux ${m.kernel}, ` +
      `the shared local stack; ${results.runs} run(s) of ${results.records.toLocaleString('en-US')} records from ${results.input}.`,
    '',
    '```bash',
    results.command,
    '```',
    '',
    '![stage throughput against references and targets](benchmarks.png)',
    '',
    '### Targets',
    '',
    targetsTable(verdicts(results)),
    '',
    '### Measures (median, min and max over the runs)',
    '',
    measuresTable(results),
    '',
    '### Memory',
    '',
    memoryTable(results),
    '',
    '### Latency',
    '',
    latencySection(results),
    ...(notes.length ? ['', '### Notes from the run', '', ...notes] : []),
  ].join('\n');
}

export const RESULTS_START = '<!-- i94 bench: results start -->';
export const RESULTS_END = '<!-- i94 bench: results end -->';

/** Replaces the generated section of the document (between the markers), or appends one. */
export function replaceResults(document: string, generated: string): string {
  const block = `${RESULTS_START}\n${generated}\n${RESULTS_END}`;
  const start = document.indexOf(RESULTS_START);
  const end = document.indexOf(RESULTS_END);
  if (start === -1 || end < start) return `${document.trimEnd()}\n\n${block}\n`;
  return `${document.slice(0, start)}${block}${document.slice(end + RESULTS_END.length)}`;
}
