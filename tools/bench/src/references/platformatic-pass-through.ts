import { randomBytes } from 'node:crypto';
import { type Consumer, type Message, type Producer, loadPlatformaticKafka } from './platformatic-client';
import { createScratchTopic } from '../kafka-progress';
import { ratePerSecond } from '../stats';
import { type StageContext } from '../stages/stage-run';

/** Messages per produce request, as the enricher and the kafkajs pass-through send them. */
const PRODUCE_CHUNK = 500;
/**
 * Messages per transaction. The stream hands over messages, not fetched batches; the kafkajs
 * reference and the enricher commit one transaction per fetched partition batch, which on this
 * backlog (2–4 MiB per partition fetch) is a few thousand records.
 */
const TRANSACTION_MESSAGES = 5000;

type Outgoing = { topic: string; key?: Buffer; value?: Buffer };

/**
 * P2's second reference: the kafkajs pass-through (pass-through.ts) again, hop for hop, with
 * @platformatic/kafka, a maintained pure-JS client, on the same backlog in the same run: consume
 * the raw topic from its start and produce every message unchanged (acks=all) in chunks of 500;
 * plain, committing as it goes, or `transactional`, producing and committing the offsets in one
 * transaction per 5,000 messages. Side by side, the figures say how much of the hop is the client.
 * Timed from the group's join (when `consume` resolves) to the last message produced.
 */
export async function runPlatformaticPassThrough(ctx: StageContext, total: number, transactional = false): Promise<number> {
  // loaded here, not with the CLI: it adds about 0.3 s to every i94 command's start
  const { Consumer, MessagesStreamModes, Producer } = await loadPlatformaticKafka(ctx.ns.root);
  const { kafka, namespace, topics, env } = ctx.ns;
  const label = transactional ? 'pass-through-tx-platformatic' : 'pass-through-platformatic';
  const target = `${namespace}bench.${label}.${Date.now().toString(36)}`;
  await createScratchTopic(kafka, target);
  // the retry policy of libs/kafka's kafkajs client (5 retries, from 200 ms), not this client's
  // default (3, 1 s apart): a transaction begun right after the last one's commit is answered
  // CONCURRENT_TRANSACTIONS until the broker has written the markers, and a 1 s wait per retry
  // measured the retry delay, not the client
  const common = { clientId: 'i94-bench-platformatic', bootstrapBrokers: env.KAFKA_BROKERS, retries: 5, retryDelay: 200 };
  const groupId = `${namespace}bench-${label}-${randomBytes(3).toString('hex')}`;
  const consumer = new Consumer({ ...common, groupId, maxBytesPerPartition: 4 * 1024 * 1024 });
  const producer = transactional ? new Producer({ ...common, acks: -1, idempotent: true, transactionalId: `${groupId}-tx` }) : new Producer({ ...common, acks: -1 });
  try {
    const stream = await consumer.consume({ topics: [topics.raw], mode: MessagesStreamModes.EARLIEST, autocommit: !transactional });
    const joinedAt = Date.now();
    const flushAt = transactional ? TRANSACTION_MESSAGES : PRODUCE_CHUNK;
    let pending: Message[] = [];
    let done = 0;
    for await (const message of stream) {
      pending.push(message);
      if (pending.length < flushAt && done + pending.length < total) continue;
      await (transactional ? sendInTransaction(producer, consumer, target, pending) : sendChunks(producer, target, pending));
      done += pending.length;
      pending = [];
      if (done >= total) break;
    }
    const rate = ratePerSecond(done, Date.now() - joinedAt);
    ctx.log(`${label}: ${done} at ${Math.round(rate)} rec/s`);
    return rate;
  } finally {
    // force: leave the group without waiting for the open stream (the callback form: TypeScript picks it for `close(true)`)
    await new Promise<void>((resolve) => consumer.close(true, () => resolve()));
    await producer.close().catch(() => undefined);
  }
}

const outgoing = (topic: string, messages: Message[]): Outgoing[] => messages.map((m) => ({ topic, key: m.key, value: m.value }));

async function sendChunks(producer: Pick<Producer, 'send'>, topic: string, messages: Message[]): Promise<void> {
  for (let i = 0; i < messages.length; i += PRODUCE_CHUNK) await producer.send({ messages: outgoing(topic, messages.slice(i, i + PRODUCE_CHUNK)) });
}

async function sendInTransaction(producer: Producer, consumer: Consumer, topic: string, messages: Message[]): Promise<void> {
  const transaction = await producer.beginTransaction();
  try {
    await transaction.addConsumer(consumer);
    for (let i = 0; i < messages.length; i += PRODUCE_CHUNK) await transaction.send({ messages: outgoing(topic, messages.slice(i, i + PRODUCE_CHUNK)) });
    // the last message of each partition carries that partition's offset to commit
    const lastPerPartition = new Map(messages.map((m) => [m.partition, m]));
    for (const message of lastPerPartition.values()) await transaction.addOffset(message);
    await transaction.commit();
  } catch (error) {
    await transaction.abort().catch(() => undefined);
    throw error;
  }
}
