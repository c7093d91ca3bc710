import { type ITopicConfig } from 'kafkajs';

/** The platform's topics without a namespace; each name is also its value schema's key in TOPIC_SCHEMAS. */
const BASE_TOPICS = {
  raw: 'i94.arrivals.raw.v1',
  enriched: 'i94.arrivals.enriched.v1',
  dlq: 'i94.arrivals.dlq.v1',
  feedsCompleted: 'i94.feeds.completed.v1',
  feedBatches: 'i94.feeds.batches.v1',
  rollupsCommitted: 'i94.rollups.committed.v1',
  aggStateMonth: 'i94.agg.state-month.v1',
} as const;

export type TopicRole = keyof typeof BASE_TOPICS;
export type TopicNames = { readonly [R in TopicRole]: string };

/**
 * The topic names in a namespace: TOPIC_NAMESPACE="staging." gives "staging.i94.arrivals.raw.v1".
 * Every service of one deployment (or one test) shares a namespace; the default is none.
 */
export function topicNames(namespace = ''): TopicNames {
  return Object.fromEntries(Object.entries(BASE_TOPICS).map(([role, name]) => [role, `${namespace}${name}`])) as unknown as TopicNames;
}

/** The un-namespaced names, which are also the schema keys of TOPIC_SCHEMAS. */
export const TOPICS = BASE_TOPICS;

export interface TopicSpec {
  name: string;
  key: string;
  partitions: number;
  cleanupPolicy: 'delete' | 'compact';
  retentionMs: number | null; // null: kept forever (compacted topics)
  /** The topic's max.message.bytes when it is not the broker's default (1 MiB). */
  maxMessageBytes?: number;
}

/** Partitions of the arrival topics unless TOPIC_PARTITIONS says otherwise. */
export const DEFAULT_ARRIVAL_PARTITIONS = 6;

// A dead letter carries the record it could not deliver, which may itself be near the broker's
// 1 MiB limit (an enriched record is larger than its raw one): the DLQ takes up to 8 MiB.
const DLQ_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

const DAY = 24 * 60 * 60 * 1000;

// Arrivals are keyed by their identity, 'YYYY-MM/cicid' (file month and cicid).
/**
 * The arrival and control topics of a namespace, with partitions and retention. The arrival
 * topics get `arrivalPartitions` (TOPIC_PARTITIONS, default 6): at most that many members of each
 * worker group share the load. It is fixed when the namespace's topics are created.
 */
export function topicSpecs(namespace = '', arrivalPartitions = DEFAULT_ARRIVAL_PARTITIONS): TopicSpec[] {
  const t = topicNames(namespace);
  return [
    { name: t.raw, key: 'YYYY-MM/cicid', partitions: arrivalPartitions, cleanupPolicy: 'delete', retentionMs: 30 * DAY },
    { name: t.enriched, key: 'YYYY-MM/cicid', partitions: arrivalPartitions, cleanupPolicy: 'delete', retentionMs: 30 * DAY },
    { name: t.dlq, key: 'batch id or source topic', partitions: 3, cleanupPolicy: 'delete', retentionMs: 90 * DAY, maxMessageBytes: DLQ_MAX_MESSAGE_BYTES },
    { name: t.feedsCompleted, key: 'feed date', partitions: 1, cleanupPolicy: 'compact', retentionMs: null },
    { name: t.feedBatches, key: 'batch id', partitions: 1, cleanupPolicy: 'compact', retentionMs: null },
    { name: t.rollupsCommitted, key: 'arrival month', partitions: 3, cleanupPolicy: 'delete', retentionMs: 30 * DAY },
    { name: t.aggStateMonth, key: 'state|month', partitions: 3, cleanupPolicy: 'compact', retentionMs: null },
  ];
}

export const TOPIC_SPECS: readonly TopicSpec[] = topicSpecs();

/** kafkajs topic creation settings for a spec. */
export function topicConfig(spec: TopicSpec): ITopicConfig {
  const configEntries: { name: string; value: string }[] = [{ name: 'cleanup.policy', value: spec.cleanupPolicy }];
  if (spec.retentionMs !== null) configEntries.push({ name: 'retention.ms', value: String(spec.retentionMs) });
  if (spec.maxMessageBytes !== undefined) configEntries.push({ name: 'max.message.bytes', value: String(spec.maxMessageBytes) });
  return { topic: spec.name, numPartitions: spec.partitions, replicationFactor: -1, configEntries };
}
