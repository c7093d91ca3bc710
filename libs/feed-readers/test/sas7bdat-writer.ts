// Test-only: writes small but structurally complete SAS7BDAT files (the layout documented by
// Matt Shotwell's sas7bdat notes, pandas and ReadStat), so the reader can be tested on 32- and
// 64-bit, both byte orders, mix pages and RLE compression. Files written here were checked with
// the ReadStat CLI (`readstat file.sas7bdat -`), an independent reader.
import { writeFileSync } from 'node:fs';
import { rleCompress } from './sas-rle-compress';
import { type FixtureColumn, type FixtureOptions, type FixtureValue, Layout } from './sas7bdat-layout';

export { type FixtureColumn, type FixtureOptions, type FixtureValue } from './sas7bdat-layout';

const MAGIC = Buffer.from('000000000000000000000000c2ea8160b31411cfbd92080009c7318c181f1011', 'hex');

/** A page being filled: pointers grow from the front, subheaders from the back. */
class PageBuilder {
  readonly bytes: Buffer;
  private pointers = 0;
  private tail: number;

  constructor(
    private readonly l: Layout,
    type: number,
  ) {
    this.bytes = Buffer.alloc(l.pageLength);
    this.tail = l.pageLength;
    l.put16(this.bytes, l.bitOffset, type);
  }

  fits(length: number): boolean {
    return this.pointersEnd + this.l.pointerLength + length <= this.tail;
  }

  get pointersEnd(): number {
    return this.l.bitOffset + 8 + this.pointers * this.l.pointerLength;
  }

  add(subheader: Buffer, compression = 0, isData = false): void {
    if (!this.fits(subheader.length)) throw new Error('subheader does not fit in the page');
    this.tail -= subheader.length;
    subheader.copy(this.bytes, this.tail);
    const at = this.pointersEnd;
    this.l.putInt(this.bytes, at, this.tail);
    this.l.putInt(this.bytes, at + this.l.intLength, subheader.length);
    this.bytes[at + 2 * this.l.intLength] = compression;
    this.bytes[at + 2 * this.l.intLength + 1] = isData ? 1 : 0;
    this.pointers += 1;
    this.l.put16(this.bytes, this.l.bitOffset + 2, this.pointers);
    this.l.put16(this.bytes, this.l.bitOffset + 4, this.pointers);
  }
}

function header(l: Layout, pageCount: number, options: FixtureOptions): Buffer {
  const bytes = Buffer.alloc(l.headerLength);
  const a = options.align4 ? 4 : 0;
  MAGIC.copy(bytes);
  bytes[32] = l.u64 ? 0x33 : 0x22;
  bytes[35] = options.align4 ? 0x33 : 0x22;
  bytes[37] = l.littleEndian ? 0x01 : 0x00;
  bytes[39] = 0x31;
  bytes[70] = 20;
  bytes.write('SAS FILE', 84, 'latin1');
  bytes.write((options.name ?? 'FIXTURE').padEnd(64), 92, 'latin1');
  bytes.write('DATA    ', 156, 'latin1');
  l.putF64(bytes, 164 + a, 1.8e9);
  l.putF64(bytes, 172 + a, 1.8e9);
  l.put32(bytes, 196 + a, l.headerLength);
  l.put32(bytes, 200 + a, l.pageLength);
  l.putInt(bytes, 204 + a, pageCount);
  bytes.write('9.0401M6', 212 + a + l.intLength, 'latin1');
  return bytes;
}

function rowSubheader(l: Layout, rowCount: number): Buffer {
  const s = l.subheader(0xf7f7f7f7, l.u64 ? 808 : 480);
  l.putInt(s, 5 * l.intLength, l.rowLength);
  l.putInt(s, 6 * l.intLength, rowCount);
  l.putInt(s, 9 * l.intLength, l.columns.length);
  return s;
}

// Row size first: buildSas7bdat patches its mix-page row count once the page is laid out.
function metadataSubheaders(l: Layout, rowCount: number, compressed: boolean): Buffer[] {
  const size = l.subheader(0xf6f6f6f6, 3 * l.intLength);
  l.putInt(size, l.intLength, l.columns.length);
  const formats = l.columns.map(() => l.subheader(0xfffffbfe, l.u64 ? 64 : 52));
  return [rowSubheader(l, rowCount), size, l.textSubheader(compressed), l.nameSubheader(), l.attributeSubheader(), ...formats];
}

