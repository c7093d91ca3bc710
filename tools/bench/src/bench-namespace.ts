import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { CreateBucketCommand, DeleteBucketCommand, DeleteObjectsCommand } from '@aws-sdk/client-s3';
import { AvroSerde } from '@i94/avro';
import { referenceDimensionEntries } from '@i94/dimensions';
import { createCassandraClient, migrate } from '@i94/cassandra';
import {
  createKafka, dimensionTopicSpecs, ensureTopics, namespacedDimensionTopic, publishDimensions, topicNames, type TopicNames, topicSpecs,
} from '@i94/kafka';
import { ObjectStore } from '@i94/s3-parquet';
import { type Kafka } from 'kafkajs';
import { findUp, type PlatformEnv, readReferenceFiles } from '@i94/command-line';
import { ServiceProcess, type ServiceName } from './service-process';

/** How long one step of preparing a namespace may take. */
const PREPARE_STEP_MS = 120_000;

/** `promise`, or a rejection naming `what` after `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One isolated copy of the platform's state on the shared stack: a random topic namespace,
 * Cassandra keyspace and S3 bucket, with the topics created and the dimensions published. Services
 * started here get that environment; `dispose` stops them and deletes what was created.
 */
export class BenchNamespace {
  readonly id: string;
  readonly namespace: string;
  readonly keyspace: string;
  readonly bucket: string;
  readonly topics: TopicNames;
  readonly kafka: Kafka;
  readonly store: ObjectStore;
  readonly serde: AvroSerde;
  private readonly services: ServiceProcess[] = [];

  constructor(
    readonly env: PlatformEnv,
    readonly root: string,
    readonly logDir: string,
    label: string,
  ) {
    this.id = `bench-${label}-${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
    this.namespace = `${this.id}.`;
    this.keyspace = this.id.replace(/-/g, '_');
    this.bucket = this.id;
    this.topics = topicNames(this.namespace);
    this.kafka = createKafka({ brokers: env.KAFKA_BROKERS, clientId: 'i94-bench' });
    this.store = new ObjectStore({
      endpoint: env.S3_ENDPOINT, region: env.S3_REGION, bucket: this.bucket, accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY, forcePathStyle: env.S3_FORCE_PATH_STYLE,
    });
    this.serde = AvroSerde.forUrl(env.SCHEMA_REGISTRY_URL);
  }

  /** Environment of every process of this namespace (services and CLI). */
  processEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      ...process.env, TOPIC_NAMESPACE: this.namespace, CASSANDRA_KEYSPACE: this.keyspace, S3_BUCKET: this.bucket,
      LOG_LEVEL: 'info', KAFKAJS_NO_PARTITIONER_WARNING: '1', NODE_NO_WARNINGS: '1', RATE_LIMIT_PER_SECOND: '1000', ...extra,
    };
  }

  /** Keyspace, bucket, topics and dimensions: what the services expect to find. */
  async prepare(): Promise<void> {
    mkdirSync(this.logDir, { recursive: true });
    await migrate({ contactPoints: this.env.CASSANDRA_CONTACT_POINTS, localDataCenter: this.env.CASSANDRA_LOCAL_DC, keyspace: this.keyspace });
    await this.store.client.send(new CreateBucketCommand({ Bucket: this.bucket }));
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(admin, [...topicSpecs(this.namespace), ...dimensionTopicSpecs(namespacedDimensionTopic(this.namespace))]);
    } finally {
      await admin.disconnect();
    }
    const dir = findUp('data/reference');
    if (!dir) throw new Error('cannot find data/reference above the CLI');
    // a publish that stalls (seen once on the busy shared stack) fails the run instead of hanging it
    await withTimeout(
      publishDimensions(this.kafka, this.serde, referenceDimensionEntries(readReferenceFiles(dir)), { topicFor: namespacedDimensionTopic(this.namespace) }),
      PREPARE_STEP_MS,
      `publishing the dimensions of ${this.namespace}`,
    );
  }

  /** Starts a built service in this namespace (waits for /health unless `healthy` is false). */
  async start(service: ServiceName, extra: Record<string, string> = {}, healthy = true): Promise<ServiceProcess> {
    const proc = await ServiceProcess.start(service, this.root, this.logDir, this.processEnv(extra), healthy);
    this.services.push(proc);
    return proc;
  }

  /** Stops every service still running. */
  async stopAll(): Promise<void> {
    await Promise.all(this.services.map((s) => s.stop()));
  }

  /** Stops the services, then deletes the namespace's topics, keyspace and bucket. */
  async dispose(): Promise<void> {
    await this.stopAll();
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const mine = (await admin.listTopics()).filter((t) => t.startsWith(this.namespace));
      if (mine.length) await admin.deleteTopics({ topics: mine, timeout: 30_000 });
    } finally {
      await admin.disconnect();
    }
    const client = createCassandraClient({ contactPoints: this.env.CASSANDRA_CONTACT_POINTS, localDataCenter: this.env.CASSANDRA_LOCAL_DC });
    try {
      await client.execute(`DROP KEYSPACE IF EXISTS ${this.keyspace}`);
    } finally {
      await client.shutdown();
    }
    await this.deleteBucket();
    this.store.client.destroy();
  }

  private async deleteBucket(): Promise<void> {
    const keys = await this.store.list('');
    for (let i = 0; i < keys.length; i += 1000) {
      await this.store.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })) } }));
    }
    await this.store.client.send(new DeleteBucketCommand({ Bucket: this.bucket }));
  }
}
