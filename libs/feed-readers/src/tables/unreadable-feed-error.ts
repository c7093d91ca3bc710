/** A feed file that cannot be read as an I94 table at all (not the format, truncated, no cicid column). */
export class UnreadableFeedError extends Error {
  override readonly name = 'UnreadableFeedError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
