import { type ByteView } from './byte-view';
import { type SasHeader } from './header';
import { Sas7bdatError } from './sas7bdat-error';

/** How data rows are compressed. */
export type SasCompression = 'none' | 'rle' | 'rdc';

/** One column: where its bytes sit in a row and how to read them. */
export interface SasColumn {
  name: string;
  offset: number;
  length: number;
  type: 'number' | 'string';
}

/** Everything needed to decode rows. */
export interface SasLayout {
  rowLength: number;
  rowCount: number;
  /** Rows stored after the subheaders of a mix page. */
  mixPageRowCount: number;
  columns: SasColumn[];
  compression: SasCompression;
}

/** Subheader signatures, read as a 4-byte integer in the file's byte order. */
export const SIGNATURE = {
  rowSize: 0xf7f7f7f7,
  columnSize: 0xf6f6f6f6,
  counts: 0xfffffc00,
  columnText: 0xfffffffd,
  columnName: 0xffffffff,
  columnAttributes: 0xfffffffc,
  columnFormat: 0xfffffbfe,
  columnList: 0xfffffffe,
} as const;

const KNOWN: ReadonlySet<number> = new Set(Object.values(SIGNATURE));

/** True when `signature` names a metadata subheader rather than a data row. */
export function isKnownSignature(signature: number): boolean {
  return KNOWN.has(signature);
}

/** The signature of the subheader at `offset`. */
export function signatureAt(page: ByteView, header: SasHeader, offset: number): number {
  const first = page.u32(offset, 'subheader signature');
  // 64-bit big-endian files may put 4 bytes of padding (all ones, or zeros) before the signature.
  const padded = header.u64 && !header.littleEndian && (first === 0xffffffff || first === 0);
  return padded ? page.u32(offset + 4, 'subheader signature') : first;
}

interface TextRef {
  index: number;
  offset: number;
  length: number;
}

interface Attributes {
  offset: number;
  length: number;
  type: 'number' | 'string';
}

function detectCompression(firstText: Buffer): SasCompression {
  if (firstText.includes('SASYZCRL', 0, 'latin1')) return 'rle';
  if (firstText.includes('SASYZCR2', 0, 'latin1')) return 'rdc';
  return 'none';
}

/** Gathers the metadata subheaders of the leading pages into a SasLayout. */
export class MetadataCollector {
  private rowLength: number | undefined;
  private rowCount = 0;
  private mixPageRowCount = 0;
  private columnCount: number | undefined;
  private compression: SasCompression = 'none';
  private readonly texts: Buffer[] = [];
  private readonly names: TextRef[] = [];
  private readonly attributes: Attributes[] = [];

  constructor(private readonly header: SasHeader) {}

  /** Apply one metadata subheader; unknown signatures are ignored. */
  apply(signature: number, page: ByteView, offset: number, length: number): void {
    const size = this.header.intLength;
    switch (signature) {
      case SIGNATURE.rowSize:
        this.rowLength = page.uint(offset + 5 * size, size, 'row length');
        this.rowCount = page.uint(offset + 6 * size, size, 'row count');
        this.mixPageRowCount = page.uint(offset + 15 * size, size, 'mix page row count');
        return;
      case SIGNATURE.columnSize:
        this.columnCount = page.uint(offset + size, size, 'column count');
        return;
      case SIGNATURE.columnText:
        return this.addText(Buffer.from(page.slice(offset + size, length - size, 'column text')));
      case SIGNATURE.columnName:
        return this.addNames(page, offset, length);
      case SIGNATURE.columnAttributes:
        return this.addAttributes(page, offset, length);
    }
  }

  private addText(text: Buffer): void {
    if (this.texts.length === 0) this.compression = detectCompression(text);
    this.texts.push(text);
  }

  private addNames(page: ByteView, offset: number, length: number): void {
    const size = this.header.intLength;
    const count = Math.floor((length - 2 * size - 12) / 8);
    for (let i = 0; i < count; i++) {
      const at = offset + size + 8 + 8 * i;
      this.names.push({ index: page.u16(at, 'name text index'), offset: page.u16(at + 2, 'name offset'), length: page.u16(at + 4, 'name length') });
    }
  }

  private addAttributes(page: ByteView, offset: number, length: number): void {
    const size = this.header.intLength;
    const count = Math.floor((length - 2 * size - 12) / (size + 8));
    for (let i = 0; i < count; i++) {
      const at = offset + size + 8 + i * (size + 8);
      const code = page.u8(at + size + 6, 'column type');
      if (code !== 1 && code !== 2) throw new Sas7bdatError(`column ${this.attributes.length + 1} has unknown type code ${code}`);
      this.attributes.push({ offset: page.uint(at, size, 'column offset'), length: page.u32(at + size, 'column width'), type: code === 1 ? 'number' : 'string' });
    }
  }

  private nameOf(ref: TextRef, position: number): string {
    const text = this.texts[ref.index];
    if (!text || ref.offset + ref.length > text.length) {
      throw new Sas7bdatError(`the name of column ${position} points outside the column text read so far (text block ${ref.index}); trailing AMD pages are not supported`);
    }
    return text.subarray(ref.offset, ref.offset + ref.length).toString('latin1').replace(/[\0 ]+$/, '');
  }

  private column(attributes: Attributes, position: number, rowLength: number): SasColumn {
    const name = this.nameOf(this.names[position - 1], position);
    const { offset, length, type } = attributes;
    if (offset + length > rowLength) throw new Sas7bdatError(`column ${name} (${offset}+${length}) lies outside the ${rowLength}-byte row`);
    if (type === 'number' && (length < 1 || length > 8)) throw new Sas7bdatError(`numeric column ${name} has width ${length}, expected 1..8`);
    return { name, offset, length, type };
  }

  /** The layout, once the row size, names and attributes have been seen; throws if they are inconsistent. */
  build(): SasLayout {
    const { rowLength } = this;
    if (rowLength === undefined) throw new Sas7bdatError('no row size subheader before the first data row');
    if (this.attributes.length !== this.names.length || (this.columnCount !== undefined && this.columnCount !== this.names.length)) {
      throw new Sas7bdatError(`column metadata disagree: ${this.columnCount ?? '?'} columns, ${this.names.length} names, ${this.attributes.length} attribute sets`);
    }
    const columns = this.attributes.map((attributes, i) => this.column(attributes, i + 1, rowLength));
    return { rowLength, rowCount: this.rowCount, mixPageRowCount: this.mixPageRowCount, columns, compression: this.compression };
  }
}
