import fc from 'fast-check';
import { I94_FIELD_KINDS, I94_FIELDS, type I94FieldName, type I94RawRecord, MAX_SAS_DAY, MIN_SAS_DAY, monthOfSasDay, normaliseField, type ParsedRecord, parseRecords, toNdjsonLine, toUdacityCsvLine, UDACITY_CSV_HEADER } from '@i94/domain';
import { collect } from '../../test/sample-data';
import { readCsv } from './csv-reader';
import { readNdjson } from './ndjson-reader';

// Properties of the two line readers behind the gateway, on generated input: whatever the bytes
// and however they are chunked, reading ends without a throw, every non-blank line gets exactly
// one verdict carrying its line number, in order; and valid records survive a write and a read.

const RUNS = { numRuns: 200 };

/** Splits bytes at arbitrary points (also inside multi-byte characters), as a socket would. */
const chunked = (bytes: Buffer, cuts: number[]) => {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((start, i) => bytes.subarray(start, [...points, bytes.length][i]));
};

const read = (format: 'csv' | 'ndjson', bytes: Buffer, cuts: number[], maxLineLength = 1024 * 1024) =>
  collect(parseRecords((format === 'csv' ? readCsv : readNdjson)(chunked(bytes, cuts), { maxLineLength })));

/** Text made of the characters that matter to the readers, mixed with any Unicode. */
const trickyText = fc.array(fc.oneof(fc.constantFrom('\n', '\r\n', '\r', ',', '"', '""', '{', '}', '[', ' ', '\uFEFF', 'null', '1.0', ''), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

/** The physical lines as the splitter sees them: LF-separated, a trailing CR dropped, a leading BOM dropped. */
function nonBlankLines(text: string): number[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.flatMap((line, i) => (line.replace(/\r$/, '').replace(i === 0 ? /^\uFEFF/ : /$^/, '').replace(/[ \t]/g, '') === '' ? [] : [i + 1]));
}

function expectOneVerdictPerLine(parsed: ParsedRecord[], expectedLines: number[]) {
  expect(parsed.map((p) => p.line)).toEqual(expectedLines);
  for (const p of parsed) {
    if (p.outcome.ok) expect(typeof p.outcome.record.cicid).toBe('number');
    else expect(p.outcome.rejections.length).toBeGreaterThan(0);
  }
}

describe('CSV and NDJSON readers, property-based', () => {
  it.each(['csv', 'ndjson'] as const)('%s: arbitrary bytes in arbitrary chunks never make the reader throw', async (format) => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.array(fc.nat(), { maxLength: 6 }), async (bytes, cuts) => {
        const parsed = await read(format, Buffer.from(bytes), cuts);
        expect(parsed.every((p, i) => i === 0 || p.line > parsed[i - 1].line)).toBe(true);
      }),
      RUNS,
    );
  });

  it('NDJSON: every non-blank line gets exactly one verdict, in line order', async () => {
    await fc.assert(
      fc.asyncProperty(trickyText, fc.array(fc.nat(), { maxLength: 6 }), async (text, cuts) => {
        expectOneVerdictPerLine(await read('ndjson', Buffer.from(text, 'utf8'), cuts), nonBlankLines(text));
      }),
      RUNS,
    );
  });

  it('CSV without quotes: every non-blank line after the header gets exactly one verdict; the header only when it is bad', async () => {
    const noQuotes = trickyText.map((t) => t.replace(/"/g, "'"));
    const header = fc.oneof(fc.constant(UDACITY_CSV_HEADER), noQuotes.map((t) => t.split('\n')[0]));
    await fc.assert(
      fc.asyncProperty(header, noQuotes, fc.array(fc.nat(), { maxLength: 6 }), async (head, rest, cuts) => {
        const text = `${head}\n${rest}`;
        const parsed = await read('csv', Buffer.from(text, 'utf8'), cuts);
        const lines = nonBlankLines(text);
        const headerRefused = parsed.length > 0 && parsed[0].line === lines[0] && !parsed[0].outcome.ok && parsed[0].outcome.rejections[0].reason === 'BAD_HEADER';
        expectOneVerdictPerLine(parsed, headerRefused ? lines : lines.slice(1));
      }),
      RUNS,
    );
  });

  it('CSV with quotes: verdicts come in line order, each on a non-blank line (a quoted field may span lines)', async () => {
    await fc.assert(
      fc.asyncProperty(trickyText, fc.array(fc.nat(), { maxLength: 6 }), async (rest, cuts) => {
        const text = `${UDACITY_CSV_HEADER}\n${rest}`;
        const parsed = await read('csv', Buffer.from(text, 'utf8'), cuts);
        const lines = new Set(nonBlankLines(text));
        expect(parsed.every((p, i) => lines.has(p.line) && (i === 0 || p.line > parsed[i - 1].line))).toBe(true);
      }),
      RUNS,
    );
  });

  it.each(['csv', 'ndjson'] as const)('%s: a line over the limit gets LINE_TOO_LONG and the lines after it are still read', async (format) => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3000 }), fc.array(fc.nat(), { maxLength: 6 }), async (over, cuts) => {
        const limit = 1000; // longer than the header and the good line
        const tooLongLine = fc.sample(fc.constantFrom('x', ',', '"', '{'), 1)[0].repeat(limit + over);
        const lines = format === 'csv' ? [UDACITY_CSV_HEADER, tooLongLine, toUdacityCsvLine(validRecordFor(7), 0)] : [tooLongLine, toNdjsonLine(validRecordFor(7))];
        const parsed = await read(format, Buffer.from(lines.join('\n'), 'utf8'), cuts, limit);
        const tooLong = format === 'csv' ? 2 : 1;
        expect(parsed.map((p) => [p.line, p.outcome.ok ? 'OK' : p.outcome.rejections[0].reason])).toEqual([[tooLong, 'LINE_TOO_LONG'], [tooLong + 1, 'OK']]);
      }),
      { numRuns: 50 },
    );
  });

  it.each(['csv', 'ndjson'] as const)('%s: generated valid records come back equal, one per line, in any chunking', async (format) => {
    await fc.assert(
      fc.asyncProperty(fc.array(validRecord, { minLength: 1, maxLength: 20 }), fc.array(fc.nat(), { maxLength: 8 }), async (records, cuts) => {
        const lines = format === 'csv' ? [UDACITY_CSV_HEADER, ...records.map((r, i) => toUdacityCsvLine(r, i))] : records.map(toNdjsonLine);
        const parsed = await read(format, Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'), cuts);
        const first = format === 'csv' ? 2 : 1;
        expect(parsed.map((p) => p.line)).toEqual(records.map((_, i) => i + first));
        expect(parsed.map((p) => (p.outcome.ok ? p.outcome.record : p.outcome.rejections))).toEqual(records);
      }),
      RUNS,
    );
  });
});

