import { z } from 'zod';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { cassandraEnv, kafkaEnv, loadConfig, s3Env, schemaRegistryEnv, urlVar } from '@i94/config';

/** What the operator commands reach, from the same variables the services read (local-stack defaults). */
export const platformEnvSchema = z.object({
  ...kafkaEnv,
  ...schemaRegistryEnv,
  ...cassandraEnv,
  ...s3Env,
  I94_GATEWAY_URL: urlVar('http://127.0.0.1:3001'),
  I94_QUERY_API_URL: urlVar('http://127.0.0.1:3002'),
  I94_ENRICHER_URL: urlVar('http://127.0.0.1:3003'),
  I94_RAW_SINK_URL: urlVar('http://127.0.0.1:3004'),
  I94_COMPACTOR_URL: urlVar('http://127.0.0.1:3006'),
  /** parquet-rollup's HTTP port: `i94 wait` reads how many rows its open files still hold. */
  I94_ROLLUP_URL: urlVar('http://127.0.0.1:3005'),
  /** Admin key for operator calls; the local development key by default. */
  I94_ADMIN_KEY: z.string().min(1).default(LOCAL_DEV_KEYS.admin),
});

export type PlatformEnv = z.infer<typeof platformEnvSchema>;

export const platformEnv = (env: NodeJS.ProcessEnv = process.env): PlatformEnv => loadConfig('i94', platformEnvSchema, env);
