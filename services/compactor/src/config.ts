import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { apiKeysVar } from '@i94/auth';
import { cassandraEnv, httpEnv, intVar, kafkaEnv, loadConfig, s3Env, schemaRegistryEnv } from '@i94/config';

export const SERVICE_NAME = 'compactor';

/** Environment of compactor; every variable has a default that works with the local stack. */
export const configSchema = z.object({
  ...httpEnv(3006),
  ...kafkaEnv,
  ...schemaRegistryEnv,
  ...s3Env,
  ...cassandraEnv,
  API_KEYS: apiKeysVar(),
  /** Compaction requests per second allowed per API key (token bucket, burst = 2 s worth). */
  RATE_LIMIT_PER_SECOND: intVar(5, 1),
  CONSUMER_GROUP: z.string().min(1).default('i94-compactor'),
  /** Compact announced months once announcements have been quiet this long. */
  COMPACT_DEBOUNCE_MS: intVar(5000, 0),
  /** Every month with new files is compacted at this interval. */
  COMPACT_EVERY_MS: intVar(3_600_000, 1000),
  /** And daily at this local time, so the 7 am dashboard is fresh. */
  COMPACT_DAILY_AT: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM').default('06:30'),
  COMPACT_TIME_ZONE: z.string().default(Intl.DateTimeFormat().resolvedOptions().timeZone),
  COMPACTED_FILE_ROWS: intVar(250_000, 1000),
  /** Rows per row group of the compacted files: DuckDB's default, large enough for column statistics to skip whole groups. */
  COMPACTED_ROW_GROUP_ROWS: intVar(122_880, 1000),
  /** The month's files are downloaded here and DuckDB spills here; each compaction's directory is removed after it. */
  COMPACT_WORK_DIR: z.string().min(1).default(join(tmpdir(), 'i94-compactor')),
  /** DuckDB's memory limit (its SET memory_limit syntax); past it, it spills to COMPACT_WORK_DIR. */
  COMPACT_MEMORY_LIMIT: z.string().regex(/^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$/i, 'must be a size such as 512MB').default('512MB'),
  COMPACT_THREADS: intVar(2, 1),
});

export type CompactorConfig = z.infer<typeof configSchema>;

export const CONFIG = Symbol('CompactorConfig');

export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): CompactorConfig => loadConfig(SERVICE_NAME, configSchema, env);
