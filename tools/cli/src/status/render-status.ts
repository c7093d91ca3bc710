import { textTable } from '../cli/text-table';
import { type PipelineStatus, type Section } from './gather-status';

const time = (iso: string | number | null) => (iso === null ? null : new Date(iso).toISOString().replace('T', ' ').slice(0, 19));

function part<T>(title: string, s: Section<T>, body: (value: T) => string): string {
  return `${title}\n${s.ok ? body(s.value) : `  unavailable: ${s.error}`}\n`;
}

const indent = (text: string) => text.replace(/^/gm, '  ');

// A table of the items, or a line saying there are none.
const tableOf = <T>(items: readonly T[], none: string, header: string[], row: (item: T) => (string | number | null)[]) =>
  items.length === 0 ? `  ${none}` : indent(textTable(header, items.map(row)));

/** The status as tables for a terminal, one part per section. */
export function renderStatus(s: PipelineStatus): string {
  const parts = [
    `i94 status at ${time(s.at)} UTC, namespace ${s.namespace === '' ? '(none)' : s.namespace}\n`,
    `services\n${indent(textTable(['service', 'health', 'ready', 'url', 'detail'], s.services.map((v) => [v.service, v.health, v.ready === null ? null : v.ready ? 'ready' : 'NOT READY', v.url, v.detail])))}\n`,
    part('consumer lag', s.lag, (groups) =>
      indent(textTable(['group', 'topic', 'lag', 'partitions (partition:committed/high)'], groups.map((g) => [g.group, g.topic, g.lag, g.partitions.map((p) => `${p.partition}:${p.committed < 0 ? '-' : p.committed}/${p.high}`).join(' ')]))),
    ),
    part('dead letters', s.deadLetters, (d) =>
      d.total === 0 ? '  none' : `${tableOf(d.groups, 'none', ['reason', 'service', 'field', 'count'], (g) => [g.reason, g.service, g.field, g.count])}\n  total ${d.total}`,
    ),
    part('dimensions', s.dimensions, (dims) =>
      indent(textTable(['dimension', 'records', 'latest version', 'versions on topic'], dims.map((d) => [d.dimension, d.records, d.latest, Object.keys(d.versions).length]))),
    ),
    part('months (S3)', s.months, (months) =>
      tableOf(months, 'no rolled-up files yet', ['month', 'roll files', 'rolled rows', 'last rollup', 'version', 'last compaction', 'arrivals', 'pending files'], (m) => [
        m.month, m.rollFiles, m.rolledRows, time(m.lastRollupAt), m.compactedVersion, time(m.lastCompactionAt), m.compactedRows, m.pendingFiles,
      ]),
    ),
    part('recent feeds (batch totals against completion markers)', s.feeds, (feeds) =>
      tableOf(feeds, 'no feeds yet', ['feed date', 'batches', 'accepted', 'rejected', 'expected', 'completed', 'state', 'late batches'], (f) => [
        f.feedDate, f.batches, f.accepted, f.rejected, f.expected, time(f.completedAt), f.state, f.batchesAfterCompletion,
      ]),
    ),
  ];
  if (s.reconciliation) {
    parts.push(
      part('months reconciled at every stage', s.reconciliation, (rows) =>
        tableOf(rows, 'no months', ['month', 'accepted', 'rejected', 'raw', 'cassandra', 'parquet', 'aggregated', 'ok'], (r) => [
          r.month, r.accepted, r.rejected, r.raw, r.cassandra, r.parquet, r.aggregated, r.ok ? 'ok' : 'DIFFERENT',
        ]),
      ),
    );
  }
  return parts.join('\n');
}
