import { type BlockPool } from './block-pool';

/**
 * The body of one batch being filled: an optional header line, then one record per line, as
 * UTF-8 in blocks from a pool. Lines are copied in: keeping the line strings instead would pin
 * every chunk of the file they were sliced from for as long as any day's buffer still holds one
 * of its lines, several times the data itself when days interleave.
 */
export class RecordBuffer {
  private readonly blocks: Buffer[] = [];
  private used = 0;
  private readonly lines: number[] = [];
  private readonly starts: number[] = [];
  private nextBodyLine = 1;

  constructor(
    private readonly pool: BlockPool,
    header: string | null = null,
  ) {
    if (header !== null) {
      this.write(header);
      this.nextBodyLine = 2;
    }
  }

  /** Records held. */
  get count(): number {
    return this.lines.length;
  }

  /** Bytes held, header included. */
  get byteLength(): number {
    return this.used;
  }

  /** Source line (or row) of each record, in order. */
  get sourceLines(): number[] {
    return this.lines;
  }

  /** Body line where each record starts: a CSV record with quoted line breaks spans several. */
  get bodyLines(): number[] {
    return this.starts;
  }

  private room(): number {
    return this.blocks.length * this.pool.blockSize - this.used;
  }

  private write(text: string): void {
    // Fast path: the line and its newline fit in the current block.
    if (text.length * 3 + 1 <= this.room()) {
      const block = this.blocks[this.blocks.length - 1];
      const at = this.used % this.pool.blockSize;
      const written = block.write(text, at, 'utf8');
      block[at + written] = 0x0a;
      this.used += written + 1;
      return;
    }
    this.copy(Buffer.from(`${text}\n`, 'utf8'));
  }

  private copy(bytes: Buffer): void {
    for (let from = 0; from < bytes.length; ) {
      if (this.room() === 0) this.blocks.push(this.pool.take());
      const block = this.blocks[this.blocks.length - 1];
      const copied = bytes.copy(block, this.used % this.pool.blockSize, from);
      from += copied;
      this.used += copied;
    }
  }

  /** Append one record (without its line terminator) that came from source line `line`. */
  append(text: string, line: number): void {
    this.write(text);
    this.lines.push(line);
    this.starts.push(this.nextBodyLine);
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.nextBodyLine++;
    this.nextBodyLine++;
  }

  /** The bytes written, in one buffer; the blocks go back to the pool and this buffer is spent. */
  take(): Buffer {
    const body = Buffer.concat(this.blocks, this.used);
    this.pool.give(this.blocks);
    this.blocks.length = 0;
    return body;
  }
}
