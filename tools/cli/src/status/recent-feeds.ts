import { type Kafka } from 'kafkajs';
import { type AvroSerde, type BatchAccepted, epochDaysToIsoDate, type FeedCompleted } from '@i94/avro';
import { type FeedBatchTotals, type FeedCompletionMarker, type FeedReconciliation, reconcileFeeds } from '@i94/domain';
import { readTopicToEnd, type TopicNames } from '@i94/kafka';

/** The most recent feeds' batch totals against their completion markers (both topics are compacted and small). */
export async function recentFeeds(kafka: Kafka, serde: AvroSerde, topics: TopicNames, limit: number): Promise<FeedReconciliation[]> {
  const batches: FeedBatchTotals[] = [];
  const completions: FeedCompletionMarker[] = [];
  await Promise.all([
    readTopicToEnd(kafka, topics.feedBatches, async (m) => {
      if (m.value === null) return;
      const b = await serde.decode<BatchAccepted>(m.value);
      batches.push({ batchId: b.batchId, feedDate: epochDaysToIsoDate(b.feedDate), accepted: b.accepted, rejected: b.rejected, acceptedAt: b.acceptedAt });
    }),
    readTopicToEnd(kafka, topics.feedsCompleted, async (m) => {
      if (m.value === null) return;
      const c = await serde.decode<FeedCompleted>(m.value);
      completions.push({ feedDate: epochDaysToIsoDate(c.feedDate), expectedCount: c.expectedCount, acceptedCount: c.acceptedCount, rejectedCount: c.rejectedCount, completedAt: c.completedAt });
    }),
  ]);
  return reconcileFeeds(batches, completions, limit);
}
