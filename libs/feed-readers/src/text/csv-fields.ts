import { parse } from 'csv-parse/sync';

/**
 * The fields of one CSV record given as text (RFC 4180, by csv-parse), or null when it is not
 * exactly one well-formed record. For single values such as a dead letter's payload; streams
 * of records go through readCsvRecords.
 */
export function csvFields(text: string): string[] | null {
  try {
    const records = parse(text, { relax_column_count: true, record_delimiter: ['\r\n', '\n'], bom: true }) as string[][];
    return records.length === 1 ? records[0] : null;
  } catch {
    return null;
  }
}
