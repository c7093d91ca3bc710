import { z } from 'zod';
import { apiKeysVar } from '@i94/auth';
import { cassandraEnv, httpEnv, intVar, loadConfig } from '@i94/config';

export const SERVICE_NAME = 'query-api';

/** Environment of query-api; every variable has a default that works with the local stack. */
export const configSchema = z.object({
  ...httpEnv(3002),
  ...cassandraEnv,
  /** name:role:sha256hex entries; the default accepts only the local development keys. */
  API_KEYS: apiKeysVar(),
  MAX_PAGE_SIZE: intVar(1000, 1, 10_000),
  /** Requests per second allowed per API key (token bucket, burst = 2 s worth): one busy key cannot starve the others. */
  RATE_LIMIT_PER_SECOND: intVar(50, 1),
});

export type QueryApiConfig = z.infer<typeof configSchema>;

export const CONFIG = Symbol('QueryApiConfig');

export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): QueryApiConfig => loadConfig(SERVICE_NAME, configSchema, env);
