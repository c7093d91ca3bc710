import { randomBytes } from 'node:crypto';
import { type ObjectStore } from '@i94/s3-parquet';

/** Where replays are recorded, one object per replay, next to the data they changed. */
export const REPLAY_LEDGER_PREFIX = 'dlq-replays/';

/** One `i94 dlq replay`: what it sent, where it went, and what it left. */
export interface ReplayRecord {
  reason: string;
  at: string;
  mode: 'all' | 'fixed';
  /** The corrected file and its SHA-256, for --fixed. */
  file: string | null;
  fileSha256: string | null;
  /** Gateway batches the replayed records went out in (new batch ids on the raw topic). */
  batchIds: string[];
  /** Records the gateway accepted. */
  replayed: number;
  /** DLQ positions ("partition:offset") those records replace: a later replay skips them. */
  positions: string[];
  /** Records still invalid, not sent. */
  invalid: number;
}

const ledgerKey = (r: ReplayRecord) => `${REPLAY_LEDGER_PREFIX}${r.reason}/${r.at.replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}.json`;

/** Every replay recorded for a reason, oldest first. */
export async function readReplays(store: ObjectStore, reason: string): Promise<ReplayRecord[]> {
  const records: ReplayRecord[] = [];
  for (const key of (await store.list(`${REPLAY_LEDGER_PREFIX}${reason}/`)).sort()) {
    const bytes = await store.get(key);
    if (bytes) records.push(JSON.parse(bytes.toString()) as ReplayRecord);
  }
  return records;
}

/** Records a replay; called only after the gateway acknowledged every batch of it. */
export async function recordReplay(store: ObjectStore, record: ReplayRecord): Promise<string> {
  const key = ledgerKey(record);
  await store.put(key, JSON.stringify(record, null, 2), 'application/json');
  return key;
}
