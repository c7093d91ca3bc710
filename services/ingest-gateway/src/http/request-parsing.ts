import { BadRequestException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { CHARSETS, type Charset, charsetOf } from '@i94/feed-readers';
import { type FeedFormat } from '../feed-ingest.service';

/** Body media types the gateway reads, by format. */
export const CONTENT_TYPES: Readonly<Record<string, FeedFormat>> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'application/vnd.apache.parquet': 'parquet',
  'application/x-parquet': 'parquet',
  'application/x-sas-data': 'sas7bdat',
  'application/x-sas7bdat': 'sas7bdat',
};

/** Content codings the gateway decodes (Node 20 has no zstd). */
export const CONTENT_CODINGS = ['identity', 'gzip', 'x-gzip', 'deflate', 'br'] as const;
/** One content coding. */
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

/** The feed date path parameter: a real calendar date written YYYY-MM-DD. */
export function parseFeedDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match && new Date(`${value}T00:00:00Z`);
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new BadRequestException(`feedDate must be a date written YYYY-MM-DD, got "${value.slice(0, 40)}"`);
  }
  return value;
}

/** The body's format from its Content-Type. */
export function parseFeedFormat(contentType: string | undefined): FeedFormat {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const format = CONTENT_TYPES[type];
  if (!format) throw new UnsupportedMediaTypeException(`Content-Type must be one of ${Object.keys(CONTENT_TYPES).join(', ')}; got "${type || 'none'}"`);
  return format;
}

/** The text body's charset from the Content-Type's charset parameter: UTF-8 when there is none. */
export function parseCharset(contentType: string | undefined): Charset {
  const param = (contentType ?? '').split(';').slice(1).map((p) => p.trim().split('=')).find(([name]) => name.trim().toLowerCase() === 'charset');
  if (!param) return 'utf-8';
  const label = (param[1] ?? '').trim().replace(/^"(.*)"$/, '$1');
  const charset = charsetOf(label);
  if (!charset) throw new UnsupportedMediaTypeException(`charset must be one of ${CHARSETS.join(', ')}; got "${label.slice(0, 40)}"`);
  return charset;
}

/** The body's Content-Encoding: one coding the gateway decodes, identity when there is none. */
export function parseContentEncoding(header: string | undefined): ContentCoding {
  const coding = (header ?? 'identity').trim().toLowerCase() || 'identity';
  if (!(CONTENT_CODINGS as readonly string[]).includes(coding)) {
    throw new UnsupportedMediaTypeException(`Content-Encoding must be one of ${CONTENT_CODINGS.join(', ')}; got "${coding.slice(0, 40)}"`);
  }
  return coding as ContentCoding;
}

/** A declared Content-Length over the limit is refused before a byte is read. */
export function checkDeclaredLength(contentLength: string | undefined, maxBytes: number): void {
  if (contentLength !== undefined && Number(contentLength) > maxBytes) {
    throw new PayloadTooLargeException(`body of ${contentLength} bytes is over the limit of ${maxBytes}; split the feed into smaller requests`);
  }
}

/** The source file must be a plain file name (no path, no control characters): it ends up in object keys. */
export function parseSourceFile(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (!/^[\w.\- ]{1,200}$/.test(header) || /^\.+$/.test(header)) throw new BadRequestException('x-source-file must be a plain file name, without a path');
  return header;
}

/** The client's key for one request, the same on each of its attempts (RFC draft Idempotency-Key: any unique token). */
export function parseIdempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (!/^[A-Za-z0-9._:-]{8,128}$/.test(header)) throw new BadRequestException('Idempotency-Key must be 8 to 128 letters, digits or . _ : - (a UUID will do)');
  return header;
}

/** A non-negative whole number of lines to add to reported line numbers. */
export function parseLineOffset(header: string | undefined): number {
  if (header === undefined) return 0;
  if (!/^\d{1,12}$/.test(header)) throw new BadRequestException('x-source-line-offset must be a whole number');
  return Number(header);
}
