// Test-only helpers: read the real sample and build streams. Never imported from src code.
import { createReadStream, readFileSync } from 'node:fs';
import { SAMPLE_CSV } from './paths';

/** The sample as a byte stream in small chunks, so rows straddle chunk boundaries. */
export function sampleStream(chunkSize = 4096): AsyncIterable<Buffer> {
  return createReadStream(SAMPLE_CSV, { highWaterMark: chunkSize });
}

/** The sample's lines as text, header first, without terminators (the file is CRLF). */
export function sampleLines(): string[] {
  return readFileSync(SAMPLE_CSV, 'utf8').split(/\r?\n/).filter((line) => line !== '');
}

/** An async iterable over the given chunks. */
export async function* chunks(...parts: (string | Buffer)[]): AsyncGenerator<string | Buffer> {
  for (const part of parts) yield part;
}

/** Drain an async iterable into an array. */
export async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}
