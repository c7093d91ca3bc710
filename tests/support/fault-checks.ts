import { LOCAL_DEV_KEYS } from '@i94/auth';
import { type Reconciliation } from '@i94/domain';
import { ObjectStore, parseRollManifest, readMonthVersion, ROLL_MANIFEST_PREFIX, type RollManifest } from '@i94/s3-parquet';
import { stackEndpoints } from '@i94/testing';
import { faultScale } from './fault-scale';
import { type Pipeline } from './pipeline';

/** A scenario's timeline: `[faults] <seconds>s <what>` lines on stderr as they happen, and on stdout at the end. */
export class FaultLog {
  private readonly started = Date.now();
  private readonly lines: string[] = [];

  note(line: string): void {
    const stamped = `${((Date.now() - this.started) / 1000).toFixed(1).padStart(6)}s  ${line}`;
    this.lines.push(stamped);
    process.stderr.write(`[faults] ${stamped}\n`);
  }

  print(title: string): void {
    process.stdout.write(`[faults] ${title}\n${this.lines.map((l) => `[faults] ${l}`).join('\n')}\n`);
  }
}

/** What the committed rolls hold, and whether any row or object is there twice. */
export interface RollAudit {
  manifests: number;
  rows: number;
  /** Rolls of one partition whose offset ranges overlap: the same records rolled twice. */
  overlaps: string[];
  /** Parquet objects under enriched/ that no manifest lists: an upload no roll committed. */
  unlisted: string[];
}

const overlapsOf = (manifests: RollManifest[]) => {
  const sorted = [...manifests].sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition || a.startOffset - b.startOffset);
  return sorted.flatMap((m, i) => {
    const previous = sorted[i - 1];
    const same = previous && previous.topic === m.topic && previous.partition === m.partition;
    return same && previous.endOffset >= m.startOffset ? [`${m.partition}: ${previous.startOffset}-${previous.endOffset} and ${m.startOffset}-${m.endOffset}`] : [];
  });
};

/** Reads every roll manifest of the bucket and lists its Parquet objects. */
export async function auditRolls(bucket: string): Promise<RollAudit & { compactedRows: number | null }> {
  const store = new ObjectStore({ ...stackEndpoints().s3, bucket, forcePathStyle: true });
  try {
    const manifests = await Promise.all((await store.list(ROLL_MANIFEST_PREFIX)).map(async (k) => parseRollManifest((await store.get(k))!)));
    const listed = new Set(manifests.flatMap((m) => m.files.map((f) => f.key)));
    const unlisted = (await store.list('enriched/')).filter((k) => !listed.has(k));
    const version = await readMonthVersion(store, '2016-04');
    return { manifests: manifests.length, rows: manifests.reduce((n, m) => n + m.rows, 0), overlaps: overlapsOf(manifests), unlisted, compactedRows: version?.rows ?? null };
  } finally {
    store.client.destroy();
  }
}

/** Every stage's count once the pipeline has settled. */
export interface SettledCounts {
  reconcile: Reconciliation;
  rolls: RollAudit & { compactedRows: number | null };
  /** Arrivals of 2016-04 over every state, as query-api serves them. */
  servedArrivals: number;
}

/** Waits until every stage has caught up (`i94 wait`), then counts 2016-04 at every stage. */
export async function settledCounts(pipeline: Pipeline, log: FaultLog): Promise<SettledCounts> {
  const wait = await pipeline.cli(['wait', '--timeout', String(faultScale.settleSeconds)], (faultScale.settleSeconds + 60) * 1000);
  if (wait.code !== 0) throw new Error(`i94 wait exited ${wait.code}: ${wait.stderr.slice(-800)}\nwarnings and errors in the service logs (${pipeline.logDir}):\n${pipeline.warnings(8, wait.stderr)}`);
  log.note('i94 wait: caught up');
  const reconcile = await pipeline.reconcile('2016-04');
  log.note(`reconcile ${JSON.stringify(reconcile)}`);
  const rolls = await auditRolls(pipeline.bucket);
  const res = await fetch(`${pipeline.url('query-api')}/v1/aggregates/state-month?month=2016-04`, { headers: { 'x-api-key': LOCAL_DEV_KEYS.reader } });
  const servedArrivals = ((await res.json()) as { arrivals: number }[]).reduce((n, a) => n + a.arrivals, 0);
  log.note(
    `rolls: ${rolls.manifests} manifests with ${rolls.rows} rows, ${rolls.overlaps.length} overlapping, ${rolls.unlisted.length} unlisted objects; ` +
      `compacted month rows ${rolls.compactedRows}; query-api arrivals ${servedArrivals}`,
  );
  return { reconcile, rolls, servedArrivals };
}

/**
 * Exactly once at every stage: `records` distinct arrivals in Cassandra, Parquet, the compacted
 * month and the aggregates, and each of the raw topic's `copies` (read_committed; more than
 * `records` only when a record was pushed in two requests that both succeeded: a request the
 * gateway answered with an error was aborted, so the CLI's resend wrote the only copy) in exactly
 * one roll, with no Parquet object outside the committed rolls.
 */
export function expectExactlyOnce(counts: SettledCounts, records: number, copies = records): void {
  expect(counts.reconcile).toMatchObject({ raw: records, cassandra: records, parquet: records, aggregated: records, ok: true });
  expect(counts.reconcile.accepted).toBe(copies);
  expect(counts.rolls).toMatchObject({ rows: copies, overlaps: [], unlisted: [], compactedRows: records });
  expect(counts.servedArrivals).toBe(records);
}
