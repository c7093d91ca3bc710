import { type Kafka } from 'kafkajs';
import { randomNamespace, stackEndpoints, waitFor } from '@i94/testing';
import { createKafka, createProducer, readTopicToEnd, TransactionalDeliveryProducer } from '@i94/kafka';

// Why TransactionalDeliveryProducer re-initialises a failed producer's id at once: on the real
// broker, a transaction its producer never ended holds every read_committed reader of its
// partitions at its first record, also at the transactions committed after it, and a producer of
// the same id connecting (InitProducerId) aborts it and lets them go on.
describe('an open transaction on the broker', () => {
  const kafka: Kafka = createKafka({ brokers: stackEndpoints().kafkaBrokers, clientId: 'open-transaction-test' });
  const admin = kafka.admin();
  const topic = `${randomNamespace('opentxn')}records`;
  const prefix = `${topic}.writer`;
  const endOffset = async () => Number((await admin.fetchTopicOffsets(topic))[0].high); // read_committed: the last stable offset
  const readable = () => readTopicToEnd(kafka, topic, () => undefined, 60_000);

  beforeAll(async () => {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  });
  afterAll(async () => {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('holds read_committed readers until a producer of its id connects', async () => {
    // a producer that sent in a transaction and then went away without ending it (its abort never reached the broker)
    const lost = createProducer(kafka, { transactionalId: `${prefix}-0`, transactionTimeoutMs: 120_000 });
    await lost.connect();
    const open = await lost.transaction();
    await open.send({ topic, acks: -1, messages: [{ key: 'a', value: 'never ended' }] });
    await lost.disconnect();

    const other = new TransactionalDeliveryProducer(kafka, { transactionalIdPrefix: `${topic}.other`, slots: 1 });
    await other.connect();
    await other.run((tx) => tx.send(topic, ['b', 'c', 'd'].map((key) => ({ key, value: 'committed' }))));
    await other.disconnect();
    expect(await endOffset()).toBe(0);
    expect(await readable()).toBe(0);

    const successor = new TransactionalDeliveryProducer(kafka, { transactionalIdPrefix: prefix, slots: 1 });
    await successor.connect();
    await successor.disconnect();
    await waitFor(async () => (await endOffset()) > 0, { timeoutMs: 30_000, description: 'the open transaction to be aborted' });
    expect(await readable()).toBe(3);
  });
});
