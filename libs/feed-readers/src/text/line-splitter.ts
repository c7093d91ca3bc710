import { RAW_PREVIEW_LENGTH, type TextSource } from '@i94/domain';
import { type Charset, decodeLine, previewText } from './charset';

/**
 * A line of only spaces and tabs: skipped by the readers. Nothing else counts as blank (not
 * U+00A0, not U+FEFF mid-feed), so such a line gets a verdict instead of vanishing, and the rule
 * is the same in the OpenAPI document's patterns.
 */
export const isBlankLine = (text: string) => /^[ \t]*$/.test(text);

/** One physical line, without its terminator. Too-long and undecodable lines carry a preview. */
export interface SplitLine {
  line: number;
  text: string;
  tooLong: boolean;
  /** The line ended with CRLF: a quoted CSV field spanning it keeps the line break as sent. */
  crlf: boolean;
  /** Set when the bytes are not valid in the charset: why, with the original bytes. */
  invalid?: { message: string; bytes: Buffer };
}

interface SplitState {
  parts: Buffer[];
  length: number;
  tooLong: boolean;
  line: number;
}

const LF = 0x0a;
const CR = 0x0d;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function append(state: SplitState, piece: Buffer, maxLineBytes: number): void {
  if (piece.length === 0 || (state.tooLong && state.length >= RAW_PREVIEW_LENGTH)) return;
  if (!state.tooLong && state.length + piece.length > maxLineBytes) state.tooLong = true;
  // past the limit only a preview is kept, and the rest dropped until the next newline: memory stays bounded
  const room = state.tooLong ? RAW_PREVIEW_LENGTH - state.length : piece.length;
  const kept = room < piece.length ? Buffer.from(piece.subarray(0, Math.max(room, 0))) : piece;
  state.parts.push(kept);
  state.length += kept.length;
}

function lineBytes(state: SplitState): Buffer {
  let bytes = state.parts.length === 1 ? state.parts[0] : Buffer.concat(state.parts, state.length);
  if (state.line === 1 && bytes.subarray(0, 3).equals(UTF8_BOM)) bytes = bytes.subarray(3);
  return bytes;
}

function emit(state: SplitState, charset: Charset): SplitLine {
  state.line += 1;
  let bytes = lineBytes(state);
  const crlf = !state.tooLong && bytes.length > 0 && bytes[bytes.length - 1] === CR;
  if (crlf) bytes = bytes.subarray(0, -1);
  const tooLong = state.tooLong;
  state.parts = [];
  state.length = 0;
  state.tooLong = false;
  if (tooLong) return { line: state.line, text: previewText(bytes.subarray(0, RAW_PREVIEW_LENGTH), charset), tooLong, crlf };
  const decoded = decodeLine(bytes, charset);
  if (decoded.ok) return { line: state.line, text: decoded.text, tooLong, crlf };
  const copy = Buffer.from(bytes.subarray(0, RAW_PREVIEW_LENGTH));
  return { line: state.line, text: previewText(copy, charset), tooLong, crlf, invalid: { message: decoded.message, bytes: copy } };
}

function* takeLines(state: SplitState, chunk: Buffer, maxLineBytes: number, charset: Charset): Generator<SplitLine> {
  let start = 0;
  for (let newline = chunk.indexOf(LF); newline !== -1; newline = chunk.indexOf(LF, start)) {
    append(state, chunk.subarray(start, newline), maxLineBytes);
    yield emit(state, charset);
    start = newline + 1;
  }
  append(state, chunk.subarray(start), maxLineBytes);
}

/**
 * Split a byte stream into lines (LF or CRLF; a leading UTF-8 BOM is dropped) and decode each in
 * `charset`, holding at most one line in memory. Splitting on the LF byte is safe in every
 * supported charset: none uses 0x0A inside a character. Lines over `maxLineBytes` bytes come out
 * with tooLong set; lines whose bytes are not valid in the charset with `invalid` set.
 */
export async function* splitLines(source: TextSource, maxLineBytes: number, charset: Charset = 'utf-8'): AsyncGenerator<SplitLine> {
  const state: SplitState = { parts: [], length: 0, tooLong: false, line: 0 };
  for await (const chunk of source) {
    yield* takeLines(state, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, maxLineBytes, charset);
  }
  if (state.length > 0 || state.tooLong) yield emit(state, charset);
}
