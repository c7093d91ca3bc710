import { z } from 'zod';
import { httpEnv, kafkaEnv, loadConfig, schemaRegistryEnv } from '@i94/config';

export const SERVICE_NAME = 'ingest-gateway';

/** Environment of ingest-gateway; every variable has a default that works with the local stack. */
export const configSchema = z.object({ ...httpEnv(3001), ...kafkaEnv, ...schemaRegistryEnv });

export type IngestGatewayConfig = z.infer<typeof configSchema>;

export const CONFIG = Symbol('IngestGatewayConfig');

export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): IngestGatewayConfig =>
  loadConfig(SERVICE_NAME, configSchema, env);
