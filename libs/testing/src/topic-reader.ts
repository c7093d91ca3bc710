import { type Kafka } from 'kafkajs';
import { randomGroup } from './random-names';
import { waitFor } from './wait-for';

export interface ConsumedMessage {
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
}

/**
 * The end offset of each partition now: read a topic "from here" after an action. Polls, because
 * a topic created a moment ago may answer "not the leader" until its leadership has settled.
 */
export async function topicEndOffsets(kafka: Kafka, topic: string): Promise<Map<number, string>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await waitFor(() => admin.fetchTopicOffsets(topic), { timeoutMs: 30_000, intervalMs: 250, description: `end offsets of ${topic}` });
    return new Map(offsets.map((o) => [o.partition, o.high]));
  } finally {
    await admin.disconnect();
  }
}

/**
 * Reads `topic` from `from` (partition -> offset) until `done(messages)` holds, polling, with a
 * throwaway consumer group. Tests on shared topics filter their own records (by batch id).
 */
export async function readTopicFrom(
  kafka: Kafka,
  topic: string,
  from: Map<number, string>,
  done: (messages: ConsumedMessage[]) => boolean,
  timeoutMs = 60_000,
): Promise<ConsumedMessage[]> {
  const messages: ConsumedMessage[] = [];
  const consumer = kafka.consumer({ groupId: randomGroup('reader') });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    consumer.on(consumer.events.GROUP_JOIN, () => {
      for (const [partition, offset] of from) consumer.seek({ topic, partition, offset });
    });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
        messages.push({ partition, offset: message.offset, key: message.key?.toString() ?? null, value: message.value as Buffer, headers });
      },
    });
    await waitFor(() => done(messages), { timeoutMs, description: `messages on ${topic}` });
    return messages;
  } finally {
    await consumer.disconnect();
  }
}
