import { groupLag, groupRecordLag } from '@i94/kafka';
import { type Kafka } from 'kafkajs';

/** Records in a topic: the sum of its partitions' high watermarks (nothing is deleted in a bench). */
export async function topicTotal(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsets(topic)).reduce((n, o) => n + Number(o.high), 0);
  } finally {
    await admin.disconnect();
  }
}

/** Below this many offsets behind in every partition, the rest may be only transaction markers: read to find out. */
const MARKERS_AT_MOST = 16;

/**
 * Offsets a group has committed on a topic, summed: how far it got through a backlog. A partition
 * whose offsets past the commit hold no record (the commit markers of the gateway's and the
 * enricher's transactions) counts as at its end.
 */
export async function groupProgress(kafka: Kafka, groupId: string, topic: string): Promise<number> {
  const plain = await groupLag(kafka, groupId, topic);
  const lags = plain.every((p) => p.lag <= MARKERS_AT_MOST) ? await groupRecordLag(kafka, groupId, topic) : plain;
  return lags.reduce((n, p) => n + (p.lag === 0 ? p.high : Math.max(0, p.committed)), 0);
}

/** Creates a plain topic with the raw topic's partition count, for a reference tool to write to. */
export async function createScratchTopic(kafka: Kafka, topic: string, partitions = 6): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}

/** True once `groupId` is stable with at least one member: its consumers have joined and own partitions. */
export async function groupJoined(kafka: Kafka, groupId: string): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([groupId]);
    return groups[0]?.state === 'Stable' && groups[0].members.length > 0;
  } finally {
    await admin.disconnect();
  }
}
