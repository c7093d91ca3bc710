import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AvroSerde, type EnrichedArrival } from '@i94/avro';
import { enrichArrival } from '@i94/domain';
import { createKafka } from '@i94/kafka';
import { loadHyparquet, ObjectStore, parseRollManifest, ROLL_MANIFEST_PREFIX } from '@i94/s3-parquet';
import { createNamespaceTopics, groupCaughtUp, produceAll, randomBucket, randomGroup, randomNamespace, referenceCache, sampleRawArrivals, stackEndpoints, waitFor } from '@i94/testing';
import { AppModule } from '../src/app.module';
import { loadServiceConfig } from '../src/config';


// The sample, enriched, through the real Kafka and S3: Parquet files whose rows total 1,000 and
// read back (hyparquet, an independent reader) with the enriched values; a replay from the
// earliest offset rewrites the same objects and adds none.
describe('parquet-rollup against the real stack', () => {
  const endpoints = stackEndpoints();
  const kafka = createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'rollup-int-test' });
  const serde = AvroSerde.forUrl(endpoints.schemaRegistryUrl);
  const bucket = randomBucket('rollup');
  const namespace = randomNamespace('rollup');
  let enrichedTopic: string;
  const store = new ObjectStore({ ...endpoints.s3, bucket, forcePathStyle: true });
  let enriched: EnrichedArrival[];
  let app: INestApplication | undefined;

  async function start(group: string) {
    const config = loadServiceConfig({
      ...process.env, S3_BUCKET: bucket, CONSUMER_GROUP: group, TOPIC_NAMESPACE: namespace, ROLL_IDLE_MS: '1000', ROLL_MAX_ROWS: '300',
    });
    app = await NestFactory.create(AppModule.forConfig(config), { logger: ['error'] });
    await app.listen(0, '127.0.0.1');
  }

  async function committedObjects(): Promise<string[]> {
    const manifests = await Promise.all((await store.list(ROLL_MANIFEST_PREFIX)).map(async (k) => parseRollManifest((await store.get(k))!)));
    return manifests.flatMap((m) => m.files.map((f) => f.key)).sort();
  }

  beforeAll(async () => {
    await store.client.send(new CreateBucketCommand({ Bucket: bucket }));
    const cache = referenceCache();
    enriched = (await sampleRawArrivals('rollup-test')).map((raw) => enrichArrival(raw, cache, 1_700_000_000_000) as EnrichedArrival);
    enrichedTopic = (await createNamespaceTopics(kafka, namespace)).enriched;
    await produceAll(kafka, enrichedTopic, await Promise.all(enriched.map(async (e) => ({ key: String(e.cicid), value: await serde.encode('i94.arrivals.enriched.v1', e, enrichedTopic) }))));
  });

  afterAll(async () => {
    await app?.close();
    store.client.destroy();
  });

  let firstKeys: string[];

  it('rolls the 1,000 enriched records into Parquet objects an independent reader reads back', async () => {
    const group = randomGroup('rollup');
    await start(group);
    await waitFor(() => groupCaughtUp(kafka, `${namespace}${group}`, enrichedTopic), { timeoutMs: 90_000, description: 'every offset committed after its roll' });
    firstKeys = await committedObjects();
    expect(firstKeys.length).toBeGreaterThanOrEqual(4); // 3 partitions, 300-row bound

    const { parquetReadObjects } = await loadHyparquet();
    const byCicid = new Map(enriched.map((e) => [e.cicid, e]));
    let rows = 0;
    for (const key of firstKeys) {
      expect(key).toMatch(/^enriched\/ingest_hour=2016-04-30T00\/arrival_month=2016-04\/rollup-[\w-]+\.i94\.arrivals\.enriched\.v1\+\d\+\d+\.parquet$/);
      const bytes = (await store.get(key))!;
      const objects = (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer, utf8: true })) as Record<string, unknown>[];
      rows += objects.length;
      for (const o of objects) {
        const e = byCicid.get(Number(o.cicid))!;
        expect(Number(o.kafkaOffset)).toBeGreaterThanOrEqual(0);
        expect({ cicid: Number(o.cicid), port: o.portName, state: o.destinationState, stay: o.stayDays, age: o.age, flags: JSON.parse(String(o.qualityFlags)) }).toEqual({
          cicid: e.cicid, port: e.portName, state: e.destinationState, stay: e.stayDays, age: e.age, flags: e.qualityFlags,
        });
      }
    }
    expect(rows).toBe(1000);
  });

  it('exposes its counts, files, lag and readiness of Kafka, the registry and S3 on /metrics', async () => {
    const metrics = await (await fetch(`${await app!.getUrl()}/metrics`)).text();
    const value = (series: string) => Number(new RegExp(`^${series}\\{service="parquet-rollup"\\} (\\S+)$`, 'm').exec(metrics)?.[1]);
    expect(value('i94_rollup_records_in_total')).toBe(1000);
    expect(value('i94_rollup_rows_committed_total')).toBe(1000);
    expect(value('i94_rollup_files_total')).toBe(firstKeys.length);
    expect(value('i94_rollup_batch_seconds_count')).toBeGreaterThan(0);
    expect(value('i94_rollup_last_commit_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 300);
    const lags = metrics.match(/^i94_rollup_lag_records\{.*\} \d+$/gm) ?? [];
    expect(lags.length).toBeGreaterThan(0);
    expect(lags.every((line) => line.endsWith(' 0'))).toBe(true);
    for (const check of ['kafka', 'schemaRegistry', 's3']) expect(metrics).toMatch(new RegExp(`^i94_ready\\{check="${check}",service="parquet-rollup"\\} 1$`, 'm'));
  });

  it('replays from the earliest offset onto the same object keys, adding none', async () => {
    await app?.close();
    const replay = randomGroup('rollup-replay');
    await start(replay);
    await waitFor(() => groupCaughtUp(kafka, `${namespace}${replay}`, enrichedTopic), { timeoutMs: 90_000, description: 'the replay to commit every offset' });
    expect(await committedObjects()).toEqual(firstKeys);
    expect((await store.list('enriched/')).sort()).toEqual(firstKeys);
  });
});
