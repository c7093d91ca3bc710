import { I94_FIELDS, type I94FieldName, type I94FieldValue, type I94RawRecord } from '@i94/domain';
import { type HyparquetWriter, loadHyparquetWriter } from '@i94/s3-parquet';
import { FileOutput } from './file-output';
import { type RecordSink } from './record-sink';
import { sparkI94Schema } from './spark-i94-schema';

/** Default rows per row group: ~10 MB of Parquet per group for I94 rows, and bounded memory. */
export const DEFAULT_ROW_GROUP_SIZE = 100_000;

type ByteWriter = InstanceType<HyparquetWriter['ByteWriter']>;
type ParquetWriter = InstanceType<HyparquetWriter['ParquetWriter']>;
type Columns = Record<I94FieldName, I94FieldValue[]>;

const emptyColumns = (): Columns => Object.fromEntries(I94_FIELDS.map((field) => [field, []])) as unknown as Columns;

// hyparquet-writer calls flush() after each row group and awaits it: hand the bytes to the file
// and reuse the buffer, so at most one encoded row group is held in memory.
function streamTo(writer: ByteWriter, output: FileOutput): ByteWriter & { flush(): Promise<void> } {
  const flush = async (): Promise<void> => {
    const bytes = writer.getBytes().slice();
    writer.index = 0;
    await output.write(bytes);
  };
  return Object.assign(writer, { flush, finish: flush });
}

/** Writes records as Spark would from the SAS files (see sparkI94Schema), one row group at a time. */
export class ParquetSink implements RecordSink {
  private columns = emptyColumns();
  private rows = 0;

  private constructor(
    private readonly parquet: ParquetWriter,
    private readonly output: FileOutput,
    private readonly rowGroupSize: number,
  ) {}

  static async create(path: string, rowGroupSize = DEFAULT_ROW_GROUP_SIZE): Promise<ParquetSink> {
    const { ByteWriter, ParquetWriter } = await loadHyparquetWriter();
    const output = await FileOutput.create(path);
    const writer = streamTo(new ByteWriter(1 << 20), output);
    const parquet = new ParquetWriter({ writer, schema: sparkI94Schema(), createdBy: 'i94 cli (hyparquet-writer)' });
    return new ParquetSink(parquet, output, rowGroupSize);
  }

  write(record: I94RawRecord): Promise<void> | undefined {
    for (const field of I94_FIELDS) this.columns[field].push(record[field]);
    this.rows += 1;
    return this.rows >= this.rowGroupSize ? this.flushGroup() : undefined;
  }

  private async flushGroup(): Promise<void> {
    if (this.rows === 0) return;
    const columnData = I94_FIELDS.map((name) => ({ name, data: this.columns[name] }));
    const rows = this.rows;
    this.columns = emptyColumns();
    this.rows = 0;
    await this.parquet.write({ columnData, rowGroupSize: rows });
  }

  async close(): Promise<number> {
    await this.flushGroup();
    await this.parquet.finish();
    return this.output.close();
  }
}
