import { StringDecoder } from 'node:string_decoder';
import { RAW_PREVIEW_LENGTH, type TextSource } from './reader-row';

/** One physical line, without its terminator. Too-long lines carry only a preview. */
export interface SplitLine {
  line: number;
  text: string;
  tooLong: boolean;
}

interface SplitState {
  pending: string;
  tooLong: boolean;
  line: number;
}

function append(state: SplitState, piece: string, maxLineLength: number): void {
  if (state.tooLong) return;
  if (state.pending.length + piece.length <= maxLineLength) {
    state.pending += piece;
    return;
  }
  // Keep a preview for the verdict and drop the rest until the next newline: memory stays bounded.
  state.pending = (state.pending + piece.slice(0, RAW_PREVIEW_LENGTH)).slice(0, RAW_PREVIEW_LENGTH);
  state.tooLong = true;
}

function emit(state: SplitState): SplitLine {
  state.line += 1;
  let text = state.pending.endsWith('\r') ? state.pending.slice(0, -1) : state.pending;
  if (state.line === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
  const out = { line: state.line, text, tooLong: state.tooLong };
  state.pending = '';
  state.tooLong = false;
  return out;
}

function* takeLines(state: SplitState, text: string, maxLineLength: number): Generator<SplitLine> {
  let start = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
    append(state, text.slice(start, newline), maxLineLength);
    yield emit(state);
    start = newline + 1;
  }
  append(state, text.slice(start), maxLineLength);
}

/**
 * Split a byte or text stream into lines (LF or CRLF; a leading BOM is dropped), holding at most
 * one line in memory. Lines over `maxLineLength` characters come out with tooLong set.
 */
export async function* splitLines(source: TextSource, maxLineLength: number): AsyncGenerator<SplitLine> {
  const decoder = new StringDecoder('utf8');
  const state: SplitState = { pending: '', tooLong: false, line: 0 };
  for await (const chunk of source) {
    // The decoder holds a multi-byte character split across Buffers until its last byte arrives.
    const text = typeof chunk === 'string' ? decoder.end() + chunk : decoder.write(chunk);
    yield* takeLines(state, text, maxLineLength);
  }
  yield* takeLines(state, decoder.end(), maxLineLength);
  if (state.pending !== '' || state.tooLong) yield emit(state);
}
