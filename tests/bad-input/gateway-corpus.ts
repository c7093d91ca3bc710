import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { normaliseField, type I94FieldName, type QualityFlag, type RejectionReason } from '@i94/domain';
import { CSV, csvRequest, FEED_DATE, type GatewayCase, type GatewayRequest, goodCsv, ndjsonRequest, NDJSON, refused } from './gateway-case';
import { INJECTIONS, type InjectionName, ONE_LINE_INJECTIONS } from './injections';
import { csvCell, csvRow, HEADER, jsonRow, TEXT_FIELDS } from './sample-rows';
import { parquetBody, SAS_FIXTURE, SAS_FIXTURE_CICIDS, tableRow } from './table-bodies';

// The gateway's bad-input corpus (POST /v1/feeds/{date}/records). Every request but the refused
// ones carries two good records around its bad lines: they must land while the bad ones are
// dead-lettered with their reason. Each case gets its own cicid range (base+1, base+2, ...).

const MiB = 1024 * 1024;
const PARQUET = 'application/vnd.apache.parquet';
const SAS = 'application/x-sas-data';
const normalised = (field: I94FieldName, value: string) => (normaliseField(field, value) as { value: unknown }).value;

/** Gateway limits the corpus runs with (the spec starts the gateway with these). */
export const CORPUS_GATEWAY_ENV = { MAX_BODY_BYTES: String(16 * MiB), MAX_LINE_BYTES: String(1 * MiB) };

type Rest = Omit<GatewayCase, 'id' | 'name' | 'input' | 'status'>;
const cases: [id: string, name: string, input: string, status: number, build: (base: number) => Rest][] = [];
const add = (id: string, name: string, input: string, status: number, build: (base: number) => Rest) => cases.push([id, name, input, status, build]);

/** A CSV request whose line 3 (cicid base+3) is refused with `reason`. */
const csvBad = (changes: Partial<Record<I94FieldName, string>>, reason: RejectionReason) => (b: number) => ({ ...csvRequest(b, [csvRow(b + 3, changes)], [], [b + 3]), verdicts: [{ line: 3, reason }] });
/** A CSV request whose line 3 (cicid base+3) is accepted with `flag`. */
const csvFlag = (changes: Partial<Record<I94FieldName, string>>, flag: QualityFlag) => (b: number) => ({ ...csvRequest(b, [csvRow(b + 3, changes)], [b + 3]), verdicts: [{ line: 3, flag }] });
/** Two good CSV rows in a request refused for something else than its body: nothing may land. */
const goodBody = (request: Partial<GatewayRequest>) => (b: number) => refused(b, { body: goodCsv(b), ...request });
/** An NDJSON request whose line 2 (cicid base+3, when it has one) is refused with `reason`. */
const ndjsonBad = (line: (b: number) => string, reason: RejectionReason) => (b: number) => ({ ...ndjsonRequest(b, [line(b)], [], [b + 3]), verdicts: [{ line: 2, reason }] });
/** A CSV request with the raw `line` (no cicid) at line 3, refused with `reason`. */
const csvLine = (line: string | ((b: number) => string), reason: RejectionReason) => (b: number) => ({
  ...csvRequest(b, [typeof line === 'string' ? line : line(b)], [], [b + 3]),
  verdicts: [{ line: 3, reason }],
});

