import { type DimensionEntry, type DimensionName, type DimensionRecords } from '@i94/dimensions';

export { referenceEntries } from '@i94/testing';

/** A record as it reads back from its topic: climate months carry no observation count. */
export function asPublished<D extends DimensionName>(record: DimensionRecords[D]): DimensionRecords[D] {
  if (!('months' in record)) return record;
  return { ...record, months: record.months.map((m) => ({ ...m, observations: 0 })) };
}

/** The same entries with one record changed. */
export function withChangedRecord(entries: readonly DimensionEntry[], dimension: DimensionName, code: string, change: Record<string, unknown>): DimensionEntry[] {
  return entries.map((e) => (e.dimension === dimension && e.code === code ? { ...e, record: { ...e.record, ...change } as DimensionEntry['record'] } : e));
}
