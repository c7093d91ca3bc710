import { type RejectionReason } from '../rejection-reasons';

/** Default longest line a reader accepts: 1 MiB. Real I94 rows are ~250. */
export const DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;

/** How much of a refused line is kept in `raw`, so a runaway line cannot blow the heap. */
export const RAW_PREVIEW_LENGTH = 1024;

/** What readers read: a Node stream, an async generator, or a plain array of chunks. */
export type TextSource = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

/** Options shared by the line readers. */
export interface ReaderOptions {
  /** Lines longer than this many characters get LINE_TOO_LONG and are skipped. */
  maxLineLength?: number;
}

/** Why a line could not be turned into field values. */
export interface ReaderError {
  reason: RejectionReason;
  message: string;
}

/** One line's verdict: its field values, or an error. `line` is the physical 1-based line number. */
export type ReaderRow<V> =
  | { line: number; raw: string; values: V; error?: undefined }
  | { line: number; raw: string; values: null; error: ReaderError; /** The original bytes, when raw cannot hold them (not valid in the charset). */ bytes?: Buffer };

/** A bad-line verdict. */
export function errorRow(line: number, raw: string, reason: RejectionReason, message: string): ReaderRow<never> {
  return { line, raw: raw.slice(0, RAW_PREVIEW_LENGTH), values: null, error: { reason, message } };
}
