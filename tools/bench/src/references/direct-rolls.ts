import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toRawArrival } from '@i94/avro';
import { loadDimensionCache, referenceDimensionEntries } from '@i94/dimensions';
import { type EnrichedArrivalLike, enrichArrival } from '@i94/domain';
import {
  encodeParquet, ingestHourOf, ROLLED_FILE_COLUMNS, type RollFile, type RollManifest, rollManifestKey, rollupObjectKey,
} from '@i94/s3-parquet';
import { findUp, readReferenceFiles } from '@i94/command-line';
import { generateRecords, learnFromSample, SAMPLE_RELATIVE_PATH } from '@i94/sample-data';
import { type StageContext } from '../stages/stage-run';
import { type LocalRoll, replicateRolls } from './replicate-rolls';

/** A month written straight to S3 as parquet-rollup would have rolled it (same keys, columns and manifests). */
export interface DirectRollsRequest {
  records: number;
  seed: number;
  /** cicid of the first record: a later batch starts past the earlier one's, so its arrivals are new. */
  firstCicid: number;
  /** Kafka offset of the first record on each partition: a later batch continues the partitions. */
  firstOffset: number;
  partitions: number;
  /** Rows per roll of one partition (parquet-rollup's ROLL_MAX_ROWS). */
  rowsPerRoll: number;
  /**
   * Generate records / copies arrivals, then write that many copies of them as further arrivals
   * (new cicids and offsets): tens of millions of rows without enriching each in JS.
   */
  copies?: number;
}

type Row = EnrichedArrivalLike & { kafkaPartition: number; kafkaOffset: number };

/** The rows of one partition's roll, as objects (one per arrival month) and a manifest entry. */
async function commitRoll(ctx: StageContext, topic: string, partition: number, rows: readonly Row[], localDir: string | null): Promise<LocalRoll> {
  const startOffset = rows[0].kafkaOffset;
  const position = { topic, partition, startOffset };
  const ingestHour = ingestHourOf(Date.now());
  const byMonth = new Map<string, Row[]>();
  for (const r of rows) {
    const month = r.arrivalMonth ?? 'unknown';
    if (!byMonth.has(month)) byMonth.set(month, []);
    byMonth.get(month)!.push(r);
  }
  const files: RollFile[] = [];
  const local: LocalRoll['files'] = [];
  for (const [month, monthRows] of byMonth) {
    const key = rollupObjectKey(position, ingestHour, month);
    const bytes = await encodeParquet(ROLLED_FILE_COLUMNS, monthRows as never);
    await ctx.ns.store.put(key, bytes, 'application/vnd.apache.parquet');
    files.push({ key, arrivalMonth: month, rows: monthRows.length, minArrivalDate: null, maxArrivalDate: null });
    if (localDir) {
      const path = join(localDir, `${partition}-${startOffset}-${month}.parquet`);
      writeFileSync(path, bytes);
      local.push({ path, month, rows: monthRows.length });
    }
  }
  const manifest: RollManifest = {
    topic, partition, startOffset, endOffset: rows[rows.length - 1].kafkaOffset, ingestHour, rows: rows.length, schemaId: null, files, committedAt: new Date().toISOString(),
  };
  await ctx.ns.store.put(rollManifestKey(position), JSON.stringify(manifest, null, 2), 'application/json');
  return { partition, startOffset, endOffset: manifest.endOffset, rows: rows.length, ingestHour, files: local.length ? local : files.map((f) => ({ path: '', month: f.arrivalMonth, rows: f.rows })) };
}

/**
 * Generates `records` arrivals of the month (i94 generate's model), enriches them with the
 * reference dimensions and writes them as rolled-up files and roll manifests, bypassing the
 * gateway, the enricher and parquet-rollup: a month of tens of millions of records in minutes.
 */
export async function writeDirectRolls(ctx: StageContext, request: DirectRollsRequest): Promise<{ rows: number; files: number; ms: number; nextOffset: number }> {
  const started = Date.now();
  const model = await learnFromSample(findUp(SAMPLE_RELATIVE_PATH)!);
  const dimensions = loadDimensionCache(referenceDimensionEntries(readReferenceFiles(findUp('data/reference')!)));
  const topic = ctx.ns.topics.enriched;
  const copies = request.copies ?? 1;
  const base = Math.ceil(request.records / copies);
  const localDir = copies > 1 ? mkdtempSync(join(tmpdir(), 'i94-bench-rolls-')) : null;
  const open: Row[][] = Array.from({ length: request.partitions }, () => []);
  const rolls: LocalRoll[] = [];
  let i = 0;
  try {
    for (const record of generateRecords(model, { count: base, month: ctx.month, seed: request.seed, firstCicid: request.firstCicid })) {
      const partition = i % request.partitions;
      const raw = toRawArrival(record, { batchId: 'bench-direct', feedDate: `${ctx.month}-28`, sourceFile: 'generated', sourceLine: i + 1, qualityFlags: [] }, started);
      const row = enrichArrival(raw as never, dimensions, started) as Row;
      row.kafkaPartition = partition;
      row.kafkaOffset = request.firstOffset + Math.floor(i / request.partitions);
      open[partition].push(row);
      if (open[partition].length >= request.rowsPerRoll) rolls.push(await commitRoll(ctx, topic, partition, open[partition].splice(0), localDir));
      i++;
    }
    for (const [partition, rows] of open.entries()) if (rows.length > 0) rolls.push(await commitRoll(ctx, topic, partition, rows, localDir));
    let files = rolls.reduce((n, r) => n + r.files.length, 0);
    if (localDir) files += await replicateRolls(ctx, rolls, copies, base, Math.ceil(base / request.partitions), localDir);
    const ms = Date.now() - started;
    ctx.log(`direct rolls: ${(i * copies).toLocaleString('en-US')} records of ${ctx.month} (${i.toLocaleString('en-US')} generated, ${copies} copies) in ${files} files in ${(ms / 1000).toFixed(1)} s`);
    return { rows: i * copies, files, ms, nextOffset: request.firstOffset + copies * Math.ceil(base / request.partitions) };
  } finally {
    if (localDir) rmSync(localDir, { recursive: true, force: true });
  }
}
