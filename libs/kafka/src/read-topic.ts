import { randomUUID } from 'node:crypto';
import { type Kafka, type KafkaMessage } from 'kafkajs';

/**
 * Reads a whole topic, from its beginning to the end offsets it had when called, with a
 * throwaway consumer group, calling `onMessage` for each record. For operator counts
 * (reconciliation), not for processing: it commits nothing.
 */
export async function readTopicToEnd(kafka: Kafka, topic: string, onMessage: (message: KafkaMessage, partition: number) => Promise<void> | void, timeoutMs = 600_000): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect())).map((o) => [o.partition, Number(o.high)]));
  const pending = new Set([...ends].filter(([, high]) => high > 0).map(([p]) => p));
  if (pending.size === 0) return 0;
  const consumer = kafka.consumer({ groupId: `i94-reader-${randomUUID()}`, maxBytesPerPartition: 4 * 1024 * 1024 });
  let read = 0;
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    const done = new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`reading ${topic} did not reach its end in ${timeoutMs} ms`)), timeoutMs);
      let settle: NodeJS.Timeout | undefined;
      void consumer.run({
        autoCommit: false,
        eachBatch: async ({ batch }) => {
          clearTimeout(settle);
          for (const message of batch.messages) {
            await onMessage(message, batch.partition);
            read += 1;
          }
          // A transaction's commit marker takes the last offset, so "at the end" can be one short;
          // a real record there would arrive within the settle time, which resets on every batch.
          const last = Number(batch.messages[batch.messages.length - 1]?.offset ?? batch.lastOffset());
          if (last + 2 >= (ends.get(batch.partition) ?? 0)) pending.delete(batch.partition);
          if (pending.size === 0) {
            settle = setTimeout(() => {
              clearTimeout(deadline);
              resolve();
            }, 1000);
          }
        },
      });
    });
    await done;
    return read;
  } finally {
    await consumer.disconnect();
  }
}

/** Per partition: the group's committed offset, the high watermark, and the difference. */
export async function groupLag(kafka: Kafka, groupId: string, topic: string): Promise<{ partition: number; committed: number; high: number; lag: number }[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [ends, [committed]] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
    return ends.map((e) => {
      const c = Number(committed.partitions.find((p) => p.partition === e.partition)?.offset ?? -1);
      const high = Number(e.high);
      const position = c < 0 ? Number(e.low) : c;
      return { partition: e.partition, committed: c, high, lag: Math.max(0, high - position) };
    });
  } finally {
    await admin.disconnect();
  }
}
