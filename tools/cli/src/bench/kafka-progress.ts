import { groupLag } from '@i94/kafka';
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

/** Offsets a group has committed on a topic, summed: how far it got through a backlog. */
export async function groupProgress(kafka: Kafka, groupId: string, topic: string): Promise<number> {
  return (await groupLag(kafka, groupId, topic)).reduce((n, p) => n + Math.max(0, p.committed), 0);
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
