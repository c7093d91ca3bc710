import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ROLLED_FILE_COLUMNS, type RollFile, type RollManifest, rollManifestKey, rollupObjectKey, renameParquetColumns, schemaRenames } from '@i94/s3-parquet';
import { type StageContext } from '../stages/stage-run';

/** A roll written locally as well as to S3, so copies of it can be made without downloading it. */
export interface LocalRoll {
  partition: number;
  startOffset: number;
  endOffset: number;
  rows: number;
  ingestHour: string;
  files: { path: string; month: string; rows: number }[];
}

const TIMESTAMPS = ROLLED_FILE_COLUMNS.filter((c) => c.kind === 'timestamp').map((c) => c.name);

/**
 * Writes `copies - 1` more copies of every roll, each a batch of new arrivals: cicid moved on by
 * `cicidStride` and the offsets by `offsetStride` per copy, every other value as it was. A month
 * of tens of millions of rows in minutes, where generating and enriching each row in JS would
 * take most of an hour. DuckDB writes them with the rolls' columns (timestamps in milliseconds,
 * visaType's spelling restored in the footer).
 */
export async function replicateRolls(ctx: StageContext, rolls: readonly LocalRoll[], copies: number, cicidStride: number, offsetStride: number, dir: string): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '512MB' });
  const con = await instance.connect();
  let files = 0;
  try {
    for (let k = 1; k < copies; k++) {
      for (const roll of rolls) {
        const position = { topic: ctx.ns.topics.enriched, partition: roll.partition, startOffset: roll.startOffset + k * offsetStride };
        const written: RollFile[] = [];
        for (const f of roll.files) {
          const out = join(dir, `copy-${k}-${files++}.parquet`);
          const replaced = [`cicid + ${k * cicidStride} AS cicid`, `kafkaOffset + ${k * offsetStride} AS kafkaOffset`, ...TIMESTAMPS.map((t) => `"${t}"::TIMESTAMP_MS AS "${t}"`)];
          await con.run(`COPY (SELECT * REPLACE (${replaced.join(', ')}) FROM read_parquet('${f.path}')) TO '${out}' (FORMAT parquet, COMPRESSION snappy)`);
          const names = (await con.runAndReadAll(`SELECT name FROM parquet_schema('${out}') WHERE name <> 'duckdb_schema'`)).getRowObjectsJson().map((r) => String(r.name));
          await renameParquetColumns(out, schemaRenames(names, ROLLED_FILE_COLUMNS.map((c) => c.name)));
          const key = rollupObjectKey(position, roll.ingestHour, f.month);
          await ctx.ns.store.upload(key, out, 'application/vnd.apache.parquet');
          rmSync(out);
          written.push({ key, arrivalMonth: f.month, rows: f.rows, minArrivalDate: null, maxArrivalDate: null });
        }
        const manifest: RollManifest = {
          ...position, endOffset: roll.endOffset + k * offsetStride, ingestHour: roll.ingestHour, rows: roll.rows, schemaId: null, files: written, committedAt: new Date().toISOString(),
        };
        await ctx.ns.store.put(rollManifestKey(position), JSON.stringify(manifest, null, 2), 'application/json');
      }
    }
  } finally {
    con.closeSync();
    instance.closeSync();
  }
  return files;
}
