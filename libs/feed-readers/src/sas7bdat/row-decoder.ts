import { TextDecoder } from 'node:util';
import { type SasHeader } from './header';
import { type SasColumn, type SasLayout } from './metadata';

/** A cell as read: a number (SAS missing values of every kind become null) or trimmed text. */
export type SasValue = number | string | null;

/** One row keyed by column name, in column order. */
export type SasRow = Record<string, SasValue>;

/** Reads the row that starts at `offset` in `bytes`: its values in column order. */
export type RowDecoder = (bytes: Buffer, offset: number) => SasValue[];

type CellDecoder = (bytes: Buffer, rowStart: number) => SasValue;

function trimRight(bytes: Buffer, start: number, end: number): number {
  let stop = end;
  while (stop > start && (bytes[stop - 1] === 0x20 || bytes[stop - 1] === 0x00)) stop--;
  return stop;
}

function stringCell(column: SasColumn, decoder: TextDecoder | null): CellDecoder {
  return (bytes, rowStart) => {
    const start = rowStart + column.offset;
    const stop = trimRight(bytes, start, start + column.length);
    return decoder ? decoder.decode(bytes.subarray(start, stop)) : bytes.toString('utf8', start, stop);
  };
}

// Short numeric columns keep the most significant bytes of the double; the rest are zero.
function numberCell(column: SasColumn, littleEndian: boolean): CellDecoder {
  const scratch = Buffer.alloc(8);
  const pad = 8 - column.length;
  return (bytes, rowStart) => {
    const start = rowStart + column.offset;
    let value: number;
    if (pad === 0) {
      value = littleEndian ? bytes.readDoubleLE(start) : bytes.readDoubleBE(start);
    } else {
      scratch.fill(0);
      bytes.copy(scratch, littleEndian ? pad : 0, start, start + column.length);
      value = littleEndian ? scratch.readDoubleLE(0) : scratch.readDoubleBE(0);
    }
    return Number.isNaN(value) ? null : value;
  };
}

/** A decoder for rows of `layout`; the caller guarantees `rowLength` bytes at each offset. */
export function rowDecoder(layout: SasLayout, header: SasHeader): RowDecoder {
  const text = header.encoding === 'utf-8' ? null : new TextDecoder(header.encoding);
  const cells = layout.columns.map((column) => (column.type === 'number' ? numberCell(column, header.littleEndian) : stringCell(column, text)));
  return (bytes, offset) => cells.map((cell) => cell(bytes, offset));
}
