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
      // Batch ends come for every fetched batch, also those kafkajs never hands over (only aborted
      // records or transaction markers), so a partition that ends in an aborted transaction is done too.
      // A commit marker takes the last offset, so "at the end" can be one short; a real record
      // there would arrive within the settle time, which resets on every batch.
      consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
        clearTimeout(settle);
        if (Number(payload.lastOffset) + 2 >= (ends.get(payload.partition) ?? 0)) pending.delete(payload.partition);
        if (pending.size === 0) {
          settle = setTimeout(() => {
            clearTimeout(deadline);
            resolve();
          }, 1000);
        }
      });
      void consumer.run({
        autoCommit: false,
        eachBatch: async ({ batch }) => {
          for (const message of batch.messages) {
            await onMessage(message, batch.partition);
            read += 1;
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

/**
 * The partitions of `topic` that hold a record a read_committed reader gets at or after the given
 * offset, up to their end as of now. Transaction markers and aborted records take offsets but are
 * no records, so a group whose committed offset is followed only by them (a partition's last
 * transactions, several when requests ran at once) has read everything there.
 */
export async function partitionsWithRecordsFrom(kafka: Kafka, topic: string, from: ReadonlyMap<number, number>, timeoutMs = 60_000): Promise<Set<number>> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect())).map((o) => [o.partition, Number(o.high)]));
  const open = new Set([...from].filter(([p, offset]) => (ends.get(p) ?? 0) > offset).map(([p]) => p));
  const found = new Set<number>();
  if (open.size === 0) return found;
  const consumer = kafka.consumer({ groupId: `i94-reader-${randomUUID()}`, maxBytesPerPartition: 256 * 1024 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: false });
    await new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`reading ${topic} from the given offsets did not reach its end in ${timeoutMs} ms`)), timeoutMs);
      const settle = (partition: number) => {
        open.delete(partition);
        if (open.size > 0) return;
        clearTimeout(deadline);
        resolve();
      };
      consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
        if (open.has(payload.partition) && Number(payload.lastOffset) + 1 >= (ends.get(payload.partition) ?? 0)) settle(payload.partition);
      });
      void consumer
        .run({
          autoCommit: false,
          eachBatch: async ({ batch }) => {
            const start = from.get(batch.partition) ?? Infinity;
            if (!open.has(batch.partition) || !batch.messages.some((m) => Number(m.offset) >= start)) return;
            found.add(batch.partition);
            settle(batch.partition);
          },
        })
        .then(() => open.forEach((p) => consumer.seek({ topic, partition: p, offset: String(from.get(p)) })), reject);
    });
    return found;
  } finally {
    await consumer.disconnect();
  }
}

/**
 * groupLag counted in records: a partition whose offsets past the group's commit hold only
 * transaction markers or aborted records (read_committed) is not behind.
 */
export async function groupRecordLag(kafka: Kafka, groupId: string, topic: string): Promise<{ partition: number; committed: number; high: number; lag: number }[]> {
  const lags = await groupLag(kafka, groupId, topic);
  const behind = new Map(lags.filter((p) => p.lag > 0).map((p) => [p.partition, p.high - p.lag]));
  if (behind.size === 0) return lags;
  // a reader that cannot join or read now (the broker just restarted) leaves the plain lag: the caller polls again
  const withRecords = await partitionsWithRecordsFrom(kafka, topic, behind, 20_000).catch(() => new Set(behind.keys()));
  return lags.map((p) => (p.lag > 0 && !withRecords.has(p.partition) ? { ...p, lag: 0 } : p));
}
