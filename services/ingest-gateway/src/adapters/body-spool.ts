import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Spools a body to a temporary file for readers that need random access (Parquet footers,
 * SAS7BDAT pages). The body arrives already limited (MAX_BODY_BYTES), so the file is bounded;
 * it lives in a private directory of its own and is removed whatever the outcome.
 */
export class BodySpool {
  constructor(private readonly dir: string) {}

  async withFile<T>(body: AsyncIterable<Buffer>, work: (path: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(this.dir, 'i94-gateway-spool-'));
    try {
      const path = join(dir, 'body');
      await pipeline(Readable.from(body, { objectMode: false }), createWriteStream(path, { flags: 'wx', mode: 0o600 }));
      return await work(path);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
