import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The gateway's bad-input corpus: each case is a request, its expected status, and for accepted
// requests the reason each bad line gets and how many valid lines of the same request land.

const SAMPLE = join(__dirname, '../../../data/sample/immigration_data_sample.csv');
const [HEADER, GOOD_A, GOOD_B] = readFileSync(SAMPLE, 'utf8').split(/\r?\n/);
const NAMES = HEADER.split(',');

/** A copy of the first sample row with some fields replaced (by I94 field name). */
export function row(changes: Record<string, string>, base = GOOD_A): string {
  const cells = base.split(',');
  for (const [name, value] of Object.entries(changes)) cells[NAMES.indexOf(name)] = value;
  return cells.join(',');
}

/** A sample row as an NDJSON object, with changes. */
export function json(changes: Record<string, unknown>, base = GOOD_A): string {
  const cells = base.split(',');
  const object: Record<string, unknown> = Object.fromEntries(NAMES.slice(1).map((n, i) => [n, cells[i + 1] === '' ? null : cells[i + 1]]));
  return JSON.stringify({ ...object, ...changes });
}

const csv = (...lines: string[]) => [HEADER, GOOD_A, ...lines, GOOD_B].join('\n');
const ndjson = (...lines: string[]) => [json({}), ...lines, json({}, GOOD_B)].join('\n');

export interface CorpusCase {
  name: string;
  contentType?: string;
  body: string | Buffer;
  feedDate?: string;
  headers?: Record<string, string>;
  status: number;
  /** for 200: the reason the bad line is rejected with, or null when it is accepted with a flag */
  reason?: string | null;
  flag?: string;
}

export const GATEWAY_CORPUS: CorpusCase[] = [
  { name: 'missing cicid', contentType: 'text/csv', body: csv(row({ cicid: '' })), status: 200, reason: 'MISSING_CICID' },
  { name: 'non-numeric cicid', contentType: 'text/csv', body: csv(row({ cicid: 'abc' })), status: 200, reason: 'NOT_A_NUMBER' },
  { name: 'fractional cicid', contentType: 'text/csv', body: csv(row({ cicid: '4084316.5' })), status: 200, reason: 'NOT_AN_INTEGER' },
  { name: 'month 13', contentType: 'text/csv', body: csv(row({ cicid: '90000001.0', i94mon: '13.0' })), status: 200, reason: 'MONTH_OUT_OF_RANGE' },
  { name: 'impossible arrival date', contentType: 'text/csv', body: csv(row({ cicid: '90000002.0', arrdate: '9999999.0' })), status: 200, reason: 'IMPOSSIBLE_DATE' },
  { name: 'arrdate outside i94yr/i94mon', contentType: 'text/csv', body: csv(row({ cicid: '90000003.0', i94mon: '6.0' })), status: 200, reason: 'ARRDATE_MONTH_MISMATCH' },
  { name: 'year 1850', contentType: 'text/csv', body: csv(row({ cicid: '90000004.0', i94yr: '1850.0' })), status: 200, reason: 'YEAR_OUT_OF_RANGE' },
  { name: 'ragged row', contentType: 'text/csv', body: csv('12,3,4'), status: 200, reason: 'RAGGED_ROW' },
  { name: 'unterminated quote', contentType: 'text/csv', body: csv(row({ cicid: '90000005.0', occup: '"STUDENT' })), status: 200, reason: 'UNTERMINATED_QUOTE' },
  { name: 'binary garbage line', contentType: 'text/csv', body: csv('\u0000\u0001\u00ff\u0002garbage'), status: 200, reason: 'RAGGED_ROW' },
  { name: 'too long line', contentType: 'text/csv', body: csv(row({ cicid: '90000006.0', occup: 'X'.repeat(80_000) })), status: 200, reason: 'LINE_TOO_LONG' },
  { name: 'malformed JSON', contentType: 'application/x-ndjson', body: ndjson('{"cicid": 5,'), status: 200, reason: 'MALFORMED_JSON' },
  { name: 'JSON array line', contentType: 'application/x-ndjson', body: ndjson('[1,2,3]'), status: 200, reason: 'NOT_AN_OBJECT' },
  { name: 'JSON wrong type', contentType: 'application/x-ndjson', body: ndjson(json({ cicid: 90000007, i94port: { x: 1 } })), status: 200, reason: 'WRONG_TYPE' },
  { name: 'JSON number as text', contentType: 'application/x-ndjson', body: ndjson(json({ cicid: 90000008, i94bir: 'forty' })), status: 200, reason: 'NOT_A_NUMBER' },
  { name: 'unknown state code', contentType: 'text/csv', body: csv(row({ cicid: '90000009.0', i94addr: 'ZZ' })), status: 200, reason: null, flag: 'UNKNOWN_STATE' },
  { name: 'unknown port code', contentType: 'text/csv', body: csv(row({ cicid: '90000010.0', i94port: 'QQQ' })), status: 200, reason: null, flag: 'UNKNOWN_PORT' },
  { name: 'departure before arrival', contentType: 'text/csv', body: csv(row({ cicid: '90000011.0', depdate: '20500.0' })), status: 200, reason: null, flag: 'DEPDATE_BEFORE_ARRDATE' },
  { name: 'SQL injection in a text field', contentType: 'text/csv', body: csv(row({ cicid: '90000012.0', occup: "'; DROP TABLE arrivals; --" })), status: 200, reason: null },
  { name: 'script injection in a text field', contentType: 'application/x-ndjson', body: ndjson(json({ cicid: 90000013, visapost: '<script>alert(1)</script>' })), status: 200, reason: null },
  { name: 'empty body', contentType: 'text/csv', body: '', status: 400 },
  { name: 'header only', contentType: 'text/csv', body: `${HEADER}\n`, status: 400 },
  { name: 'semicolon-delimited CSV', contentType: 'text/csv', body: [HEADER.replace(/,/g, ';'), GOOD_A.replace(/,/g, ';')].join('\n'), status: 400 },
  { name: 'wrong content type', contentType: 'text/plain', body: csv(), status: 415 },
  { name: 'no content type', body: csv(), status: 415 },
  { name: 'unknown feed date format', contentType: 'text/csv', body: csv(), feedDate: '30-04-2016', status: 400 },
  { name: 'impossible feed date', contentType: 'text/csv', body: csv(), feedDate: '2016-02-30', status: 400 },
  { name: 'path traversal in the source file', contentType: 'text/csv', body: csv(), headers: { 'x-source-file': '../../etc/passwd' }, status: 400 },
  { name: 'non-numeric line offset', contentType: 'text/csv', body: csv(), headers: { 'x-source-line-offset': '-5' }, status: 400 },
  { name: 'declared body over the limit', contentType: 'text/csv', body: csv(...Array.from({ length: 9000 }, () => GOOD_A)), status: 413 },
];
