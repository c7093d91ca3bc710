import { randomBytes } from 'node:crypto';
import { type KafkaMessage, Partitioners, type Producer } from 'kafkajs';
import { createScratchTopic } from '../kafka-progress';
import { ratePerSecond } from '../stats';
import { type StageContext } from '../stages/stage-run';

/** Messages per produce request, as the enricher sends them. */
const PRODUCE_CHUNK = 500;

/**
 * P2 reference: the same client (kafkajs) consuming the raw backlog and producing every message
 * unchanged (acks=all) to another topic: what a consumer→producer hop costs with no decoding or
 * enrichment. Plain, it commits as it goes; `transactional`, each fetched batch is produced and
 * its offsets committed in one transaction, as the enricher does. Timed like the stage: from the
 * group's join to the last message produced.
 */
export async function runPassThrough(ctx: StageContext, total: number, transactional = false): Promise<number> {
  const { kafka, namespace, topics } = ctx.ns;
  const label = transactional ? 'pass-through-tx' : 'pass-through';
  const target = `${namespace}bench.${label}.${Date.now().toString(36)}`;
  await createScratchTopic(kafka, target);
  const groupId = `${namespace}bench-${label}-${randomBytes(3).toString('hex')}`;
  const consumer = kafka.consumer({ groupId, maxBytesPerPartition: 4 * 1024 * 1024 });
  const producer = transactional
    ? kafka.producer({ transactionalId: `${groupId}-tx`, idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner })
    : kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await Promise.all([consumer.connect(), producer.connect()]);
  try {
    await consumer.subscribe({ topic: topics.raw, fromBeginning: true });
    let done = 0;
    let joinedAt = Date.now();
    consumer.on(consumer.events.GROUP_JOIN, () => (joinedAt = Date.now()));
    const finished = new Promise<number>((resolve, reject) => {
      consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
      void consumer.run({
        eachBatchAutoResolve: true,
        autoCommit: !transactional,
        eachBatch: async ({ batch }) => {
          const send = transactional ? sendInTransaction(producer, groupId, target, batch) : sendChunks(producer, target, batch.messages);
          await send;
          done += batch.messages.length;
          if (done >= total) resolve(ratePerSecond(done, Date.now() - joinedAt));
        },
      });
    });
    const rate = await finished;
    ctx.log(`${label}: ${total} at ${Math.round(rate)} rec/s`);
    return rate;
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
}

// in chunks, as the enricher produces: a whole fetched batch exceeds the broker's max message size
async function sendChunks(producer: Pick<Producer, 'send'>, topic: string, messages: KafkaMessage[]): Promise<void> {
  for (let i = 0; i < messages.length; i += PRODUCE_CHUNK) {
    await producer.send({ topic, acks: -1, messages: messages.slice(i, i + PRODUCE_CHUNK).map((m) => ({ key: m.key, value: m.value })) });
  }
}

async function sendInTransaction(producer: Producer, groupId: string, topic: string, batch: { topic: string; partition: number; messages: KafkaMessage[] }): Promise<void> {
  const transaction = await producer.transaction();
  try {
    await sendChunks(transaction, topic, batch.messages);
    const nextOffset = String(Number(batch.messages[batch.messages.length - 1].offset) + 1);
    await transaction.sendOffsets({ consumerGroupId: groupId, topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: nextOffset }] }] });
    await transaction.commit();
  } catch (error) {
    await transaction.abort().catch(() => undefined);
    throw error;
  }
}
