/** A source line the parser could not turn into a record, with a reason a person can act on. */
export interface SkippedLine {
  /** 1-based line number in the source content. */
  readonly line: number;
  readonly reason: string;
}

/** What every dimension parser returns: the records it built and the lines it refused. */
export interface ParseResult<T> {
  readonly records: readonly T[];
  readonly skipped: readonly SkippedLine[];
}
