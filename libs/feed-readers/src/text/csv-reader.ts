import { errorRow, REJECTION_REASONS, type ReaderRow, type TextSource } from '@i94/domain';
import { type CsvRecord, type CsvRecordOptions, readCsvRecords } from './csv-records';

/** One CSV data row: column name to raw text. */
export type CsvRow = ReaderRow<Record<string, string>>;

interface CsvHeader {
  names: string[];
  /** Positions of named columns; unnamed ones (the pandas index column) are skipped. */
  keep: number[];
}

type HeaderResult = { ok: true; header: CsvHeader } | { ok: false; message: string };

function parseHeader(record: CsvRecord): HeaderResult {
  if (record.error) return { ok: false, message: `header: ${record.error.message}` };
  // SAS exports often upper-case column names; the I94 field names are lower case.
  const names = record.fields.map((name) => name.trim().toLowerCase());
  const keep = names.flatMap((name, index) => (name === '' ? [] : [index]));
  const named = keep.map((index) => names[index]);
  if (named.length === 0) return { ok: false, message: 'header has no column names' };
  const duplicate = named.find((name, index) => named.indexOf(name) !== index);
  if (duplicate !== undefined) return { ok: false, message: `header repeats column ${duplicate}` };
  // Without a cicid column no row can be keyed: usually a wrong delimiter or a file of another kind.
  if (!named.includes('cicid')) return { ok: false, message: 'header has no cicid column (is the file comma-separated?)' };
  return { ok: true, header: { names, keep } };
}

// Framing errors keep the whole record as raw (it is at most one line); too-long lines only a preview.
function failedRow(record: CsvRecord & { fields: null }): CsvRow {
  const row: CsvRow = { line: record.line, raw: record.raw, values: null, error: record.error };
  return record.bytes ? { ...row, bytes: record.bytes } : row;
}

function toRow(record: CsvRecord, header: CsvHeader): CsvRow {
  if (record.error) return failedRow(record);
  const { fields } = record;
  if (fields.length !== header.names.length) {
    return { line: record.line, raw: record.raw, values: null, error: { reason: REJECTION_REASONS.RAGGED_ROW, message: `${fields.length} columns, header has ${header.names.length}` } };
  }
  const values: Record<string, string> = {};
  for (const index of header.keep) values[header.names[index]] = fields[index];
  return { line: record.line, raw: record.raw, values };
}

/**
 * Stream CSV data rows with one verdict each; a bad row never stops the stream. The first
 * record is the header; an unnamed leading column (the Udacity/pandas index) is ignored. Blank
 * lines are skipped; quoted fields may span lines (see readCsvRecords for the bound).
 */
export async function* readCsv(source: TextSource, options: Omit<CsvRecordOptions, 'columns'> = {}): AsyncGenerator<CsvRow> {
  let header: HeaderResult | undefined;
  const columns = () => (header?.ok ? header.header.names.length : null);
  for await (const record of readCsvRecords(source, { ...options, columns })) {
    if (header === undefined) {
      header = parseHeader(record);
      if (!header.ok) yield errorRow(record.line, record.raw, REJECTION_REASONS.BAD_HEADER, header.message);
    } else if (header.ok) {
      yield toRow(record, header.header);
    } else {
      yield errorRow(record.line, record.raw, REJECTION_REASONS.BAD_HEADER, `no usable header (${header.message})`);
    }
  }
}
