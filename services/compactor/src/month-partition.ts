import { Partitioners } from 'kafkajs';

const partitioner = Partitioners.DefaultPartitioner();

/**
 * The partition of the rollups topic that a month's announcements land on: they are keyed by
 * month and produced with kafkajs' default (murmur2) partitioner, so this is the same function.
 * The member of the consumer group that owns the partition owns the month.
 */
export function monthPartition(month: string, partitions: number): number {
  const partitionMetadata = Array.from({ length: partitions }, (_, partitionId) => ({ partitionId, leader: 0, partitionErrorCode: 0, replicas: [0], isr: [0] }));
  return partitioner({ topic: 'i94.rollups.committed.v1', partitionMetadata, message: { key: month, value: null } });
}
