// Test-only helpers: read the real sample and build streams. Never imported from src code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { type I94RawRecord } from '../src/i94-raw-record';
import { parseRecords } from '../src/readers/parse-records';
import { type ReaderRow } from '../src/readers/reader-row';

/** The 1,000-row April 2016 Udacity sample. */
export const SAMPLE_CSV_PATH = resolve(__dirname, '../../../data/sample/immigration_data_sample.csv');

/** The sample's lines as text, header first, without terminators (the file is CRLF). */
export function sampleLines(): string[] {
  return readFileSync(SAMPLE_CSV_PATH, 'utf8').split(/\r?\n/).filter((line) => line !== '');
}

/** Drain an async iterable into an array. */
export async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

/** The sample's 1,000 rows, validated into typed records. */
export async function sampleRecords(): Promise<I94RawRecord[]> {
  const out: I94RawRecord[] = [];
  for await (const parsed of parseRecords(csvRows(readFileSync(SAMPLE_CSV_PATH, 'utf8')))) {
    if (!parsed.outcome.ok) throw new Error(`sample line ${parsed.line} was refused`);
    out.push(parsed.outcome.record);
  }
  return out;
}

/** The state codes of the SAS labels file's i94addrl list (test-only; libs/dimensions owns the real parser). */
export function sasStateCodes(): ReadonlySet<string> {
  const sas = readFileSync(resolve(__dirname, '../../../data/reference/I94_SAS_Labels_Descriptions.SAS'), 'utf8');
  const block = sas.slice(sas.indexOf('value i94addrl'));
  const list = block.slice(0, block.indexOf(';'));
  return new Set([...list.matchAll(/'([A-Z0-9]{2})'\s*=/g)].map((m) => m[1]));
}

/**
 * A CSV text's data rows as the feed readers (@i94/feed-readers) give them: values by lower-case
 * column name, unnamed columns dropped, with their line. Domain tests cannot import that lib
 * (it depends on this one), so they read with csv-parse directly.
 */
export async function* csvRows(text: string): AsyncGenerator<ReaderRow<Record<string, string>>> {
  const records = parse(text, { relax_column_count: true, skip_empty_lines: true, info: true, bom: true }) as { record: string[]; info: { lines: number } }[];
  const names = (records[0]?.record ?? []).map((name) => name.trim().toLowerCase());
  for (const { record, info } of records.slice(1)) {
    const values: Record<string, string> = {};
    names.forEach((name, i) => {
      if (name !== '') values[name] = record[i];
    });
    yield { line: info.lines, raw: record.join(','), values };
  }
}

/** An NDJSON text's objects as readers give them, one per non-blank line (test-only, see csvRows). */
export async function* ndjsonRows(text: string): AsyncGenerator<ReaderRow<Record<string, unknown>>> {
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) if (line.trim() !== '') yield { line: i + 1, raw: line, values: JSON.parse(line) as Record<string, unknown> };
}