/** Rows that fit on page 0 between the pointer table (8-byte aligned) and the subheaders. */
function mixCapacity(l: Layout, subheaders: Buffer[], rowCount: number): number {
  const pointersEnd = l.bitOffset + 8 + subheaders.length * l.pointerLength;
  const start = pointersEnd % 8 === 4 ? pointersEnd + 4 : pointersEnd;
  const tail = l.pageLength - subheaders.reduce((sum, s) => sum + s.length, 0);
  return Math.max(0, Math.min(rowCount, Math.floor((tail - start) / l.rowLength)));
}

function dataPages(l: Layout, rows: Buffer[]): Buffer[] {
  const perPage = Math.floor((l.pageLength - l.bitOffset - 8) / l.rowLength);
  const pages: Buffer[] = [];
  for (let start = 0; start < rows.length; start += perPage) {
    const page = new PageBuilder(l, 0x0100).bytes;
    const part = rows.slice(start, start + perPage);
    part.forEach((row, i) => row.copy(page, l.bitOffset + 8 + i * l.rowLength));
    l.put16(page, l.bitOffset + 2, part.length);
    pages.push(page);
  }
  return pages;
}

function compressedPages(l: Layout, first: PageBuilder, rows: Buffer[]): Buffer[] {
  const pages = [first];
  for (const row of rows) {
    const packed = rleCompress(row);
    const [bytes, compression] = packed.length < row.length ? [packed, 4] : [row, 0];
    if (!pages[pages.length - 1].fits(bytes.length)) pages.push(new PageBuilder(l, 0x0000));
    pages[pages.length - 1].add(bytes, compression, true);
  }
  return pages.map((p) => p.bytes);
}

function fillMixPage(l: Layout, page: PageBuilder, rows: Buffer[]): void {
  const start = page.pointersEnd % 8 === 4 ? page.pointersEnd + 4 : page.pointersEnd;
  rows.forEach((row, i) => row.copy(page.bytes, start + i * l.rowLength));
}

// Metadata subheaders fill page 0 and spill onto further meta pages when it is full.
function metadataPages(l: Layout, subheaders: Buffer[], firstType: number): PageBuilder[] {
  const pages = [new PageBuilder(l, firstType)];
  for (const s of subheaders) {
    if (!pages[pages.length - 1].fits(s.length)) pages.push(new PageBuilder(l, 0x0000));
    pages[pages.length - 1].add(s);
  }
  return pages;
}

/** Bytes of a SAS7BDAT file holding `rows` (one value per column, null for missing). */
export function buildSas7bdat(columns: FixtureColumn[], rows: FixtureValue[][], options: FixtureOptions = {}): Buffer {
  const l = new Layout(columns, rows, options);
  const encoded = rows.map((row) => l.encodeRow(row));
  const subheaders = metadataSubheaders(l, rows.length, options.compress === 'rle');
  const mixRows = options.mix && !options.compress ? mixCapacity(l, subheaders, encoded.length) : 0;
  l.putInt(subheaders[0], 15 * l.intLength, mixRows);
  const meta = metadataPages(l, subheaders, mixRows > 0 ? 0x0200 : 0x0000);
  if (mixRows > 0 && meta.length > 1) throw new Error('a mix page needs all metadata on page 0');
  let pages: Buffer[];
  if (options.compress === 'rle') {
    pages = [...meta.slice(0, -1).map((p) => p.bytes), ...compressedPages(l, meta[meta.length - 1], encoded)];
  } else {
    fillMixPage(l, meta[0], encoded.slice(0, mixRows));
    pages = [...meta.map((p) => p.bytes), ...dataPages(l, encoded.slice(mixRows))];
  }
  return Buffer.concat([header(l, pages.length, options), ...pages]);
}

/** Write a fixture file; see buildSas7bdat. */
export function writeSas7bdat(path: string, columns: FixtureColumn[], rows: FixtureValue[][], options: FixtureOptions = {}): void {
  writeFileSync(path, buildSas7bdat(columns, rows, options));
}
