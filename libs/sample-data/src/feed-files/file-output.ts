import { once } from 'node:events';
import { type WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { finished } from 'node:stream/promises';

/**
 * A file write stream that surfaces errors: opening fails up front (bad directory, no
 * permission), and a later write error is rethrown by the next `write` or `close`.
 */
export class FileOutput {
  private failure: Error | undefined;

  private constructor(private readonly stream: WriteStream) {
    stream.on('error', (error) => {
      this.failure = error;
    });
  }

  static async create(path: string): Promise<FileOutput> {
    const handle = await open(path, 'w');
    return new FileOutput(handle.createWriteStream());
  }

  /** Write `chunk`; resolves once the stream can take more, which bounds memory. */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** End the file; resolves with the bytes written. */
  async close(): Promise<number> {
    if (this.failure) throw this.failure;
    this.stream.end();
    await finished(this.stream);
    return this.stream.bytesWritten;
  }
}
