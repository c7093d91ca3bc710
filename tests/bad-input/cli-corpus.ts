import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodeParquet, type ParquetColumn } from '@i94/s3-parquet';
import { csvCell, csvRow, csvRowB, HEADER, jsonRow, jsonRowB } from './sample-rows';

// The CLI's bad-input corpus (`i94 feed push`): files and flags a user may get wrong, with the exit
// code and message they get, and the records that must still land on the gateway's raw topic.

const READSTAT_FIXTURE = resolve(__dirname, '../../libs/feed-readers/test/fixtures/sample-60.readstat.sas7bdat');
const MiB = 1024 * 1024;

/** One CLI case: the files it writes, the arguments after `feed push`, and the documented outcome. */
export interface CliCase {
  id: string;
  name: string;
  input: string;
  /** Writes the case's files into `dir`; returns the arguments (files and flags). */
  args: (dir: string, base: number) => Promise<string[]>;
  exitCode: number;
  /** What stdout + stderr must say. */
  message: RegExp;
  /** cicids that must land, each once; undefined when the file's own cicids are not the case's (SAS sample rows): then the --json accepted count must land. */
  lands?: (base: number) => number[];
}

const write = (dir: string, name: string, content: string | Uint8Array) => {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const text = (kind: ParquetColumn['kind']) => (name: string): ParquetColumn => ({ name, kind, optional: true });

export const CLI_CORPUS: CliCase[] = [
  {
    id: 'C01', name: 'CSV with ragged, truncated and badly typed rows', input: 'CSV: good, `12,3,4`, cicid `abc`, i94bir `forty`, good',
    args: async (dir, b) => [write(dir, 'bad-rows.csv', lines(HEADER, csvRow(b + 1), '12,3,4', csvRow(b + 3, { cicid: 'abc' }), csvRow(b + 4, { i94bir: 'forty' }), csvRowB(b + 2)))],
    exitCode: 0, message: /rejected .*bad-rows\.csv:3 - RAGGED_ROW[\s\S]*bad-rows\.csv:4 cicid NOT_A_NUMBER[\s\S]*bad-rows\.csv:5 i94bir NOT_A_NUMBER/,
    lands: (b) => [b + 1, b + 2],
  },
  {
    id: 'C02', name: 'CSV with a 10 MB line', input: 'CSV: good, a row with a 10 MiB cell, good',
    args: async (dir, b) => [write(dir, 'long-line.csv', lines(HEADER, csvRow(b + 1), csvRow(b + 3, { occup: 'X'.repeat(10 * MiB) }), csvRowB(b + 2)))],
    exitCode: 0, message: /rejected .*long-line\.csv:3 - LINE_TOO_LONG: line is too long to send; not sent/,
    lands: (b) => [b + 1, b + 2],
  },
  {
    id: 'C03', name: 'NDJSON with malformed, non-object and wrongly typed lines', input: 'NDJSON: good, `{"cicid":`, `[1]`, i94yr `true`, good',
    args: async (dir, b) => [write(dir, 'bad-lines.ndjson', lines(jsonRow(b + 1), '{"cicid":', '[1]', jsonRow(b + 3, { i94yr: true }), jsonRowB(b + 2)))],
    exitCode: 0, message: /bad-lines\.ndjson:2 - MALFORMED_JSON[\s\S]*bad-lines\.ndjson:3 - NOT_AN_OBJECT[\s\S]*bad-lines\.ndjson:4 i94yr WRONG_TYPE/,
    lands: (b) => [b + 1, b + 2],
  },
  {
    id: 'C04', name: 'CSV with the wrong delimiter', input: 'CSV separated by `;`',
    args: async (dir, b) => [write(dir, 'semicolons.csv', lines(HEADER, csvRow(b + 1), csvRowB(b + 2)).replace(/,/g, ';'))],
    exitCode: 1, message: /failed \(batch\) .*semicolons\.csv:2 .*HTTP 400.*no cicid column/,
    lands: () => [],
  },
  {
    id: 'C05', name: 'binary file named .csv', input: '4 KiB of random bytes as `random.csv`',
    args: async (dir) => [write(dir, 'random.csv', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)))],
    exitCode: 1, message: /failed \(read\) .*random\.csv: the header line is not UTF-8 text \(byte 0x[0-9A-F]{2} at byte \d+ of the line is not valid utf-8/,
    lands: () => [],
  },
  {
    id: 'C06', name: 'empty CSV file', input: 'zero bytes',
    args: async (dir) => [write(dir, 'empty.csv', '')],
    exitCode: 0, message: /"records":0,"accepted":0/,
    lands: () => [],
  },
  {
    id: 'C07', name: 'Parquet file with a wrong schema', input: 'Parquet with columns `name`, `amount`',
    args: async (dir) => [write(dir, 'other-schema.parquet', await encodeParquet([text('string')('name'), text('double')('amount')], [{ name: 'a', amount: 1.5 }, { name: 'b', amount: 2 }]))],
    exitCode: 1, message: /failed \(read\) .*other-schema\.parquet: .*has no cicid column \(it has name, amount\)/,
    lands: () => [],
  },
  {
    id: 'C08', name: 'Parquet file with wrongly typed I94 columns', input: 'Parquet: cicid, i94yr and i94mon as text; `abc`, `two thousand`',
    args: async (dir, b) => {
      const rows = [{ cicid: String(b + 1), i94yr: '2016' }, { cicid: 'abc', i94yr: '2016' }, { cicid: String(b + 3), i94yr: 'two thousand' }, { cicid: String(b + 2), i94yr: '2016.0' }];
      const columns = [text('string')('cicid'), text('string')('i94yr'), text('string')('i94mon')];
      return [write(dir, 'typed-wrong.parquet', await encodeParquet(columns, rows.map((r) => ({ ...r, i94mon: '4' }))))];
    },
    exitCode: 0, message: /has no column for i94cit[\s\S]*typed-wrong\.parquet:2 cicid NOT_A_NUMBER[\s\S]*typed-wrong\.parquet:3 i94yr NOT_A_NUMBER/,
    lands: (b) => [b + 1, b + 2],
  },
  {
    id: 'C09', name: 'corrupt Parquet file', input: '`PAR1` + garbage + `PAR1`',
    args: async (dir) => [write(dir, 'corrupt.parquet', Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 0xab), Buffer.from('PAR1')]))],
    exitCode: 1, message: /failed \(read\) .*corrupt\.parquet: parquet metadata length \d+ exceeds available buffer/,
    lands: () => [],
  },
  {
    id: 'C10', name: 'corrupt SAS7BDAT file', input: '1 KiB of random bytes as `.sas7bdat`',
    args: async (dir) => [write(dir, 'corrupt.sas7bdat', Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 31 + 7) % 256)))],
    exitCode: 1, message: /failed \(read\) .*corrupt\.sas7bdat: .*not a SAS7BDAT file/,
    lands: () => [],
  },
  {
    id: 'C11', name: 'truncated SAS7BDAT file', input: 'the 60-row fixture without its last 100 bytes',
    args: async (dir) => [write(dir, 'cut.sas7bdat', readFileSync(READSTAT_FIXTURE).subarray(0, readFileSync(READSTAT_FIXTURE).length - 100))],
    exitCode: 1, message: /failed \(read\) .*cut\.sas7bdat: .*file is truncated/,
  },
  {
    id: 'C12', name: 'unknown file extension', input: '`feed.txt`',
    args: async (dir, b) => [write(dir, 'feed.txt', lines(HEADER, csvRow(b + 1)))],
    exitCode: 1, message: /i94: cannot tell the format of .*feed\.txt/,
    lands: () => [],
  },
  {
    id: 'C13', name: 'missing file', input: '`does-not-exist.csv`',
    args: async (dir) => [join(dir, 'does-not-exist.csv')],
    exitCode: 1, message: /i94: cannot read .*does-not-exist\.csv: ENOENT/,
    lands: () => [],
  },
  {
    id: 'C14', name: 'a directory instead of a file', input: 'a directory named `dir.csv`',
    args: async (dir) => {
      mkdirSync(join(dir, 'dir.csv'), { recursive: true });
      return [join(dir, 'dir.csv')];
    },
    exitCode: 1, message: /i94: .*dir\.csv is not a file/,
    lands: () => [],
  },
  {
    id: 'C15', name: 'file name with quotes, accents and shell characters', input: "`données d'avril $(id) (1).csv`",
    args: async (dir, b) => [write(dir, "données d'avril $(id) (1).csv", lines(HEADER, csvRow(b + 1), csvRowB(b + 2)))],
    exitCode: 0, message: /"records":2,"accepted":2,"rejected":0/,
    lands: (b) => [b + 1, b + 2],
  },
  {
    id: 'C16', name: 'HTML and shell characters in the file name, given through `..`', input: '`sub/../<script>;rm -rf ~.csv`',
    args: async (dir, b) => {
      write(dir, '<script>;rm -rf ~.csv', lines(HEADER, csvRow(b + 1), csvRowB(b + 2)));
      mkdirSync(join(dir, 'sub'), { recursive: true });
      return [`${dir}/sub/../<script>;rm -rf ~.csv`];
    },
    exitCode: 0, message: /"records":2,"accepted":2,"rejected":0/,
    lands: (b) => [b + 1, b + 2],
  },
  {
    id: 'C17', name: 'impossible feed date', input: '`--feed-date 2016-02-30`',
    args: async (dir, b) => [write(dir, 'ok.csv', lines(HEADER, csvRow(b + 1))), '--feed-date', '2016-02-30'],
    exitCode: 1, message: /2016-02-30/,
    lands: () => [],
  },
  {
    id: 'C18', name: 'path traversal in the feed date', input: '`--feed-date ../../etc`',
    args: async (dir, b) => [write(dir, 'ok.csv', lines(HEADER, csvRow(b + 1))), '--feed-date', '../../etc'],
    exitCode: 1, message: /\.\.\/\.\.\/etc/,
    lands: () => [],
  },
  {
    id: 'C19', name: 'unknown API key', input: '`--api-key` not configured at the gateway',
    args: async (dir, b) => [write(dir, 'ok.csv', lines(HEADER, csvRow(b + 1))), '--api-key', 'not-a-key'],
    exitCode: 1, message: /HTTP 401.*unknown API key/,
    lands: () => [],
  },
  {
    id: 'C20', name: 'injection strings in every text field', input: "CSV: `'; DROP TABLE`, `$(id)`, `<script>` cells",
    args: async (dir, b) => [write(dir, 'inject.csv', lines(HEADER, csvRow(b + 1, { occup: csvCell("'; DROP TABLE x; --"), visapost: '$(id)', airline: '<script>x</script>', fltno: csvCell('a,"b"') }), csvRowB(b + 2)))],
    exitCode: 0, message: /"records":2,"accepted":2,"rejected":0/,
    lands: (b) => [b + 1, b + 2],
  },
];
