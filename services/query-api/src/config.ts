import { z } from 'zod';
import { cassandraEnv, httpEnv, loadConfig } from '@i94/config';

export const SERVICE_NAME = 'query-api';

/** Environment of query-api; every variable has a default that works with the local stack. */
export const configSchema = z.object({ ...httpEnv(3002), ...cassandraEnv });

export type QueryApiConfig = z.infer<typeof configSchema>;

export const CONFIG = Symbol('QueryApiConfig');

export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): QueryApiConfig =>
  loadConfig(SERVICE_NAME, configSchema, env);
