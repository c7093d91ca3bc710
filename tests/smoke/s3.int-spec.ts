import { CreateBucketCommand, DeleteBucketCommand, DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBucket, stackEndpoints } from '@i94/testing';

// Smoke: an object put into the real S3-compatible store (MinIO locally) reads back byte for byte.
const { s3 } = stackEndpoints();

describe('smoke: S3', () => {
  const bucket = randomBucket('smoke');
  const client = new S3Client({
    endpoint: s3.endpoint,
    region: s3.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    maxAttempts: 2,
  });

  beforeAll(async () => {
    await client.send(new CreateBucketCommand({ Bucket: bucket })).catch((error: Error) => {
      throw new Error(`S3 at ${s3.endpoint} is not reachable: ${error.message}`);
    });
  });

  afterAll(async () => {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'smoke/hello.txt' })).catch(() => undefined);
    await client.send(new DeleteBucketCommand({ Bucket: bucket })).catch(() => undefined);
    client.destroy();
  });

  it('puts and gets an object', async () => {
    const body = 'cicid,i94port\n5748517,NYC\n';
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'smoke/hello.txt', Body: body }));
    const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: 'smoke/hello.txt' }));
    expect(await got.Body?.transformToString()).toBe(body);
  });
});
