import { type ByteView } from './byte-view';
import { type SasHeader } from './header';
import { type SasLayout, isKnownSignature, signatureAt } from './metadata';
import { COMPRESSION_NONE, COMPRESSION_ROW, COMPRESSION_TRUNCATED, type PageLayout, type SubheaderPointer } from './page';
import { rdcDecompress } from './rdc';
import { rleDecompress } from './rle';
import { type RowDecoder, type SasValue } from './row-decoder';
import { Sas7bdatError } from './sas7bdat-error';

/** What a subheader holds. */
export type SubheaderRole = 'row' | 'metadata' | 'skip';

/** Classify a subheader: a data row (compressed or not), metadata, or nothing (empty or truncated). */
export function subheaderRole(pointer: SubheaderPointer, page: ByteView, header: SasHeader): SubheaderRole {
  if (pointer.length === 0 || pointer.compression === COMPRESSION_TRUNCATED) return 'skip';
  if (pointer.compression === COMPRESSION_ROW) return 'row';
  if (pointer.compression !== COMPRESSION_NONE) throw new Sas7bdatError(`subheader compression code ${pointer.compression} is not supported`);
  // Compressed files store some rows uncompressed, flagged as data with no known signature.
  return pointer.isData && !isKnownSignature(signatureAt(page, header, pointer.offset)) ? 'row' : 'metadata';
}

function subheaderRow(page: ByteView, pointer: SubheaderPointer, layout: SasLayout): Buffer {
  const bytes = page.slice(pointer.offset, pointer.length, 'row subheader');
  if (pointer.compression === COMPRESSION_ROW) {
    return layout.compression === 'rdc' ? rdcDecompress(bytes, layout.rowLength) : rleDecompress(bytes, layout.rowLength);
  }
  if (bytes.length !== layout.rowLength) throw new Sas7bdatError(`uncompressed row subheader is ${bytes.length} bytes, rows are ${layout.rowLength}`);
  return bytes;
}

function blockRows(page: ByteView, start: number, count: number, layout: SasLayout, decode: RowDecoder): SasValue[][] {
  page.check(start, count * layout.rowLength, `${count} rows`);
  const rows: SasValue[][] = [];
  for (let i = 0; i < count; i++) rows.push(decode(page.bytes, start + i * layout.rowLength));
  return rows;
}

/** The rows stored on one page, at most `remaining` of them, in file order. */
export function pageRows(page: ByteView, pageLayout: PageLayout, header: SasHeader, layout: SasLayout, decode: RowDecoder, remaining: number): SasValue[][] {
  if (pageLayout.kind === 'data') {
    return blockRows(page, header.pageBitOffset + 8, Math.min(pageLayout.blockCount, remaining), layout, decode);
  }
  if (pageLayout.kind === 'other') return [];
  const rows: SasValue[][] = [];
  for (const pointer of pageLayout.pointers) {
    if (rows.length < remaining && subheaderRole(pointer, page, header) === 'row') rows.push(decode(subheaderRow(page, pointer, layout), 0));
  }
  if (pageLayout.kind === 'mix') {
    // Rows after the pointer table start on an 8-byte boundary.
    const start = pageLayout.pointersEnd % 8 === 4 ? pageLayout.pointersEnd + 4 : pageLayout.pointersEnd;
    rows.push(...blockRows(page, start, Math.min(layout.mixPageRowCount, remaining - rows.length), layout, decode));
  }
  return rows;
}
