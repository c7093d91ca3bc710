import { chunks, collect, sampleLines } from '../../test/sample-data';
import { I94_FIELDS, type I94FieldName, parseRecords, type ReaderOptions } from '@i94/domain';
import { readCsv } from './csv-reader';
import { readNdjson } from './ndjson-reader';

const [HEADER, ROW, ROW2] = sampleLines();

/** A real sample row with one column replaced. */
function set(row: string, field: I94FieldName, value: string): string {
  const cols = row.split(',');
  cols[1 + I94_FIELDS.indexOf(field)] = value;
  return cols.join(',');
}

/** A real sample row as an NDJSON object, values as the CSV strings. */
function json(row: string, patch: Record<string, unknown> = {}): string {
  const cols = row.split(',').slice(1);
  return JSON.stringify({ ...Object.fromEntries(I94_FIELDS.map((f, i) => [f, cols[i]])), ...patch });
}

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const LONG = `${ROW},${'x'.repeat(500)}`;

type Case = [name: string, format: 'csv' | 'ndjson', parts: (string | Buffer)[], verdicts: [number, string][], options?: ReaderOptions];

// Every line that reaches a reader gets exactly one verdict: OK or its first rejection reason.
const CASES: Case[] = [
  ['CSV missing cicid', 'csv', [csv(HEADER, set(ROW, 'cicid', ''))], [[2, 'MISSING_CICID']]],
  ['CSV text cicid', 'csv', [csv(HEADER, set(ROW, 'cicid', 'abc'))], [[2, 'NOT_A_NUMBER']]],
  ['CSV fractional cicid', 'csv', [csv(HEADER, set(ROW, 'cicid', '1.5'))], [[2, 'NOT_AN_INTEGER']]],
  ['CSV month 13', 'csv', [csv(HEADER, set(ROW, 'i94mon', '13.0'))], [[2, 'MONTH_OUT_OF_RANGE']]],
  ['CSV arrdate 9999999', 'csv', [csv(HEADER, set(ROW, 'arrdate', '9999999.0'))], [[2, 'IMPOSSIBLE_DATE']]],
  ['CSV arrdate in May, i94mon April', 'csv', [csv(HEADER, set(ROW, 'arrdate', '20575.0'))], [[2, 'ARRDATE_MONTH_MISMATCH']]],
  ['CSV row with a column missing', 'csv', [csv(HEADER, ROW.slice(0, ROW.lastIndexOf(',')))], [[2, 'RAGGED_ROW']]],
  ['CSV row with an extra column', 'csv', [csv(HEADER, `${ROW},extra`)], [[2, 'RAGGED_ROW']]],
  ['CSV unterminated quote', 'csv', [csv(HEADER, set(ROW, 'i94port', '"HHW'), ROW2)], [[2, 'UNTERMINATED_QUOTE'], [3, 'OK']]],
  ['CSV text after closing quote', 'csv', [csv(HEADER, set(ROW, 'i94port', '"HH"W'))], [[2, 'INVALID_QUOTING']]],
  ['CSV too-long line skipped, stream goes on', 'csv', [csv(HEADER, LONG, ROW2)], [[2, 'LINE_TOO_LONG'], [3, 'OK']], { maxLineLength: 400 }],
  ['CSV with BOM', 'csv', [`\uFEFF${csv(HEADER, ROW)}`], [[2, 'OK']]],
  ['CSV with CRLF', 'csv', [`${HEADER}\r\n${ROW}\r\n${ROW2}\r\n`], [[2, 'OK'], [3, 'OK']]],
  ['CSV empty body', 'csv', [''], []],
  ['CSV only the header', 'csv', [csv(HEADER)], []],
  ['CSV only the header, no newline', 'csv', [HEADER], []],
  ['CSV blank lines between rows', 'csv', [csv(HEADER, '', ROW, '   ', ROW2)], [[3, 'OK'], [5, 'OK']]],
  ['CSV last row without newline', 'csv', [`${HEADER}\n${ROW}`], [[2, 'OK']]],
  ['CSV NaN and null tokens', 'csv', [csv(HEADER, set(set(ROW, 'depdate', 'NaN'), 'gender', 'null'))], [[2, 'OK']]],
  ['CSV header repeats a column', 'csv', [csv(`${HEADER},cicid`, `${ROW},1`)], [[1, 'BAD_HEADER'], [2, 'BAD_HEADER']]],
  ['CSV header with a broken quote', 'csv', [csv(`"${HEADER}`, ROW)], [[1, 'BAD_HEADER'], [2, 'BAD_HEADER']]],
  ['CSV garbage between good rows', 'csv', [csv(HEADER, ROW, 'garbage', ROW2)], [[2, 'OK'], [3, 'RAGGED_ROW'], [4, 'OK']]],
  ['CSV row split across chunks', 'csv', [HEADER.slice(0, 30), `${HEADER.slice(30)}\n${ROW.slice(0, 50)}`, `${ROW.slice(50)}\n`], [[2, 'OK']]],
  ['NDJSON malformed', 'ndjson', ['{"cicid": 1\n'], [[1, 'MALFORMED_JSON']]],
  ['NDJSON array instead of object', 'ndjson', [`[${json(ROW)}]\n`], [[1, 'NOT_AN_OBJECT']]],
  ['NDJSON string', 'ndjson', ['"hello"\n'], [[1, 'NOT_AN_OBJECT']]],
  ['NDJSON null', 'ndjson', ['null\n'], [[1, 'NOT_AN_OBJECT']]],
  ['NDJSON blank lines skipped', 'ndjson', [`\n${json(ROW)}\n\n${json(ROW2)}\n\n`], [[2, 'OK'], [4, 'OK']]],
  ['NDJSON too-long line', 'ndjson', [`${json(ROW, { pad: 'x'.repeat(500) })}\n${json(ROW2)}\n`], [[1, 'LINE_TOO_LONG'], [2, 'OK']], { maxLineLength: 600 }],
  ['NDJSON BOM and CRLF', 'ndjson', [`\uFEFF${json(ROW)}\r\n${json(ROW2)}\r\n`], [[1, 'OK'], [2, 'OK']]],
  ['NDJSON object where a number belongs', 'ndjson', [`${json(ROW, { i94cit: { code: 209 } })}\n`], [[1, 'WRONG_TYPE']]],
  ['NDJSON missing cicid', 'ndjson', [`${json(ROW, { cicid: undefined })}\n`], [[1, 'MISSING_CICID']]],
  ['NDJSON empty body', 'ndjson', [''], []],
];

describe('bad inputs end to end', () => {
  // Rest parameters: with a fixed arity Jest would take the optional fifth one for `done`.
  it.each(CASES)('%s', async (...[, format, parts, verdicts, options]: Case) => {
    const reader = format === 'csv' ? readCsv(chunks(...parts), options) : readNdjson(chunks(...parts), options);
    const parsed = await collect(parseRecords(reader));
    const got = parsed.map((p) => [p.line, p.outcome.ok ? 'OK' : p.outcome.rejections[0].reason]);
    expect(got).toEqual(verdicts);
  });

  it('keeps only a preview of a refused long line as raw', async () => {
    const [row] = await collect(readCsv(chunks(csv(HEADER, `${ROW}${'x'.repeat(5000)}`)), { maxLineLength: 2000 }));
    expect(row.error?.reason).toBe('LINE_TOO_LONG');
    expect(row.raw).toHaveLength(1024);
  });
});
