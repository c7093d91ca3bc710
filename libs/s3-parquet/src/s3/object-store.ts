import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, type S3ServiceException } from '@aws-sdk/client-s3';
import { PlatformError } from '@i94/domain';

export interface S3Options {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

/** An object's bytes and its ETag, the token a conditional write names. */
export interface VersionedObject {
  bytes: Buffer;
  etag: string;
}

/** S3 cannot take or give objects now (down, 5xx, throttled): retry with backoff. */
export class ObjectStoreUnavailableError extends PlatformError {
  constructor(message: string, cause?: unknown) {
    super(message, true, {}, { cause });
  }
}

// Client errors (4xx other than throttling) are bugs or misconfiguration, not outages.
function classify(error: unknown, what: string): unknown {
  const status = (error as S3ServiceException).$metadata?.httpStatusCode;
  const clientError = status !== undefined && status >= 400 && status < 500 && status !== 429 && status !== 408;
  return clientError ? error : new ObjectStoreUnavailableError(`S3 ${what} failed: ${(error as Error).message}`, error);
}

/** The few S3 operations the platform uses, on one bucket, with outages as retriable errors. */
export class ObjectStore {
  readonly client: S3Client;

  constructor(readonly options: S3Options) {
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      maxAttempts: 2,
    });
  }

  async put(key: string, body: Uint8Array | string, contentType: string): Promise<void> {
    try {
      await this.client.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: key, Body: body, ContentType: contentType }));
    } catch (error) {
      throw classify(error, `put ${key}`);
    }
  }

  /** The object's bytes, or null when there is no such key. */
  async get(key: string): Promise<Buffer | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return Buffer.from(await out.Body!.transformToByteArray());
    } catch (error) {
      if ((error as Error).name === 'NoSuchKey') return null;
      throw classify(error, `get ${key}`);
    }
  }

  /** The object's bytes and ETag, or null when there is no such key. */
  async getVersioned(key: string): Promise<VersionedObject | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return { bytes: Buffer.from(await out.Body!.transformToByteArray()), etag: out.ETag! };
    } catch (error) {
      if ((error as Error).name === 'NoSuchKey') return null;
      throw classify(error, `get ${key}`);
    }
  }

  /**
   * Writes `key` only if it is still the version `etag` names (null: only if it does not exist),
   * with S3's If-Match / If-None-Match. False when someone else wrote it first.
   */
  async putIfUnchanged(key: string, body: string, contentType: string, etag: string | null): Promise<boolean> {
    const condition = etag === null ? { IfNoneMatch: '*' } : { IfMatch: etag };
    try {
      await this.client.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: key, Body: body, ContentType: contentType, ...condition }));
      return true;
    } catch (error) {
      const status = (error as S3ServiceException).$metadata?.httpStatusCode;
      if (status === 412 || status === 409) return false; // 409: a concurrent conditional write is in progress
      throw classify(error, `put ${key}`);
    }
  }

  /** Streams the object into a local file (never whole in memory); false when there is no such key. */
  async download(key: string, path: string): Promise<boolean> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      await pipeline(out.Body as Readable, createWriteStream(path));
      return true;
    } catch (error) {
      if ((error as Error).name === 'NoSuchKey') return false;
      throw classify(error, `get ${key}`);
    }
  }

  /** Streams a local file to `key`. */
  async upload(key: string, path: string, contentType: string): Promise<void> {
    const { size } = await stat(path);
    try {
      await this.client.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: key, Body: createReadStream(path), ContentLength: size, ContentType: contentType }));
    } catch (error) {
      throw classify(error, `put ${key}`);
    }
  }

  /** Every key under `prefix`, following continuation tokens. */
  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    try {
      do {
        const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.options.bucket, Prefix: prefix, ContinuationToken: token }));
        for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    } catch (error) {
      throw classify(error, `list ${prefix}`);
    }
    return keys;
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
    } catch (error) {
      throw classify(error, `delete ${key}`);
    }
  }
}
