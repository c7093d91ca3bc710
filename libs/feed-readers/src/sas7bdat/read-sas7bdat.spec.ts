import { readFileSync, writeFileSync } from 'node:fs';
import { I94_FIELDS, I94_FIELD_KINDS } from '@i94/domain';
import { csvFields } from '../text/csv-fields';
import { READSTAT_FIXTURE, SAMPLE_CSV } from '../../test/paths';
import { type FixtureColumn, type FixtureOptions, type FixtureValue, buildSas7bdat } from '../../test/sas7bdat-writer';
import { useTempDir } from '../../test/temp-dir';
import { readSas7bdat } from './read-sas7bdat';
import { type SasRow } from './row-decoder';
import { Sas7bdatError } from './sas7bdat-error';

const tmp = useTempDir('i94-sas-');

async function readAll(path: string): Promise<SasRow[]> {
  const rows: SasRow[] = [];
  for await (const row of readSas7bdat(path)) rows.push(row);
  return rows;
}

const numeric = (field: string) => I94_FIELD_KINDS[field as keyof typeof I94_FIELD_KINDS] !== 'string';

/** The sample's rows as SAS would hold them: numbers (null when empty) and text. */
function sampleRows(count: number): SasRow[] {
  const lines = readFileSync(SAMPLE_CSV, 'utf8').split(/\r?\n/).slice(1, count + 1);
  return lines.map((line) => {
    const fields = (csvFields(line) ?? []).slice(1);
    return Object.fromEntries(I94_FIELDS.map((field, i) => [field, numeric(field) ? (fields[i] === '' ? null : Number(fields[i])) : fields[i]]));
  });
}

describe('readSas7bdat on a file written by ReadStat', () => {
  it('reads the 60 sample rows exactly, with missing numbers as null', async () => {
    const rows = await readAll(READSTAT_FIXTURE);
    expect(rows).toEqual(sampleRows(60));
    expect(Object.keys(rows[0])).toEqual([...I94_FIELDS]);
    expect(rows[0]).toMatchObject({ cicid: 4084316, i94port: 'HHW', arrdate: 20566, admnum: 56582674633, fltno: '00782', visapost: '' });
  });
});

describe('readSas7bdat on layouts from the fixture writer', () => {
  const columns: FixtureColumn[] = I94_FIELDS.map((name) => ({ name, type: numeric(name) ? 'number' : 'string' }));
  const values: FixtureValue[][] = sampleRows(400).map((row) => I94_FIELDS.map((field) => (row[field] === '' ? null : row[field])));
  const expected = sampleRows(400);

  it.each<[string, FixtureOptions]>([
    ['64-bit little-endian', {}],
    ['32-bit little-endian', { u64: false }],
    ['64-bit big-endian', { bigEndian: true }],
    ['32-bit big-endian', { u64: false, bigEndian: true }],
    ['header fields shifted by 4 bytes', { align4: true }],
    ['first rows on a mix page', { mix: true }],
    ['32-bit mix page', { mix: true, u64: false }],
    ['RLE-compressed rows', { compress: 'rle' }],
    ['RLE, 32-bit big-endian', { compress: 'rle', u64: false, bigEndian: true }],
    ['metadata spread over several small pages', { pageLength: 1024, u64: false }],
    ['RLE with metadata over several pages', { pageLength: 2048, compress: 'rle' }],
  ])('%s', async (_name, options) => {
    const path = tmp.path('layout.sas7bdat');
    writeFileSync(path, buildSas7bdat(columns, values, options));
    expect(await readAll(path)).toEqual(expected);
  });

  it('reads an empty dataset', async () => {
    const path = tmp.path('empty.sas7bdat');
    writeFileSync(path, buildSas7bdat(columns, []));
    expect(await readAll(path)).toEqual([]);
  });

  it('decodes UTF-8 text and trims only trailing blanks', async () => {
    const path = tmp.path('text.sas7bdat');
    writeFileSync(path, buildSas7bdat([{ name: 'Name', type: 'string' }, { name: 'x', type: 'number' }], [['  São Paulo', -1.5], [null, null]]));
    expect(await readAll(path)).toEqual([{ Name: '  São Paulo', x: -1.5 }, { Name: '', x: null }]);
  });
});

describe('readSas7bdat on broken files', () => {
  const good = buildSas7bdat([{ name: 'cicid', type: 'number' }, { name: 'i94port', type: 'string' }], Array.from({ length: 2000 }, (_, i) => [i + 1, 'NYC']), { u64: false });

  async function failure(bytes: Buffer, name: string): Promise<Sas7bdatError> {
    const path = tmp.path(name);
    writeFileSync(path, bytes);
    const error = await readAll(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Sas7bdatError);
    return error as Sas7bdatError;
  }

  it.each<[string, (b: Buffer) => Buffer, RegExp]>([
    ['an empty file', () => Buffer.alloc(0), /too short for a SAS7BDAT header/],
    ['a CSV renamed', () => Buffer.from('cicid,i94port\n1,NYC\n'), /too short|not a SAS7BDAT file/],
    ['a bad magic number', (b) => Buffer.concat([Buffer.alloc(32, 7), b.subarray(32)]), /not a SAS7BDAT file/],
    ['a file cut in the header', (b) => b.subarray(0, 500), /truncated/],
    ['a file cut mid-page', (b) => b.subarray(0, b.length - 1000), /file is truncated: the header announces/],
    ['an absurd page length', (b) => patch(b, 200, 0xffffffff), /page length .* is outside/],
    ['a subheader pointer outside the page', (b) => patch(b, 1024 + 24, 0x7fff0000), /page 0: subheader at offset/],
    ['fewer rows than announced', (b) => withRowCount(b, 5000), /file ends after 2000 of the 5000 rows/],
  ])('fails clearly on %s', async (name, damage, message) => {
    const error = await failure(damage(good), `${name.replace(/\W+/g, '-')}.sas7bdat`);
    expect(error.message).toMatch(message);
    expect(error.message).toContain('.sas7bdat');
  });

  it('never hangs or crashes on random corruption of the pages', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const bytes = Buffer.from(good);
      for (let k = 0; k < 40; k++) bytes[1024 + ((seed * 7919 * (k + 1)) % (bytes.length - 1024))] = (seed * 31 + k) & 0xff;
      const path = tmp.path(`random-${seed}.sas7bdat`);
      writeFileSync(path, bytes);
      // Either rows (corruption in data bytes) or a Sas7bdatError; never another kind of error.
      await readAll(path).catch((e: unknown) => expect(e).toBeInstanceOf(Sas7bdatError));
    }
  });
});

function patch(bytes: Buffer, at: number, value: number): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeUInt32LE(value, at);
  return copy;
}

// The row size subheader is the first subheader of page 0, written at the end of the page.
function withRowCount(bytes: Buffer, rows: number): Buffer {
  const pageStart = 1024;
  const offset = bytes.readUInt32LE(pageStart + 24);
  return patch(bytes, pageStart + offset + 6 * 4, rows);
}
