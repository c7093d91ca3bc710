/** Raised while streaming when a body without a declared length grows over the limit. */
export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`body is over the limit of ${maxBytes} bytes; split the feed into smaller requests`);
  }
}

/** Passes the body's chunks through, counting bytes, and stops at the limit. */
export async function* limitBody(body: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) throw new BodyTooLargeError(maxBytes);
    yield chunk;
  }
}
