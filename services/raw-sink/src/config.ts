import { z } from 'zod';
import { cassandraEnv, httpEnv, intVar, kafkaEnv, loadConfig, schemaRegistryEnv } from '@i94/config';

export const SERVICE_NAME = 'raw-sink';

/** Environment of raw-sink; every variable has a default that works with the local stack. */
export const configSchema = z.object({
  ...httpEnv(3004),
  ...kafkaEnv,
  ...schemaRegistryEnv,
  ...cassandraEnv,
  CONSUMER_GROUP: z.string().min(1).default('i94-raw-sink'),
  CASSANDRA_WRITE_CONCURRENCY: intVar(64, 1, 1024),
});

export type RawSinkConfig = z.infer<typeof configSchema>;

export const CONFIG = Symbol('RawSinkConfig');

export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): RawSinkConfig => loadConfig(SERVICE_NAME, configSchema, env);
