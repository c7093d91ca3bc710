import { type I94RawRecord, UDACITY_CSV_HEADER, toNdjsonLine, toUdacityCsvLine } from '@i94/domain';
import { FileOutput } from './file-output';
import { type RecordSink } from './record-sink';

/** Lines are gathered into ~1 MiB writes: one write per line would dominate the run time. */
const FLUSH_CHARS = 1 << 20;

/** Writes one text line per record (CSV in the Udacity layout, or NDJSON). */
export class TextSink implements RecordSink {
  private lines: string[] = [];
  private chars = 0;
  private index = 0;

  private constructor(
    private readonly output: FileOutput,
    private readonly format: (record: I94RawRecord, index: number) => string,
  ) {}

  /** A CSV file with the Udacity header (unnamed index column, then the 28 fields). */
  static async csv(path: string): Promise<TextSink> {
    const sink = new TextSink(await FileOutput.create(path), toUdacityCsvLine);
    sink.push(UDACITY_CSV_HEADER);
    return sink;
  }

  /** An NDJSON file, one object per record. */
  static async ndjson(path: string): Promise<TextSink> {
    return new TextSink(await FileOutput.create(path), (record) => toNdjsonLine(record));
  }

  private push(line: string): void {
    this.lines.push(line);
    this.chars += line.length + 1;
  }

  write(record: I94RawRecord): Promise<void> | undefined {
    this.push(this.format(record, this.index++));
    return this.chars >= FLUSH_CHARS ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (this.lines.length === 0) return;
    const text = `${this.lines.join('\n')}\n`;
    this.lines = [];
    this.chars = 0;
    await this.output.write(text);
  }

  async close(): Promise<number> {
    await this.flush();
    return this.output.close();
  }
}