// --- generated valid records: every value a fixed point of normaliseField, dates consistent

const NO_LINE_BREAKS = /[\r\n]/g;

function textValue(field: I94FieldName): fc.Arbitrary<string | null> {
  return fc.option(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((s) => {
      const v = normaliseField(field, s.replace(NO_LINE_BREAKS, ' ')) as { ok: true; value: string | null };
      // a value is usable when normalising it again changes nothing (ß upper-cases to SS, and so on)
      return v.value !== null && (normaliseField(field, v.value) as { value: unknown }).value === v.value ? v.value : null;
    }),
  );
}

const numberValue = (field: I94FieldName) =>
  fc.option(I94_FIELD_KINDS[field] === 'long' ? fc.maxSafeInteger() : fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));

const otherFields = Object.fromEntries(
  I94_FIELDS.filter((f) => !['cicid', 'i94yr', 'i94mon', 'arrdate', 'depdate'].includes(f)).map((f) => [f, I94_FIELD_KINDS[f] === 'string' ? textValue(f) : numberValue(f)]),
) as Record<I94FieldName, fc.Arbitrary<string | number | null>>;

const validRecord: fc.Arbitrary<I94RawRecord> = fc
  .record({
    ...otherFields,
    cicid: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    arrdate: fc.option(fc.integer({ min: MIN_SAS_DAY, max: MAX_SAS_DAY })),
    depdate: fc.option(fc.integer({ min: MIN_SAS_DAY, max: MAX_SAS_DAY })),
  })
  .map((r) => {
    const month = r.arrdate === null ? null : monthOfSasDay(r.arrdate as number);
    // without an arrdate the file month is still there: it is part of the arrival's identity
    const values = { ...r, i94yr: month ? Number(month.slice(0, 4)) : 2016, i94mon: month ? Number(month.slice(5, 7)) : 4 };
    return Object.fromEntries(I94_FIELDS.map((f) => [f, values[f] ?? null])) as unknown as I94RawRecord;
  });

function validRecordFor(cicid: number): I94RawRecord {
  return { ...(Object.fromEntries(I94_FIELDS.map((f) => [f, null])) as unknown as I94RawRecord), cicid, i94yr: 2016, i94mon: 4 };
}