// --- CSV structure
add('G01', 'ragged row: too few columns', 'CSV line `12,3,4`', 200, csvLine('12,3,4', 'RAGGED_ROW'));
add('G02', 'ragged row: an extra column', 'CSV row + `,extra`', 200, csvLine((b) => `${csvRow(b + 3)},extra`, 'RAGGED_ROW'));
add('G03', 'truncated body: last row cut mid-field, no newline', 'CSV, last line is the first 40 bytes of a row', 200, (b) => {
  const req = csvRequest(b, [], [], [b + 3]);
  return { ...req, request: { ...req.request, body: `${req.request.body as string}${csvRow(b + 3).slice(0, 40)}` }, verdicts: [{ line: 4, reason: 'RAGGED_ROW' }] };
});
add('G04', 'truncated inside a quoted field', 'CSV cell `"STUDE` never closed', 200, csvBad({ occup: '"STUDE' }, 'UNTERMINATED_QUOTE'));
add('G05', 'text after a closing quote', 'CSV cell `"HH"W`', 200, csvBad({ i94port: '"HH"W' }, 'INVALID_QUOTING'));
add('G06', 'wrong delimiter on one row', 'a `;`-separated row under a `,` header', 200, csvLine((b) => csvRow(b + 3).replace(/,/g, ';'), 'RAGGED_ROW'));
add('G07', 'wrong delimiter: semicolon file', 'header and rows separated by `;`', 400, (b) => refused(b, { body: goodCsv(b).replace(/,/g, ';') }));
add('G08', 'wrong delimiter: tab file', 'header and rows separated by TAB', 400, (b) => refused(b, { body: goodCsv(b).replace(/,/g, '\t') }));
add('G09', 'header repeats a column', 'header + `,cicid`', 400, (b) => refused(b, { body: goodCsv(b).replace(HEADER, `${HEADER},cicid`) }));
add('G10', 'header only', 'the header line, no rows', 400, (b) => refused(b, { body: `${HEADER}\n` }));
add('G11', 'empty body', 'zero bytes', 400, (b) => refused(b, { body: '' }));
add('G12', 'only blank lines', '`\\n \\r\\n\\n`', 400, (b) => refused(b, { body: '\n \r\n\n' }));
// --- wrong types
add('G13', 'missing cicid', 'cicid empty', 200, csvBad({ cicid: '' }, 'MISSING_CICID'));
add('G14', 'cicid is text', 'cicid `abc`', 200, csvBad({ cicid: 'abc' }, 'NOT_A_NUMBER'));
add('G15', 'fractional cicid', 'cicid `4084316.5`', 200, csvBad({ cicid: '4084316.5' }, 'NOT_AN_INTEGER'));
add('G16', 'negative cicid', 'cicid `-7`', 200, csvBad({ cicid: '-7' }, 'INVALID_CICID'));
add('G17', 'age is text', 'i94bir `forty`', 200, csvBad({ i94bir: 'forty' }, 'NOT_A_NUMBER'));
add('G18', 'int field beyond 32 bits', 'i94cit `1e12`', 200, csvBad({ i94cit: '1e12' }, 'NUMBER_OUT_OF_RANGE'));
add('G19', 'hexadecimal number', 'i94mode `0x1A`', 200, csvBad({ i94mode: '0x1A' }, 'NOT_A_NUMBER'));
add('G20', 'JSON boolean where a number belongs', 'NDJSON i94yr `true`', 200, ndjsonBad((b) => jsonRow(b + 3, { i94yr: true }), 'WRONG_TYPE'));
add('G21', 'JSON object where text belongs', 'NDJSON i94port `{"x":1}`', 200, ndjsonBad((b) => jsonRow(b + 3, { i94port: { x: 1 } }), 'WRONG_TYPE'));
add('G22', 'JSON text where a number belongs', 'NDJSON i94bir `"forty"`', 200, ndjsonBad((b) => jsonRow(b + 3, { i94bir: 'forty' }), 'NOT_A_NUMBER'));
add('G23', 'malformed JSON', 'NDJSON `{"cicid": 5,`', 200, ndjsonBad(() => '{"cicid": 5,', 'MALFORMED_JSON'));
add('G24', 'JSON array line', 'NDJSON `[1,2,3]`', 200, ndjsonBad(() => '[1,2,3]', 'NOT_AN_OBJECT'));
add('G25', 'JSON null line', 'NDJSON `null`', 200, ndjsonBad(() => 'null', 'NOT_AN_OBJECT'));
// --- invalid codes: accepted, flagged
add('G26', 'unknown state code', 'i94addr `ZZ`', 200, csvFlag({ i94addr: 'ZZ' }, 'UNKNOWN_STATE'));
add('G27', 'unknown port code', 'i94port `QQQ`', 200, csvFlag({ i94port: 'QQQ' }, 'UNKNOWN_PORT'));
add('G28', 'unknown visa category', 'i94visa `9`', 200, csvFlag({ i94visa: '9.0' }, 'UNKNOWN_VISA'));
add('G29', 'unknown travel mode', 'i94mode `7`', 200, csvFlag({ i94mode: '7.0' }, 'UNKNOWN_MODE'));
add('G30', 'unknown country code', 'i94cit `999`', 200, csvFlag({ i94cit: '999.0' }, 'UNKNOWN_COUNTRY'));
add('G31', 'unknown JSON field', 'NDJSON with `"evil": "x"`', 200, (b) => ({ ...ndjsonRequest(b, [jsonRow(b + 3, { evil: 'x' })], [b + 3]), verdicts: [{ line: 2, flag: 'UNKNOWN_FIELD' }] }));
// --- invalid dates
add('G32', 'month 13', 'i94mon `13`', 200, csvBad({ i94mon: '13.0' }, 'MONTH_OUT_OF_RANGE'));
add('G33', 'year 1850', 'i94yr `1850`', 200, csvBad({ i94yr: '1850.0' }, 'YEAR_OUT_OF_RANGE'));
add('G34', 'impossible arrival date', 'arrdate `9999999`', 200, csvBad({ arrdate: '9999999.0' }, 'IMPOSSIBLE_DATE'));
add('G35', 'arrival date outside i94yr/i94mon', 'i94mon `6` with an April arrdate', 200, csvBad({ i94mon: '6.0' }, 'ARRDATE_MONTH_MISMATCH'));
add('G36', 'departure before arrival', 'depdate 66 days before arrdate', 200, csvFlag({ depdate: '20500.0' }, 'DEPDATE_BEFORE_ARRDATE'));
add('G37', 'impossible departure date', 'depdate `-99999999`', 200, csvBad({ depdate: '-99999999.0' }, 'IMPOSSIBLE_DATE'));
// --- size and binary
add('G38', 'a 10 MB line', 'CSV row with a 10 MiB occup cell', 200, csvBad({ occup: 'X'.repeat(10 * MiB) }, 'LINE_TOO_LONG'));
add('G39', 'binary line in CSV', 'bytes `ff fe 00 01 c3 28 80` as a line', 200, (b) => {
  const req = csvRequest(b, ['BINARY'], [], []);
  const [before, after] = (req.request.body as string).split('BINARY');
  return { ...req, request: { ...req.request, body: Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0xc3, 0x28, 0x80]), Buffer.from(after)]) }, verdicts: [{ line: 3, reason: 'INVALID_ENCODING' }] };
});
add('G40', 'binary line in NDJSON', 'bytes `00 ff 7b 22` as a line', 200, (b) => {
  const req = ndjsonRequest(b, ['BINARY'], [], []);
  const [before, after] = (req.request.body as string).split('BINARY');
  return { ...req, request: { ...req.request, body: Buffer.concat([Buffer.from(before), Buffer.from([0x00, 0xff, 0x7b, 0x22]), Buffer.from(after)]) }, verdicts: [{ line: 2, reason: 'INVALID_ENCODING' }] };
});
add('G41', 'binary body', 'a gzip header and random bytes as text/csv', 400, (b) => refused(b, { body: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x0a, 0x42]) }));
add('G42', 'declared body over the limit', '`Content-Length` 17 MiB > MAX_BODY_BYTES 16 MiB', 413, (b) => refused(b, { body: goodCsv(b) + 'X'.repeat(17 * MiB) }));
add('G43', 'streamed body over the limit', 'chunked, no length, 17 MiB', 413, (b) => refused(b, { body: goodCsv(b) + 'X'.repeat(17 * MiB), via: 'chunked' }));
// --- content type
add('G44', 'wrong content type', '`text/plain`', 415, goodBody({ contentType: 'text/plain' }));
add('G45', 'no content type', 'no `Content-Type`', 415, goodBody({ contentType: undefined }));
add('G46', 'JSON instead of NDJSON', '`application/json`', 415, goodBody({ contentType: 'application/json' }));
// --- feed date (path)
add('G47', 'feed date DD-MM-YYYY', '`30-04-2016`', 400, goodBody({ feedDate: '30-04-2016' }));
add('G48', 'impossible feed date', '`2016-02-30`', 400, goodBody({ feedDate: '2016-02-30' }));
add('G49', 'feed date without dashes', '`20160430`', 400, goodBody({ feedDate: '20160430' }));
add('G50', 'path traversal in the feed date (encoded)', '`..%2F..%2Fetc%2Fpasswd`', 400, goodBody({ feedDate: '..%2F..%2Fetc%2Fpasswd' }));
add('G51', 'path traversal in the path (raw)', '`POST /v1/feeds/../../etc/records`', 404, goodBody({ via: 'raw', path: '/v1/feeds/../../etc/records' }));
add('G52', 'CRLF header injection in the feed date', '`2016-04-30%0D%0ASet-Cookie:%20a=1`', 400, (b) => ({ ...goodBody({ feedDate: '2016-04-30%0D%0ASet-Cookie:%20a=1' })(b), absentHeader: 'set-cookie' }));
add('G53', 'NUL in the feed date', '`2016-04-30%00`', 400, goodBody({ feedDate: '2016-04-30%00' }));
// --- source file name (ends up in DLQ headers and batch records) and other headers
add('G54', 'path traversal in the source file', 'x-source-file `../../etc/passwd`', 400, goodBody({ headers: { 'x-source-file': '../../etc/passwd' } }));
add('G55', 'Windows path in the source file', 'x-source-file `..\\..\\win.ini`', 400, goodBody({ headers: { 'x-source-file': '..\\..\\win.ini' } }));
add('G56', 'encoded traversal in the source file', 'x-source-file `%2e%2e%2fetc`', 400, goodBody({ headers: { 'x-source-file': '%2e%2e%2fetc' } }));
add('G57', 'source file `..`', 'x-source-file `..`', 400, goodBody({ headers: { 'x-source-file': '..' } }));
add('G58', 'bare CR in a header (raw)', 'x-source-file `a\\rX-Injected: 1`', 400, goodBody({ via: 'raw', rawHeaderLines: ['x-source-file: a\rX-Injected: 1'] }));
add('G59', 'NUL in a header (raw)', 'x-source-file `a\\0.csv`', 400, goodBody({ via: 'raw', rawHeaderLines: ['x-source-file: a\u0000.csv'] }));
add('G60', 'source file name of 300 characters', 'x-source-file `aaa…` (300)', 400, goodBody({ headers: { 'x-source-file': 'a'.repeat(300) } }));
add('G61', 'negative line offset', 'x-source-line-offset `-5`', 400, goodBody({ headers: { 'x-source-line-offset': '-5' } }));
add('G62', 'client-chosen batch id is ignored', 'x-batch-id `../../etc`', 200, (b) => ({ ...csvRequest(b, []), request: { feedDate: FEED_DATE, contentType: CSV, body: goodCsv(b), headers: { 'x-batch-id': '../../etc' } }, verdicts: [] }));

