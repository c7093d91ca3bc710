import { z } from 'zod';
import { boolVar, hostListVar, intVar, logLevelVar, portVar, urlVar } from './env-fields';

// Defaults match the local stack that deploy/local starts (docs/local-stack.md).

/** Every service: its HTTP port (health, metrics, API) and log level. */
export const httpEnv = (defaultPort: number) => ({
  PORT: portVar(defaultPort),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: logLevelVar,
});

export const kafkaEnv = {
  KAFKA_BROKERS: hostListVar('127.0.0.1:9092'),
  KAFKA_CLIENT_ID: z.string().min(1).default('i94'),
  /** Prefix of every topic name ("staging." → staging.i94.arrivals.raw.v1); empty by default. */
  TOPIC_NAMESPACE: z
    .string()
    .regex(/^([a-z0-9][a-z0-9-]{0,40}\.)?$/, 'must be empty or a short lower-case name ending in a dot, e.g. staging.')
    .default(''),
  /**
   * How long a worker may go without a heartbeat before its group gives its partitions to the
   * others (kafkajs default 30 s; the broker allows 6 s to 5 min). A member frozen longer is a
   * zombie and is fenced.
   */
  KAFKA_SESSION_TIMEOUT_MS: intVar(30_000, 6_000, 300_000),
  /**
   * Partitions of the arrival topics (raw, enriched) when a namespace's topics are created: the
   * most members of one worker group that get work. An existing topic keeps its count.
   */
  TOPIC_PARTITIONS: intVar(6, 1, 10_000),
};

export const schemaRegistryEnv = {
  SCHEMA_REGISTRY_URL: urlVar('http://127.0.0.1:8081/apis/ccompat/v7'),
};

export const cassandraEnv = {
  CASSANDRA_CONTACT_POINTS: hostListVar('127.0.0.1:9042'),
  CASSANDRA_LOCAL_DC: z.string().min(1).default('datacenter1'),
  CASSANDRA_KEYSPACE: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,47}$/, 'must be a lower-case CQL identifier')
    .default('i94'),
};

export const s3Env = {
  S3_ENDPOINT: urlVar('http://127.0.0.1:9000'),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name')
    .default('i94'),
  S3_ACCESS_KEY_ID: z.string().min(1).default('i94admin'),
  S3_SECRET_ACCESS_KEY: z.string().min(1).default('i94admin-secret'),
  S3_FORCE_PATH_STYLE: boolVar(true),
};
