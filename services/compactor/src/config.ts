import { z } from 'zod';
import { cassandraEnv, httpEnv, kafkaEnv, loadConfig, s3Env, schemaRegistryEnv } from '@i94/config';

export const SERVICE_NAME = 'compactor';

/** Environment of compactor; every variable has a default that works with the local stack. */
export const configSchema = z.object({ ...httpEnv(3006), ...kafkaEnv, ...schemaRegistryEnv, ...s3Env, ...cassandraEnv });

export type CompactorConfig = z.infer<typeof configSchema>;

export const CONFIG = Symbol('CompactorConfig');

export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): CompactorConfig =>
  loadConfig(SERVICE_NAME, configSchema, env);
