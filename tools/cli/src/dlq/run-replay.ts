import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Kafka } from 'kafkajs';
import { type AvroSerde } from '@i94/avro';
import { type ReaderRow } from '@i94/domain';
import { readCsv, readNdjson } from '@i94/feed-readers';
import { type TopicNames } from '@i94/kafka';
import { type ObjectStore } from '@i94/s3-parquet';
import { type GatewayClient } from '../push/gateway-client';
import { type DeadLetterEntry, dlqPosition, readDeadLetters } from './read-dead-letters';
import { candidatesFromLetters, candidatesFromRows, ndjsonBody, type NotReplayed, planReplay, type ReplayCandidate } from './replay-plan';
import { readReplays, recordReplay, type ReplayRecord } from './replay-ledger';

export interface ReplayRequest {
  reason: string;
  /** A corrected CSV (with header) or NDJSON file; without it, every dead letter of the reason as it was. */
  fixed?: string;
  /** Send dead letters an earlier replay already replaced, and a file already replayed. */
  again?: boolean;
  feedDate?: string;
  csvHeader?: string[];
}

export interface ReplayDeps {
  kafka: Kafka;
  serde: AvroSerde;
  topics: TopicNames;
  store: ObjectStore;
  gateway: GatewayClient;
}

/** What a replay did. */
export interface ReplayReport {
  reason: string;
  mode: 'all' | 'fixed';
  /** Dead letters of the reason on the topic, and those no replay had replaced before this one. */
  deadLetters: number;
  pendingBefore: number;
  replayed: number;
  batchIds: string[];
  alreadyReplayed: number;
  /** Records not sent (still invalid, unreadable, or refused by the gateway), one entry per problem. */
  invalid: NotReplayed[];
  ledgerKey: string | null;
}

const BATCH_RECORDS = 5000;

async function readRows(file: string): Promise<ReaderRow<Readonly<Record<string, unknown>>>[]> {
  const text = await readFile(file);
  const rows: ReaderRow<Readonly<Record<string, unknown>>>[] = [];
  for await (const row of /\.csv$/i.test(file) ? readCsv([text]) : readNdjson([text])) rows.push(row);
  return rows;
}

// Sends one feed date's records in gateway batches; returns the accepted candidates and the batch ids.
async function send(gateway: GatewayClient, reason: string, feedDate: string, candidates: readonly ReplayCandidate[], invalid: NotReplayed[]) {
  const accepted: ReplayCandidate[] = [];
  const batchIds: string[] = [];
  for (let i = 0; i < candidates.length; i += BATCH_RECORDS) {
    const chunk = candidates.slice(i, i + BATCH_RECORDS);
    const body = Buffer.from(ndjsonBody(chunk));
    const sourceLines = chunk.map((_, n) => n + 1);
    const result = await gateway.postRecords({ file: `dlq-replay-${reason}`, feedDate, contentType: 'application/x-ndjson', header: null, body, count: chunk.length, sourceLines });
    if (!result.ok) return { accepted, batchIds, error: `the gateway did not take the ${feedDate} batch: ${result.error}` };
    batchIds.push(result.value.batchId);
    // Pre-validated records are not expected back; any the gateway still refused is in the DLQ again.
    const refused = new Map(result.value.rejections.map((r) => [r.line, r]));
    chunk.forEach((c, n) => {
      const r = refused.get(n + 1);
      if (r) invalid.push({ source: c.source, position: c.position, reason: r.reason, field: r.field ?? null, message: `refused by the gateway (dead-lettered again): ${r.message}` });
      else accepted.push(c);
    });
  }
  return { accepted, batchIds, error: null };
}

// The records offered: the corrected file's rows (refused when that file was replayed before), or every dead letter.
async function offered(request: ReplayRequest, letters: readonly DeadLetterEntry[], replays: readonly ReplayRecord[]) {
  if (!request.fixed) return { read: candidatesFromLetters(letters, request.csvHeader), fileSha256: null };
  const fileSha256 = createHash('sha256').update(await readFile(request.fixed)).digest('hex');
  const earlier = replays.find((r) => r.fileSha256 === fileSha256);
  if (earlier && !request.again) throw new Error(`${request.fixed} was already replayed at ${earlier.at} (batches ${earlier.batchIds.join(', ')}); pass --again to send it again`);
  return { read: candidatesFromRows(await readRows(request.fixed), basename(request.fixed), letters), fileSha256 };
}

/**
 * Re-publishes the dead letters of one reason, as they were (`--all`) or corrected (`--fixed`),
 * through the gateway: the same validation, a new batch id, the raw topic. Records still invalid
 * are reported, not sent. The replay is recorded in S3 with the DLQ positions it replaced, so a
 * second replay of the same dead letters (or of the same file) sends nothing unless `again`.
 */
export async function runReplay(request: ReplayRequest, deps: ReplayDeps): Promise<ReplayReport> {
  const [letters, replays] = await Promise.all([readDeadLetters(deps.kafka, deps.serde, deps.topics.dlq, request.reason), readReplays(deps.store, request.reason)]);
  const replayed = new Set(replays.flatMap((r) => r.positions));
  const { read, fileSha256 } = await offered(request, letters, replays);
  const plan = planReplay(read.candidates, replayed, { again: request.again, feedDate: request.feedDate });
  const invalid = [...read.unreadable, ...plan.invalid];
  const accepted: ReplayCandidate[] = [];
  const batchIds: string[] = [];
  let failure: string | null = null;
  for (const [feedDate, candidates] of [...plan.byFeedDate].sort(([a], [b]) => a.localeCompare(b))) {
    const sent = await send(deps.gateway, request.reason, feedDate, candidates, invalid);
    accepted.push(...sent.accepted);
    batchIds.push(...sent.batchIds);
    if ((failure = sent.error)) break;
  }
  const record: ReplayRecord = {
    reason: request.reason, at: new Date().toISOString(), mode: request.fixed ? 'fixed' : 'all', file: request.fixed ?? null, fileSha256,
    batchIds, replayed: accepted.length, positions: accepted.flatMap((c) => (c.position ? [c.position] : [])), invalid: new Set(invalid.map((i) => i.source)).size,
  };
  // Recorded even when a later batch failed: what the gateway acknowledged must not be sent twice.
  const ledgerKey = accepted.length > 0 ? await recordReplay(deps.store, record) : null;
  if (failure) throw new Error(`${failure} (${accepted.length} records replayed before it, recorded in ${ledgerKey ?? 'no ledger entry'})`);
  return {
    reason: request.reason, mode: record.mode, deadLetters: letters.length, pendingBefore: letters.filter((e) => !replayed.has(dlqPosition(e))).length,
    replayed: accepted.length, batchIds, alreadyReplayed: plan.alreadyReplayed.length, invalid, ledgerKey,
  };
}
