import { type MonthInput } from '../compaction/month-manifest';
import { type ObjectStore } from '../s3/object-store';
import { parseRollManifest } from './roll-manifest';
import { ROLL_MANIFEST_PREFIX } from './rollup-keys';

/** Every rolled-up file, grouped by arrival month, as the roll manifests list them. */
export async function rollFilesByMonth(store: ObjectStore): Promise<Map<string, MonthInput[]>> {
  const months = new Map<string, MonthInput[]>();
  for (const key of await store.list(ROLL_MANIFEST_PREFIX)) {
    const bytes = await store.get(key);
    if (!bytes) continue;
    const roll = parseRollManifest(bytes);
    for (const f of roll.files) {
      const list = months.get(f.arrivalMonth) ?? [];
      list.push({ key: f.key, partition: roll.partition, startOffset: roll.startOffset, endOffset: roll.endOffset, rows: f.rows });
      months.set(f.arrivalMonth, list);
    }
  }
  return months;
}
