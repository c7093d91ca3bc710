import { z } from 'zod';
import { httpEnv, kafkaEnv, loadConfig, s3Env, schemaRegistryEnv } from '@i94/config';

export const SERVICE_NAME = 'parquet-rollup';

/** Environment of parquet-rollup; every variable has a default that works with the local stack. */
export const configSchema = z.object({ ...httpEnv(3005), ...kafkaEnv, ...schemaRegistryEnv, ...s3Env });

export type ParquetRollupConfig = z.infer<typeof configSchema>;

export const CONFIG = Symbol('ParquetRollupConfig');

export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): ParquetRollupConfig =>
  loadConfig(SERVICE_NAME, configSchema, env);
