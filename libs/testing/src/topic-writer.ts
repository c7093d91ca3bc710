import { type Kafka, Partitioners } from 'kafkajs';

/** Produces keyed messages with acks=all, in chunks. */
export async function produceAll(kafka: Kafka, topic: string, messages: { key: string; value: Buffer; headers?: Record<string, string> }[]): Promise<void> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    for (let i = 0; i < messages.length; i += 500) await producer.send({ topic, acks: -1, messages: messages.slice(i, i + 500) });
  } finally {
    await producer.disconnect();
  }
}

/** True when `groupId` has committed offsets at the end of every partition of `topic`. */
export async function groupCaughtUp(kafka: Kafka, groupId: string, topic: string): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [ends, [committed]] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
    return ends.every((e) => committed.partitions.find((p) => p.partition === e.partition)?.offset === e.high);
  } finally {
    await admin.disconnect();
  }
}
