import { randomBytes } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import { createScratchTopic } from '../kafka-progress';
import { ratePerSecond } from '../stats';
import { type StageContext } from '../stages/stage-run';

/** Messages per produce request, as the enricher sends them. */
const PRODUCE_CHUNK = 500;

/**
 * P2 reference: the same client (kafkajs) consuming the raw backlog and producing every message
 * unchanged (acks=all) to another topic, committing as it goes: what a consumer→producer hop
 * costs with no decoding, enrichment or transaction. Timed like the stage: from the group's
 * join to the last message produced.
 */
export async function runPassThrough(ctx: StageContext, total: number): Promise<number> {
  const { kafka, namespace, topics } = ctx.ns;
  const target = `${namespace}bench.pass-through.${Date.now().toString(36)}`;
  await createScratchTopic(kafka, target);
  const consumer = kafka.consumer({ groupId: `${namespace}bench-pass-through-${randomBytes(3).toString('hex')}`, maxBytesPerPartition: 4 * 1024 * 1024 });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
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
        eachBatch: async ({ batch }) => {
          // in chunks, as the enricher produces: a whole fetched batch exceeds the broker's max message size
          for (let i = 0; i < batch.messages.length; i += PRODUCE_CHUNK) {
            await producer.send({ topic: target, acks: -1, messages: batch.messages.slice(i, i + PRODUCE_CHUNK).map((m) => ({ key: m.key, value: m.value })) });
          }
          done += batch.messages.length;
          if (done >= total) resolve(ratePerSecond(done, Date.now() - joinedAt));
        },
      });
    });
    const rate = await finished;
    ctx.log(`pass-through: ${total} at ${Math.round(rate)} rec/s`);
    return rate;
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
}
