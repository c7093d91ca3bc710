import { type ITopicConfig } from 'kafkajs';

/** Every topic of the platform, with how it is partitioned and kept. The README's table comes from here. */
export const TOPICS = {
  raw: 'i94.arrivals.raw.v1',
  enriched: 'i94.arrivals.enriched.v1',
  dlq: 'i94.arrivals.dlq.v1',
  feedsCompleted: 'i94.feeds.completed.v1',
  feedBatches: 'i94.feeds.batches.v1',
  rollupsCommitted: 'i94.rollups.committed.v1',
  aggStateMonth: 'i94.agg.state-month.v1',
} as const;

export interface TopicSpec {
  name: string;
  key: string;
  partitions: number;
  cleanupPolicy: 'delete' | 'compact';
  retentionMs: number | null; // null: kept forever (compacted topics)
}

const DAY = 24 * 60 * 60 * 1000;

// Arrivals are keyed by cicid; 6 partitions let up to 6 workers of a group share the load.
export const TOPIC_SPECS: readonly TopicSpec[] = [
  { name: TOPICS.raw, key: 'cicid', partitions: 6, cleanupPolicy: 'delete', retentionMs: 30 * DAY },
  { name: TOPICS.enriched, key: 'cicid', partitions: 6, cleanupPolicy: 'delete', retentionMs: 30 * DAY },
  { name: TOPICS.dlq, key: 'cicid or batch id', partitions: 3, cleanupPolicy: 'delete', retentionMs: 90 * DAY },
  { name: TOPICS.feedsCompleted, key: 'feed date', partitions: 1, cleanupPolicy: 'compact', retentionMs: null },
  { name: TOPICS.feedBatches, key: 'batch id', partitions: 1, cleanupPolicy: 'compact', retentionMs: null },
  { name: TOPICS.rollupsCommitted, key: 'object key', partitions: 3, cleanupPolicy: 'delete', retentionMs: 30 * DAY },
  { name: TOPICS.aggStateMonth, key: 'state|month', partitions: 3, cleanupPolicy: 'compact', retentionMs: null },
];

/** kafkajs topic creation settings for a spec. */
export function topicConfig(spec: TopicSpec): ITopicConfig {
  const configEntries: { name: string; value: string }[] = [{ name: 'cleanup.policy', value: spec.cleanupPolicy }];
  if (spec.retentionMs !== null) configEntries.push({ name: 'retention.ms', value: String(spec.retentionMs) });
  return { topic: spec.name, numPartitions: spec.partitions, replicationFactor: -1, configEntries };
}
