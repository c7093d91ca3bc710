import { z } from 'zod';
import { httpEnv, kafkaEnv, loadConfig, schemaRegistryEnv } from '@i94/config';

export const SERVICE_NAME = 'enricher';

/** Environment of enricher; every variable has a default that works with the local stack. */
export const configSchema = z.object({ ...httpEnv(3003), ...kafkaEnv, ...schemaRegistryEnv });

export type EnricherConfig = z.infer<typeof configSchema>;

export const CONFIG = Symbol('EnricherConfig');

export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): EnricherConfig =>
  loadConfig(SERVICE_NAME, configSchema, env);
