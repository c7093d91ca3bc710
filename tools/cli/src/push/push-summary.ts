import { type PushReport } from './push-report';

const n = (value: number) => value.toLocaleString('en-US');

/** Human-readable outcome for stdout. */
export function pushSummary(report: PushReport, gateway: string): string {
  const lines = [
    `pushed ${n(report.files)} file(s) to ${gateway}: ${n(report.records)} records in ${n(report.batches.length)} acknowledged batch(es), ` +
      `${n(report.accepted)} accepted, ${n(report.rejected)} rejected`,
  ];
  if (report.completed.length > 0) {
    const disagree = report.completed.filter((c) => !c.countsAgree).length;
    lines.push(`completed ${n(report.completed.length)} feed(s)${disagree === 0 ? ', all counts agree' : `, ${n(disagree)} with counts that disagree`}`);
  }
  if (report.fatal) lines.push(`stopped early, as every later batch would fail the same way: ${report.fatal}`);
  if (!report.ok) lines.push(`${n(report.failures.length)} failure(s); exit code 1`);
  return `${lines.join('\n')}\n`;
}

const SHOWN_REJECTIONS = 20;

/** Rejections, failures and count disagreements, for stderr. */
export function pushProblems(report: PushReport): string {
  const lines: string[] = [];
  for (const r of report.rejections.slice(0, SHOWN_REJECTIONS)) lines.push(`rejected ${r.file}:${r.line} ${r.field ?? '-'} ${r.reason}: ${r.message}`);
  const more = report.rejected - Math.min(report.rejections.length, SHOWN_REJECTIONS);
  if (more > 0) lines.push(`... and ${n(more)} more rejected record(s) (--json lists up to ${n(report.rejections.length)})`);
  for (const c of report.completed.filter((x) => !x.countsAgree)) {
    lines.push(`warning: feed ${c.feedDate}: sent ${n(c.expectedCount)}, gateway counted ${n(c.accepted)} accepted + ${n(c.rejected)} rejected`);
  }
  for (const f of report.failures) {
    const where = [f.file && (f.firstLine === undefined ? f.file : `${f.file}:${f.firstLine}`), f.feedDate].filter(Boolean).join(' ');
    lines.push(`failed (${f.stage}) ${where}${f.records === undefined ? '' : ` (${n(f.records)} records)`}: ${f.error}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
