import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { Kafka, logLevel } from 'kafkajs';
import { randomGroup, randomTopic, stackEndpoints, waitFor } from '@i94/testing';

// Smoke: an Avro record produced through the real registry and broker decodes to the same value.
const endpoints = stackEndpoints();

describe('smoke: Kafka + schema registry', () => {
  const kafka = new Kafka({ clientId: 'smoke', brokers: endpoints.kafkaBrokers, logLevel: logLevel.NOTHING, retry: { retries: 2 } });
  const registry = new SchemaRegistry({ host: endpoints.schemaRegistryUrl });
  const admin = kafka.admin();
  const topic = randomTopic('smoke.avro');

  beforeAll(async () => {
    await admin.connect().catch((error: Error) => {
      throw new Error(`Kafka at ${endpoints.kafkaBrokers.join(',')} is not reachable: ${error.message}`);
    });
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  });

  afterAll(async () => {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('round-trips an Avro record through the registry and the broker', async () => {
    const schema = {
      type: 'record',
      name: 'SmokeArrival',
      namespace: 'i94.smoke',
      fields: [
        { name: 'cicid', type: 'long' },
        { name: 'i94port', type: ['null', 'string'], default: null },
      ],
    };
    const { id } = await registry
      .register({ type: SchemaType.AVRO, schema: JSON.stringify(schema) }, { subject: `${topic}-value` })
      .catch((error: Error) => {
        throw new Error(`schema registry at ${endpoints.schemaRegistryUrl} failed: ${error.message}`);
      });
    const value = { cicid: 5748517, i94port: 'NYC' };

    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: [{ key: String(value.cicid), value: await registry.encode(id, value) }] });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: randomGroup('smoke') });
    const received: unknown[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void received.push(await registry.decode(message.value as Buffer)) });
    await waitFor(() => received.length > 0, { description: 'the Avro record on the topic' });
    await consumer.disconnect();

    expect(received).toEqual([value]);
  });
});
