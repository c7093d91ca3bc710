import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { type Consumer } from 'kafkajs';
import { AvroSerde, type RawArrival } from '@i94/avro';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { arrivalKeyString } from '@i94/domain';
import { createKafka, readTopicToEnd } from '@i94/kafka';
import { createNamespaceTopics, randomGroup, randomNamespace, setTopicMaxMessageBytes, stackEndpoints, waitFor } from '@i94/testing';
import { startGateway } from './gateway-app';

const SAMPLE = readFileSync(join(__dirname, '../../../data/sample/immigration_data_sample.csv'));
const LINES = SAMPLE.toString('utf8').trimEnd().split('\n');
const BATCH = 100;
const HEADERS = { 'x-api-key': LOCAL_DEV_KEYS.producer, 'content-type': 'text/csv', 'x-source-file': 'immigration_data_sample.csv' };

// A push request that fails after some of its records were sent to Kafka must leave none of them
// for a read_committed reader, so the client's resend of the whole request writes the only copy.
// Two real failures part-way: the client's upload breaks off after the gateway sent some batches,
// and a dead letter the DLQ topic cannot take after the raw records were sent.
describe('ingest-gateway: a request is published whole or not at all', () => {
  const { kafkaBrokers, schemaRegistryUrl } = stackEndpoints();
  const kafka = createKafka({ brokers: kafkaBrokers, clientId: 'gateway-atomic-test' });
  const serde = AvroSerde.forUrl(schemaRegistryUrl);
  const namespace = randomNamespace('atomic');
  let gateway: { app: INestApplication; url: string };
  let topics: Awaited<ReturnType<typeof createNamespaceTopics>>;
  let log: UncommittedLog;

  beforeAll(async () => {
    topics = await createNamespaceTopics(kafka, namespace);
    gateway = await startGateway({ TOPIC_NAMESPACE: namespace, PUBLISH_BATCH_SIZE: String(BATCH) });
    log = await UncommittedLog.start(kafka, topics.raw);
  });
  afterAll(async () => {
    await log?.stop();
    await gateway?.app.close();
  });

  const committedCopies = async () => {
    await waitFor(async () => (await noOpenTransaction(kafka, topics.raw, log)) || undefined, { timeoutMs: 60_000, description: 'no transaction open on the raw topic' });
    const copies = new Map<string, number>();
    await readTopicToEnd(kafka, topics.raw, async (m) => {
      const key = arrivalKeyString(await serde.decode<RawArrival>(m.value as Buffer));
      copies.set(key, (copies.get(key) ?? 0) + 1);
    });
    return copies;
  };
  const push = (body: Buffer | string) => fetch(`${gateway.url}/v1/feeds/2016-04-30/records`, { method: 'POST', headers: HEADERS, body });

  it('an upload broken off after some batches were sent leaves nothing visible; its resend gives one copy of each record', async () => {
    const before = log.records;
    const upload = httpRequest(`${gateway.url}/v1/feeds/2016-04-30/records`, { method: 'POST', headers: HEADERS });
    upload.on('error', () => undefined); // we break it off ourselves
    upload.write(`${LINES.slice(0, 601).join('\n')}\n`);
    await waitFor(() => log.records - before >= 3 * BATCH, { timeoutMs: 30_000, description: 'three batches of the upload in the raw topic' });
    upload.destroy();
    const afterBreak = await committedCopies();
    expect({ sentToKafka: log.records - before >= 3 * BATCH, visible: afterBreak.size }).toEqual({ sentToKafka: true, visible: 0 });

    const res = await push(SAMPLE);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ accepted: 1000, rejected: 0 });
    const copies = await committedCopies();
    expect({ arrivals: copies.size, repeated: [...copies.values()].filter((c) => c > 1).length }).toEqual({ arrivals: 1000, repeated: 0 });
  });

  it('a request failing at its dead letters after its raw records were sent leaves none of them; its resend gives one copy', async () => {
    const before = await committedCopies();
    const body = `${LINES.slice(0, 301).join('\n')}\n1,not-a-cicid,2016.0,4.0\n`;
    await setTopicMaxMessageBytes(kafka, topics.dlq, 100); // smaller than any dead letter
    const refused = await push(body);
    expect(refused.status).toBe(500);
    expect(await committedCopies()).toEqual(before);

    await setTopicMaxMessageBytes(kafka, topics.dlq, 8 * 1024 * 1024);
    const res = await push(body);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ accepted: 300, rejected: 1 });
    const copies = await committedCopies();
    expect([...copies.values()].filter((c) => c !== 2).length).toBe(700); // the first 300 of the sample: once per successful request
    expect([...copies.values()].filter((c) => c === 2).length).toBe(300);
    let letters = 0;
    await readTopicToEnd(kafka, topics.dlq, () => void letters++);
    expect(letters).toBe(1);
  });

  it('a resend with the Idempotency-Key of a request that committed (its answer lost on the way) is answered from it, by another gateway too, and writes nothing', async () => {
    const before = await committedCopies();
    const body = `${[LINES[0], ...LINES.slice(701, 801)].join('\n')}\n`;
    const key = randomUUID();
    const send = (url: string) => fetch(`${url}/v1/feeds/2016-04-30/records`, { method: 'POST', headers: { ...HEADERS, 'idempotency-key': key }, body });
    const first = await send(gateway.url);
    expect(first.status).toBe(200);
    const committed = (await first.json()) as { batchId: string };
    // a second gateway knows of the first attempt only from the batch summaries in Kafka
    const other = await startGateway({ TOPIC_NAMESPACE: namespace, PUBLISH_BATCH_SIZE: String(BATCH), GATEWAY_INSTANCE: 'idempotency-test' });
    try {
      for (const url of [gateway.url, other.url]) {
        const resent = await send(url);
        expect(resent.status).toBe(200);
        expect(await resent.json()).toEqual({ batchId: committed.batchId, feedDate: '2016-04-30', accepted: 100, rejected: 0, rejections: [], replayed: true });
      }
    } finally {
      await other.app.close();
    }
    const after = await committedCopies();
    const gained = [...after].filter(([k, n]) => n !== (before.get(k) ?? 0));
    expect({ arrivals: gained.length, onceMore: gained.filter(([k, n]) => n === (before.get(k) ?? 0) + 1).length }).toEqual({ arrivals: 100, onceMore: 100 });
  });
});

/** The raw topic as a read_uncommitted reader sees it: records sent, committed or not, and each partition's log end. */
class UncommittedLog {
  records = 0;
  readonly logEnd = new Map<number, number>();

  private constructor(private readonly consumer: Consumer) {}

  static async start(kafka: ReturnType<typeof createKafka>, topic: string): Promise<UncommittedLog> {
    const consumer = kafka.consumer({ groupId: randomGroup('uncommitted'), readUncommitted: true });
    const log = new UncommittedLog(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => log.logEnd.set(payload.partition, Number(payload.highWatermark)));
    await consumer.run({ autoCommit: false, eachBatch: async ({ batch }) => void (log.records += batch.messages.length) });
    return log;
  }

  stop = () => this.consumer.disconnect();
}

/** True once every partition's last stable offset (what read_committed reads up to) is at its log end: no transaction open. */
async function noOpenTransaction(kafka: ReturnType<typeof createKafka>, topic: string, log: UncommittedLog): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const stable = await admin.fetchTopicOffsets(topic); // kafkajs lists offsets read_committed: the last stable offset
    return stable.every((p) => Number(p.high) >= (log.logEnd.get(p.partition) ?? 0));
  } finally {
    await admin.disconnect();
  }
}
