import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AvroSerde, type EnrichedArrival } from '@i94/avro';
import { arrivalKeyString, enrichArrival } from '@i94/domain';
import { createKafka } from '@i94/kafka';
import { loadHyparquet, ObjectStore } from '@i94/s3-parquet';
import { createNamespaceTopics, groupCaughtUp, produceAll, randomBucket, randomGroup, randomNamespace, referenceCache, sampleRawArrivals, stackEndpoints, waitFor } from '@i94/testing';
import { AppModule } from '../src/app.module';
import { loadServiceConfig } from '../src/config';

// Two replicas in one group. The first buffers every partition (its rolls close only after 9 s
// idle); the second joins and takes some of them, and more records arrive. The first must not
// close and commit the rolls of partitions it no longer owns: that would overwrite the second's
// objects with fewer rows and move the group's offsets back. Read back from every object under
// the prefix, each (partition, offset) of the topic must be there exactly once.
describe('parquet-rollup: partitions revoked while their rolls are open', () => {
  const endpoints = stackEndpoints();
  const kafka = createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'rollup-rebalance-test' });
  const serde = AvroSerde.forUrl(endpoints.schemaRegistryUrl);
  const bucket = randomBucket('rebalance');
  const namespace = randomNamespace('rebalance');
  const group = randomGroup('rebalance');
  const store = new ObjectStore({ ...endpoints.s3, bucket, forcePathStyle: true });
  const apps: INestApplication[] = [];
  let topic: string;

  async function start(idleMs: number): Promise<INestApplication> {
    const config = loadServiceConfig({ ...process.env, S3_BUCKET: bucket, CONSUMER_GROUP: group, TOPIC_NAMESPACE: namespace, ROLL_IDLE_MS: String(idleMs), ROLL_MAX_ROWS: '100000' });
    const app = await NestFactory.create(AppModule.forConfig(config), { logger: ['error'] });
    await app.listen(0, '127.0.0.1');
    apps.push(app);
    return app;
  }
  const metric = async (app: INestApplication, series: string) => {
    const text = await (await fetch(`${await app.getUrl()}/metrics`)).text();
    return [...text.matchAll(new RegExp(`^${series}\\{[^}]*\\} (\\S+)$`, 'gm'))].reduce((n, m) => n + Number(m[1]), 0);
  };
  async function produce(copy: number) {
    const cache = referenceCache();
    const enriched = (await sampleRawArrivals(`rebalance-${copy}`)).map((raw) => enrichArrival({ ...raw, cicid: raw.cicid + copy * 10_000_000 }, cache, 1_700_000_000_000) as EnrichedArrival);
    await produceAll(kafka, topic, await Promise.all(enriched.map(async (e) => ({ key: arrivalKeyString(e), value: await serde.encode('i94.arrivals.enriched.v1', e, topic) }))));
  }

  beforeAll(async () => {
    await store.client.send(new CreateBucketCommand({ Bucket: bucket }));
    topic = (await createNamespaceTopics(kafka, namespace)).enriched;
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    store.client.destroy();
  });

  it('rolls every (partition, offset) exactly once across the two replicas', async () => {
    await produce(0);
    const first = await start(9_000);
    await waitFor(async () => (await metric(first, 'i94_rollup_records_in_total')) === 1000, { timeoutMs: 60_000, description: 'the first replica to buffer every record' });
    const second = await start(1_000);
    await waitFor(async () => (await metric(second, 'i94_rollup_records_in_total')) > 0, { timeoutMs: 60_000, description: 'the second replica to be given partitions' });
    await produce(1);
    await waitFor(
      async () => (await groupCaughtUp(kafka, `${namespace}${group}`, topic)) && (await metric(first, 'i94_rollup_rows_buffered')) === 0 && (await metric(second, 'i94_rollup_rows_buffered')) === 0,
      { timeoutMs: 90_000, intervalMs: 500, description: 'both replicas to close every roll and the group to commit the whole topic' },
    );

    const { parquetReadObjects } = await loadHyparquet();
    const seen = new Map<string, number>();
    for (const key of await store.list('enriched/')) {
      const bytes = (await store.get(key))!;
      const rows = (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer, columns: ['kafkaPartition', 'kafkaOffset'] })) as Record<string, unknown>[];
      for (const row of rows) {
        const position = `${row.kafkaPartition}:${row.kafkaOffset}`;
        seen.set(position, (seen.get(position) ?? 0) + 1);
      }
    }
    const twice = [...seen.values()].filter((n) => n > 1).length;
    expect({ positions: seen.size, twice }).toEqual({ positions: 2000, twice: 0 });
  }, 240_000);
});
