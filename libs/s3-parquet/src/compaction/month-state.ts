import { type ObjectStore } from '../s3/object-store';
import { rollFilesByMonth } from '../rollup/roll-files';
import { type MonthPointer, monthPointerKey, type MonthVersion } from './month-manifest';

/** The month's live compacted version (through its pointer), or null when it was never compacted. */
export async function readMonthVersion(store: ObjectStore, month: string): Promise<MonthVersion | null> {
  const pointer = await store.get(monthPointerKey(month));
  if (!pointer) return null;
  const { manifestKey } = JSON.parse(pointer.toString()) as MonthPointer;
  const version = await store.get(manifestKey);
  if (!version) throw new Error(`month ${month} points at ${manifestKey}, which is missing`);
  return JSON.parse(version.toString()) as MonthVersion;
}

/** The months that have rolled-up files their live version has not merged yet, sorted. */
export async function monthsWithNewFiles(store: ObjectStore): Promise<string[]> {
  const dirty: string[] = [];
  for (const [month, inputs] of await rollFilesByMonth(store)) {
    const known = new Set((await readMonthVersion(store, month))?.inputs.map((i) => i.key));
    if (inputs.some((i) => !known.has(i.key))) dirty.push(month);
  }
  return dirty.sort();
}
