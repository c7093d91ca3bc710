import { randomBytes } from 'node:crypto';

const suffix = () => `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

/** A Kafka topic name unique to one test, so tests never see each other's records. */
export const randomTopic = (prefix = 'test') => `${prefix}.${suffix()}`;

/** A consumer group id unique to one test. */
export const randomGroup = (prefix = 'test') => `${prefix}-group-${suffix()}`;

/** A CQL keyspace name (lower case, underscores, at most 48 characters). */
export const randomKeyspace = (prefix = 'test') => `${prefix.toLowerCase().replace(/[^a-z0-9_]/g, '_')}_${suffix()}`.slice(0, 48);

/** An S3 bucket name (lower case, digits and hyphens, 3 to 63 characters). */
export const randomBucket = (prefix = 'test') => `${prefix.toLowerCase().replace(/[^a-z0-9-]/g, '-')}-${suffix()}`.slice(0, 63);
