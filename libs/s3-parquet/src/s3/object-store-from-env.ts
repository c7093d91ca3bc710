import { ObjectStore } from './object-store';

/** The S3 variables every service and the CLI read (libs/config s3Env). */
export interface S3Env {
  S3_ENDPOINT: string;
  S3_REGION: string;
  S3_BUCKET: string;
  S3_ACCESS_KEY_ID: string;
  S3_SECRET_ACCESS_KEY: string;
  S3_FORCE_PATH_STYLE: boolean;
}

/** The object store a parsed S3 environment names. */
export const objectStoreFromEnv = (env: S3Env): ObjectStore =>
  new ObjectStore({
    endpoint: env.S3_ENDPOINT, region: env.S3_REGION, bucket: env.S3_BUCKET,
    accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY, forcePathStyle: env.S3_FORCE_PATH_STYLE,
  });
