import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { limitBody } from './limit-body';
import { type ContentCoding } from './request-parsing';

/** A compressed body that does not decompress (corrupt, truncated, another coding). */
export class BodyDecodingError extends Error {
  constructor(coding: ContentCoding, cause: Error) {
    super(`body is not valid ${coding}: ${cause.message}`, { cause });
  }
}

type Body = Parameters<typeof limitBody>[0];

const decoderFor = (coding: Exclude<ContentCoding, 'identity'>) => (coding === 'br' ? createBrotliDecompress() : coding === 'deflate' ? createInflate() : createGunzip());

// zlib reports data errors with Z_* codes and brotli with ERR_BROTLI_*/ERR__ERROR codes; anything
// else (BodyTooLargeError from the compressed side, a socket error) passes through as it is.
const isDecodeError = (error: unknown) => typeof (error as { errno?: unknown })?.errno === 'number' && typeof (error as { code?: unknown }).code === 'string';

/**
 * The body as sent, decompressed in a stream when it has a Content-Encoding. The limit holds on
 * both sides: the compressed bytes read from the socket and the bytes they inflate to, so a
 * small body that inflates past the limit (a decompression bomb) stops there with 413.
 */
export async function* decodedBody(body: Body, coding: ContentCoding, maxBytes: number): AsyncGenerator<Buffer> {
  const compressed = limitBody(body, maxBytes);
  if (coding === 'identity') return yield* compressed;
  const decoder = decoderFor(coding);
  const source = Readable.from(compressed, { objectMode: false });
  source.once('error', (error) => decoder.destroy(error));
  source.pipe(decoder);
  try {
    yield* limitBody(decoder, maxBytes, 'decompressed body');
  } catch (error) {
    throw isDecodeError(error) ? new BodyDecodingError(coding, error as Error) : error;
  } finally {
    source.unpipe(decoder);
    source.destroy();
    decoder.destroy();
  }
}