// --- injection strings in every text field: stored as data, byte for byte (after trim/upper-case)
function injectionCase(format: 'csv' | 'ndjson', name: InjectionName) {
  return (b: number): Rest => {
    const payload = INJECTIONS[name];
    const cicids = TEXT_FIELDS.map((_, i) => b + 10 + i);
    const lines = TEXT_FIELDS.map((field, i) => (format === 'csv' ? csvRow(cicids[i], { [field]: csvCell(payload) }) : jsonRow(cicids[i], { [field]: payload })));
    const stored = TEXT_FIELDS.map((field, i) => ({ cicid: cicids[i], field, value: (normaliseField(field, payload) as { value: unknown }).value }));
    return { ...(format === 'csv' ? csvRequest : ndjsonRequest)(b, lines, cicids), verdicts: [], stored };
  };
}
let n = 63;
add(`G${n++}`, 'Idempotency-Key with a path in it', 'Idempotency-Key `../../etc/passwd`', 400, goodBody({ headers: { 'idempotency-key': '../../etc/passwd' } }));
add(`G${n++}`, 'Idempotency-Key too short to be unique', 'Idempotency-Key `abc`', 400, goodBody({ headers: { 'idempotency-key': 'abc' } }));
for (const name of Object.keys(INJECTIONS) as InjectionName[]) add(`G${n++}`, `${name} injection in every text field (NDJSON)`, `NDJSON, one line per text field (${TEXT_FIELDS.length})`, 200, injectionCase('ndjson', name));
for (const name of ONE_LINE_INJECTIONS) add(`G${n++}`, `${name} injection in every text field (CSV)`, `CSV, one quoted cell per text field (${TEXT_FIELDS.length})`, 200, injectionCase('csv', name));
add(`G${n++}`, 'CRLF inside a quoted CSV cell', 'occup `"ok\\r\\nX-Injected: 1"`: RFC 4180 keeps it in its field', 200, (b) => ({
  ...csvRequest(b, [csvRow(b + 3, { occup: '"ok\r\nX-Injected: 1"' })], [b + 3]),
  verdicts: [],
  stored: [{ cicid: b + 3, field: 'occup', value: normalised('occup', 'ok\r\nX-Injected: 1') }],
}));
add(`G${n++}`, 'LF inside a quoted CSV cell, and a stray quote after it', 'occup `"two\\nlines"`, then a cell `"STUDE` never closed', 200, (b) => ({
  ...csvRequest(b, [csvRow(b + 3, { occup: '"two\nlines"' }), csvRow(b + 4, { occup: '"STUDE' })], [b + 3], [b + 4]),
  verdicts: [{ line: 5, reason: 'UNTERMINATED_QUOTE' }],
  stored: [{ cicid: b + 3, field: 'occup', value: normalised('occup', 'two\nlines') }],
}));

