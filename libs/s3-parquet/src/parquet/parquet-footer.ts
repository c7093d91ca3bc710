import { open } from 'node:fs/promises';

const MAGIC = Buffer.from('PAR1');

// A Thrift compact string: its length as a varint (one byte below 128), then its bytes.
function thriftString(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length >= 128) throw new Error(`column name too long to rename in place: ${text}`);
  return Buffer.concat([Buffer.from([bytes.length]), bytes]);
}

function replaceAll(footer: Buffer, from: Buffer, to: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (let hit = footer.indexOf(from); hit !== -1; hit = footer.indexOf(from, at)) {
    parts.push(footer.subarray(at, hit), to);
    at = hit + from.length;
  }
  parts.push(footer.subarray(at));
  return Buffer.concat(parts);
}

/**
 * Renames columns of a Parquet file in its footer, in place. DuckDB matches identifiers
 * case-insensitively, so of the enriched schema's `visatype` (the SAS field) and `visaType` (its
 * decoded name) it writes the second as `visaType_1`. The names live only in the footer (the
 * schema and each chunk's path): the pages, and every offset into them, stay as they are.
 */
export async function renameParquetColumns(path: string, renames: ReadonlyMap<string, string>): Promise<void> {
  if (renames.size === 0) return;
  const file = await open(path, 'r+');
  try {
    const { size } = await file.stat();
    const tail = Buffer.alloc(8);
    await file.read(tail, 0, 8, size - 8);
    if (!tail.subarray(4).equals(MAGIC)) throw new Error(`${path} is not a Parquet file`);
    const length = tail.readUInt32LE(0);
    const start = size - 8 - length;
    let footer: Buffer = Buffer.alloc(length);
    await file.read(footer, 0, length, start);
    for (const [from, to] of renames) footer = replaceAll(footer, thriftString(from), thriftString(to));
    const newTail = Buffer.alloc(8);
    newTail.writeUInt32LE(footer.length, 0);
    MAGIC.copy(newTail, 4);
    await file.truncate(start);
    await file.write(Buffer.concat([footer, newTail]), 0, footer.length + 8, start);
  } finally {
    await file.close();
  }
}

/**
 * The renames that give DuckDB's column names back their schema spelling: `visaType_1` becomes
 * `visaType` when the schema has `visaType` and DuckDB wrote no column by that name.
 */
export function schemaRenames(written: readonly string[], wanted: readonly string[]): Map<string, string> {
  const renames = new Map<string, string>();
  const present = new Set(written);
  for (const name of written) {
    if (wanted.includes(name)) continue;
    const base = /^(.*)_\d+$/.exec(name)?.[1];
    const target = base === undefined ? undefined : wanted.find((w) => w.toLowerCase() === base.toLowerCase() && !present.has(w) && ![...renames.values()].includes(w));
    if (target) renames.set(name, target);
  }
  return renames;
}
