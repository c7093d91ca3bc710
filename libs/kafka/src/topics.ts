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
}

const DAY = 24 * 60 * 60 * 1000;

// Arrivals are keyed by cicid; 6 partitions let up to 6 workers of a group share the load.
/** The arrival and control topics of a namespace, with partitions and retention. */
export function topicSpecs(namespace = ''): TopicSpec[] {
  const t = topicNames(namespace);
  return [
    { name: t.raw, key: 'cicid', partitions: 6, cleanupPolicy: 'delete', retentionMs: 30 * DAY },
    { name: t.enriched, key: 'cicid', partitions: 6, cleanupPolicy: 'delete', retentionMs: 30 * DAY },
    { name: t.dlq, key: 'batch id or source topic', partitions: 3, cleanupPolicy: 'delete', retentionMs: 90 * DAY },
    { name: t.feedsCompleted, key: 'feed date', partitions: 1, cleanupPolicy: 'compact', retentionMs: null },
    { name: t.feedBatches, key: 'batch id', partitions: 1, cleanupPolicy: 'compact', retentionMs: null },
    { name: t.rollupsCommitted, key: 'object key', partitions: 3, cleanupPolicy: 'delete', retentionMs: 30 * DAY },
    { name: t.aggStateMonth, key: 'state|month', partitions: 3, cleanupPolicy: 'compact', retentionMs: null },
  ];
}

export const TOPIC_SPECS: readonly TopicSpec[] = topicSpecs();

/** kafkajs topic creation settings for a spec. */
export function topicConfig(spec: TopicSpec): ITopicConfig {
  const configEntries: { name: string; value: string }[] = [{ name: 'cleanup.policy', value: spec.cleanupPolicy }];
  if (spec.retentionMs !== null) configEntries.push({ name: 'retention.ms', value: String(spec.retentionMs) });
  return { topic: spec.name, numPartitions: spec.partitions, replicationFactor: -1, configEntries };
}