// --- compressed bodies (Content-Encoding), limited before and after inflating
const gzipped = (req: Rest): Rest => ({ ...req, request: { ...req.request, body: gzipSync(req.request.body as string), headers: { 'content-encoding': 'gzip' } } });
add(`G${n++}`, 'gzip body', '`Content-Encoding: gzip`, three rows', 200, (b) => gzipped({ ...csvRequest(b, [csvRow(b + 3)], [b + 3]), verdicts: [] }));
add(`G${n++}`, 'gzip bomb', 'gzip: 17 KiB that inflate to 17 MiB > MAX_BODY_BYTES', 413, (b) => refused(b, { body: gzipSync(goodCsv(b) + 'X'.repeat(17 * MiB)), headers: { 'content-encoding': 'gzip' } }));
add(`G${n++}`, 'truncated gzip body', 'gzip: the stream cut 20 bytes short', 400, (b) => refused(b, { body: gzipSync(goodCsv(b)).subarray(0, -20), headers: { 'content-encoding': 'gzip' } }));
add(`G${n++}`, 'Content-Encoding the gateway does not decode', '`Content-Encoding: zstd`', 415, goodBody({ headers: { 'content-encoding': 'zstd' } }));

// --- charsets: honoured when declared, invalid bytes refused by line, never replaced
const latin1 = (req: Rest, contentType: string): Rest => ({ ...req, request: { ...req.request, contentType, body: Buffer.from(req.request.body as string, 'latin1') } });
const cafe = (b: number) => ({ ...csvRequest(b, [csvRow(b + 3, { occup: 'CAFÉ' })], [b + 3]), verdicts: [] });
add(`G${n++}`, 'Latin-1 body with its charset', '`text/csv; charset=iso-8859-1`, occup `CAFÉ` as byte C9', 200, (b) => ({ ...latin1(cafe(b), `${CSV}; charset=iso-8859-1`), verdicts: [], stored: [{ cicid: b + 3, field: 'occup', value: 'CAFÉ' }] }));
add(`G${n++}`, 'Latin-1 body without a charset', 'no charset (UTF-8 by default), occup `CAFÉ` as byte C9', 200, (b) => ({
  ...latin1({ ...csvRequest(b, [csvRow(b + 3, { occup: 'CAFÉ' })], [], [b + 3]), verdicts: [] }, CSV),
  verdicts: [{ line: 3, reason: 'INVALID_ENCODING' }],
}));
add(`G${n++}`, 'windows-1252 body with its charset', '`text/csv; charset=windows-1252`, occup `L’ÉCOLE` (byte 92 is ’)', 200, (b) => ({
  ...latin1({ ...csvRequest(b, [csvRow(b + 3, { occup: 'L\u0092ÉCOLE' })], [b + 3]), verdicts: [] }, `${CSV}; charset=windows-1252`),
  verdicts: [],
  stored: [{ cicid: b + 3, field: 'occup', value: 'L’ÉCOLE' }],
}));
add(`G${n++}`, 'byte windows-1252 does not define', '`text/csv; charset=windows-1252`, byte 81 in occup', 200, (b) => ({
  ...latin1({ ...csvRequest(b, [csvRow(b + 3, { occup: 'A\u0081B' })], [], [b + 3]), verdicts: [] }, `${CSV}; charset=windows-1252`),
  verdicts: [{ line: 3, reason: 'INVALID_ENCODING' }],
}));
add(`G${n++}`, 'charset the gateway does not read', '`text/csv; charset=utf-16`', 415, goodBody({ contentType: `${CSV}; charset=utf-16` }));

