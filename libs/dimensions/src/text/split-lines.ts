/** A physical line of a text source with its 1-based number and no line terminator. */
export interface NumberedLine {
  readonly line: number;
  readonly text: string;
}

/**
 * Splits content into numbered lines; accepts CRLF, LF and lone CR (the reference files mix them)
 * and drops a leading byte-order mark.
 */
export function splitLines(content: string): NumberedLine[] {
  const body = content.startsWith('\uFEFF') ? content.slice(1) : content;
  return body.split(/\r\n|\n|\r/).map((text, index) => ({ line: index + 1, text }));
}
