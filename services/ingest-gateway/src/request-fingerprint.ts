import { createHash, type Hash } from 'node:crypto';

/** What decides a push request's outcome besides its body. */
export interface FingerprintedParameters {
  feedDate: string;
  format: string;
  charset: string;
  sourceFile: string | null;
  lineOffset: number;
}

/**
 * SHA-256 of a request: its parameters, then its body as it streams through `tap`. An
 * Idempotency-Key names one request; a resend under the key is answered from the committed
 * attempt only when its fingerprint is that attempt's (a different request under a used key is
 * refused, not answered with another request's counts).
 */
export class RequestFingerprint {
  private readonly hash: Hash = createHash('sha256');

  constructor(parameters: FingerprintedParameters) {
    const { feedDate, format, charset, sourceFile, lineOffset } = parameters;
    this.hash.update(JSON.stringify([feedDate, format, charset, sourceFile, lineOffset]));
  }

  /** The body, unchanged, hashed as it is read. */
  async *tap(body: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of body) {
      this.hash.update(chunk);
      yield chunk;
    }
  }

  /** Once the body was read to its end. */
  digest(): string {
    return this.hash.digest('hex');
  }
}