// --- Parquet and SAS7BDAT bodies: spooled to a bounded file, one verdict per row
const tableRequest = (contentType: string, body: GatewayRequest['body'], sent: number[], lands: number[]) => ({ request: { feedDate: FEED_DATE, contentType, body }, sent, lands });
const goodRows = (b: number) => [tableRow(b + 1), tableRow(b + 2), tableRow(b + 3, { i94mon: 13 })];
add(`G${n++}`, 'Parquet body', 'three sample rows, the third with i94mon 13', 200, (b) => ({ ...tableRequest(PARQUET, parquetBody(goodRows(b)), [b + 1, b + 2, b + 3], [b + 1, b + 2]), verdicts: [{ line: 3, reason: 'MONTH_OUT_OF_RANGE' }] }));
add(`G${n++}`, 'gzip Parquet body', '`Content-Encoding: gzip`, two sample rows', 200, (b) => {
  const req = tableRequest(PARQUET, async () => gzipSync(await parquetBody(goodRows(b).slice(0, 2))()), [b + 1, b + 2], [b + 1, b + 2]);
  return { ...req, request: { ...req.request, headers: { 'content-encoding': 'gzip' } }, verdicts: [] };
});
add(`G${n++}`, 'Parquet with a wrong schema', 'columns `name`, `amount`', 400, (b) => refused(b, { contentType: PARQUET, body: parquetBody([{ name: 'a', amount: 1.5 }], [{ name: 'name', kind: 'string', optional: true }, { name: 'amount', kind: 'double', optional: true }]) }));
add(`G${n++}`, 'truncated Parquet', 'the file without its last 100 bytes (the footer)', 400, (b) => refused(b, { contentType: PARQUET, body: async () => (await parquetBody(goodRows(b))()).subarray(0, -100) }));
add(`G${n++}`, 'Parquet sent as CSV', 'a Parquet file as `text/csv`', 400, (b) => refused(b, { contentType: CSV, body: parquetBody(goodRows(b)) }));
add(`G${n++}`, 'CSV sent as Parquet', 'a CSV body as `application/vnd.apache.parquet`', 400, (b) => refused(b, { contentType: PARQUET, body: goodCsv(b) }));
add(`G${n++}`, 'Parquet over the limit', '17 MiB > MAX_BODY_BYTES, no length', 413, (b) => refused(b, { contentType: PARQUET, via: 'chunked', body: async () => Buffer.concat([await parquetBody(goodRows(b))(), Buffer.alloc(17 * MiB)]) }));
add(`G${n++}`, 'SAS7BDAT body', 'the ReadStat fixture, 60 sample rows', 200, () => ({ ...tableRequest(SAS, readFileSync(SAS_FIXTURE), SAS_FIXTURE_CICIDS, SAS_FIXTURE_CICIDS), verdicts: [] }));
add(`G${n++}`, 'truncated SAS7BDAT', 'the fixture without its last 100 bytes', 400, (b) => refused(b, { contentType: SAS, body: readFileSync(SAS_FIXTURE).subarray(0, -100) }));
add(`G${n++}`, 'Parquet sent as SAS7BDAT', 'a Parquet file as `application/x-sas-data`', 400, (b) => refused(b, { contentType: SAS, body: parquetBody(goodRows(b)) }));
add(`G${n++}`, 'SAS7BDAT over the limit', '`Content-Length` 17 MiB > MAX_BODY_BYTES', 413, (b) => refused(b, { contentType: SAS, body: Buffer.concat([readFileSync(SAS_FIXTURE), Buffer.alloc(17 * MiB)]) }));

/** Every gateway case, each with its own range of 1,000 cicids. */
export const GATEWAY_CORPUS: GatewayCase[] = cases.map(([id, name, input, status, build], i) => ({ id, name, input, status, ...build(900_000_000 + i * 1000) }));

export { CSV, FEED_DATE, NDJSON };
