import { createHash } from 'node:crypto';
import { type AggregationRow } from './arrival-facts';
import { LatestByCicid } from './dedupe-latest';
import { type AggregationLookups, joinDimensions, type StateDimensionFacts } from './join-dimensions';
import { StateMonthAggregator, type StateMonthFigures } from './state-month-aggregator';

/** One input file of a run and the Kafka offsets it covers. */
export interface LineageEntry {
  objectKey: string;
  partition: number;
  startOffset: number;
  /** Inclusive. */
  endOffset: number;
  rows: number;
}

/** A record of i94.agg.state-month.v1 (schemas/i94.agg.state-month.v1.avsc), key `state|month`. */
export interface StateMonthAggregate extends StateMonthFigures, StateDimensionFacts {
  /** Rows read that carried this state and month, duplicates included: `inputRows - arrivals` were dropped. */
  inputRows: number;
  /** Milliseconds since the epoch. */
  computedAt: number;
  /** Hash of every other field but `computedAt`: unchanged input and dimensions give the same version. */
  version: string;
  /** The run's input files, sorted by object key, partition and start offset. */
  lineage: LineageEntry[];
}

/** What a run adds to every aggregate. */
export interface AggregationRun {
  /** Milliseconds since the epoch. */
  computedAt: number;
  lineage: readonly LineageEntry[];
}

/** Hex digits of the SHA-256 kept as the version: 64 bits. */
const VERSION_LENGTH = 16;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Object keys sorted at every level, so the hash does not depend on how the object was built.
const sortedKeys = (_key: string, value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => compareText(a, b)))
    : value;

/** An aggregate with or without its `computedAt` and `version`. */
type VersionedContent = Omit<StateMonthAggregate, 'version' | 'computedAt'> & Partial<Pick<StateMonthAggregate, 'version' | 'computedAt'>>;

/** The version of an aggregate: the first 16 hex digits of the SHA-256 of its figures (not computedAt, inputRows or lineage). */
export function aggregateVersion(aggregate: VersionedContent): string {
  // The answer, not how it was computed: re-reading the same arrivals (a replay, the same feed
  // pushed twice) gives the same version even though inputRows and lineage grow.
  const { computedAt: _computedAt, version: _version, inputRows: _inputRows, lineage: _lineage, ...content } = aggregate;
  return createHash('sha256').update(JSON.stringify(content, sortedKeys), 'utf8').digest('hex').slice(0, VERSION_LENGTH);
}

const sortedLineage = (lineage: readonly LineageEntry[]): LineageEntry[] =>
  [...lineage].sort((a, b) => compareText(a.objectKey, b.objectKey) || a.partition - b.partition || a.startOffset - b.startOffset);

const compareGroups = (a: StateMonthFigures, b: StateMonthFigures) => compareText(a.month, b.month) || compareText(a.state, b.state);

/**
 * Completes figures computed elsewhere (here in JS, or in SQL by the compactor) into aggregates:
 * the state dimensions joined, inputRows, the run's lineage and the version hash; sorted by month,
 * then state. One home for what an aggregate carries, whichever engine counted it.
 */
export function assembleAggregates(
  figures: readonly StateMonthFigures[],
  inputRows: (state: string, month: string) => number,
  lookups: AggregationLookups,
  run: AggregationRun,
): StateMonthAggregate[] {
  const lineage = sortedLineage(run.lineage);
  return [...figures].sort(compareGroups).map((f) => {
    const content = { ...joinDimensions(f, lookups), inputRows: inputRows(f.state, f.month), lineage: lineage.map((entry) => ({ ...entry })) };
    return { ...content, computedAt: run.computedAt, version: aggregateVersion(content) };
  });
}

/** The aggregates of the arrivals a deduplicator kept, joined with the state dimensions; sorted by month, then state. */
export function aggregateLatest(latest: LatestByCicid, lookups: AggregationLookups, run: AggregationRun): StateMonthAggregate[] {
  const aggregator = new StateMonthAggregator();
  for (const facts of latest.facts()) aggregator.add(facts);
  return assembleAggregates(aggregator.figures(), (state, month) => latest.rowsReadFor(state, month), lookups, run);
}

/**
 * The state/month aggregates of enriched arrivals read back with their Kafka positions: each cicid
 * counted once (its highest offset), in any input order, with the same output and versions.
 */
export function stateMonthAggregates(rows: Iterable<AggregationRow>, lookups: AggregationLookups, run: AggregationRun): StateMonthAggregate[] {
  const latest = new LatestByCicid();
  for (const row of rows) latest.add(row);
  return aggregateLatest(latest, lookups, run);
}
