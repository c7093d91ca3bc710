import { hostname, tmpdir } from 'node:os';
import { z } from 'zod';
import { apiKeysVar } from '@i94/auth';
import { httpEnv, intVar, kafkaEnv, loadConfig, schemaRegistryEnv } from '@i94/config';

export const SERVICE_NAME = 'ingest-gateway';

const MiB = 1024 * 1024;

/** Environment of ingest-gateway; every variable has a default that works with the local stack. */
export const configSchema = z.object({
  ...httpEnv(3001),
  ...kafkaEnv,
  ...schemaRegistryEnv,
  /** name:role:sha256hex entries; the default accepts only the local development keys. */
  API_KEYS: apiKeysVar(),
  MAX_BODY_BYTES: intVar(256 * MiB, 1024),
  MAX_LINE_BYTES: intVar(1 * MiB, 1024),
  PUBLISH_BATCH_SIZE: intVar(2000, 1, 100_000),
  MAX_REPORTED_REJECTIONS: intVar(100, 0, 10_000),
  /** Requests per second allowed per API key (token bucket, burst = 2 s worth). */
  RATE_LIMIT_PER_SECOND: intVar(20, 1),
  /**
   * This gateway among the namespace's gateways, the same after a restart (pod or host name): its
   * transactional ids derive from it, so a restarted gateway aborts what its predecessor left open.
   * Two gateways running at once need different values.
   */
  GATEWAY_INSTANCE: z
    .string()
    .regex(/^[\w.-]{1,64}$/, 'must be a short name such as 0 or the pod name')
    .default(hostname().replace(/[^\w.-]/g, '-').slice(0, 64)),
  /** Where Parquet and SAS7BDAT bodies are spooled while they are read (one file per request, removed after it). */
  SPOOL_DIR: z.string().default(tmpdir()),
});

export type IngestGatewayConfig = z.infer<typeof configSchema>;

export const CONFIG = Symbol('IngestGatewayConfig');

export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): IngestGatewayConfig =>
  loadConfig(SERVICE_NAME, configSchema, env);
