import { z } from 'zod';
import { httpEnv, intVar, kafkaEnv, loadConfig, s3Env, schemaRegistryEnv } from '@i94/config';

export const SERVICE_NAME = 'parquet-rollup';

/** Environment of parquet-rollup; every variable has a default that works with the local stack. */
export const configSchema = z.object({
  ...httpEnv(3005),
  ...kafkaEnv,
  ...schemaRegistryEnv,
  ...s3Env,
  CONSUMER_GROUP: z.string().min(1).default('i94-parquet-rollup'),
  /** Rows per file at most: bounds memory (one open file per partition) and file size. */
  ROLL_MAX_ROWS: intVar(25_000, 1, 1_000_000),
  /** A file with no new record for this long is closed. */
  ROLL_IDLE_MS: intVar(10_000, 100),
});

export type ParquetRollupConfig = z.infer<typeof configSchema>;

export const CONFIG = Symbol('ParquetRollupConfig');

export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): ParquetRollupConfig => loadConfig(SERVICE_NAME, configSchema, env);
