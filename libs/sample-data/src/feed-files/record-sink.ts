import { type I94RawRecord } from '@i94/domain';

/** Output formats of `i94 generate`. */
export const OUTPUT_FORMATS = ['csv', 'ndjson', 'parquet'] as const;
/** One output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * Where generated records go. `write` returns a promise only when the caller must wait (a flush
 * hit backpressure), so the hot loop does not pay for an await per record.
 */
export interface RecordSink {
  write(record: I94RawRecord): Promise<void> | undefined;
  /** Flush, finish the file and resolve with its size in bytes. */
  close(): Promise<number>;
}
