import { type DynamicModule, Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { type Client } from 'cassandra-driver';
import { type Kafka } from 'kafkajs';
import { type Logger } from 'pino';
import { type Registry } from 'prom-client';
import { API_KEY_ENTRIES, ApiKeyGuard, rateLimitProviders } from '@i94/auth';
import { AvroSerde, type RollupCommitted } from '@i94/avro';
import { AggregateWriter, cassandraReadiness, createCassandraClient } from '@i94/cassandra';
import { DimensionCache } from '@i94/dimensions';
import { BatchRunner, createKafka, decodeMessage, DimensionTopicsReader, kafkaReadiness, namespacedDimensionTopic, registryReadiness, topicNames } from '@i94/kafka';
import { createLogger, createMetricsRegistry, ObservabilityModule, RetriableErrorInterceptor } from '@i94/observability';
import { type ObjectStore, objectStoreFromEnv, ROLLED_FILE_COLUMNS, RollCatalog, s3Readiness } from '@i94/s3-parquet';
import { AggregatePublisher } from './adapters/aggregate-publisher';
import { CompactionsController } from './adapters/compactions.controller';
import { OwnedMonths } from './adapters/owned-months';
import { S3CompactionPorts } from './adapters/s3-compaction-ports';
import { compactorMetrics, countCompaction } from './compactor.metrics';
import { CompactorService } from './compactor.service';
import { CONFIG, type CompactorConfig, SERVICE_NAME } from './config';
import { transformMonth } from './engine/duckdb-month';
import { type CompactionResult, MonthCompaction } from './month-compaction';
import { announcedFiles, nextDailyRun } from './schedule';

/** The running parts, built once from config. */
class CompactorRuntime {
  readonly logger: Logger = createLogger(SERVICE_NAME);
  readonly registry: Registry = createMetricsRegistry(SERVICE_NAME);
  readonly kafka: Kafka;
  readonly cassandra: Client;
  readonly store: ObjectStore;
  readonly service: CompactorService;
  private readonly cache = new DimensionCache();
  private readonly dimensions: DimensionTopicsReader;
  private readonly publisher: AggregatePublisher;
  private readonly announcements: BatchRunner;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(private readonly config: CompactorConfig) {
    this.kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: SERVICE_NAME });
    const serde = AvroSerde.forUrl(config.SCHEMA_REGISTRY_URL);
    this.cassandra = createCassandraClient({ contactPoints: config.CASSANDRA_CONTACT_POINTS, localDataCenter: config.CASSANDRA_LOCAL_DC });
    this.store = objectStoreFromEnv(config);
    const topics = topicNames(config.TOPIC_NAMESPACE);
    this.dimensions = new DimensionTopicsReader(this.kafka, serde, { topicFor: namespacedDimensionTopic(config.TOPIC_NAMESPACE) });
    this.publisher = new AggregatePublisher(this.kafka, serde, new AggregateWriter(this.cassandra, config.CASSANDRA_KEYSPACE), this.store, topics.aggStateMonth);
    const catalog = new RollCatalog(this.store);
    const s3 = new S3CompactionPorts(this.store, catalog);
    const limits = { memoryLimit: config.COMPACT_MEMORY_LIMIT, threads: config.COMPACT_THREADS };
    const compaction = new MonthCompaction(
      {
        rollFilesOf: (month) => s3.rollFilesOf(month),
        currentVersion: (month) => s3.currentVersion(month),
        download: (key, path) => s3.download(key, path),
        upload: (key, path) => s3.upload(key, path),
        claimVersion: (month, version) => s3.claimVersion(month, version),
        swapVersion: (version, expected) => s3.swapVersion(version, expected),
        publishAggregates: (month, aggregates) => this.publisher.publish(month, aggregates),
      },
      this.cache,
      {
        workDir: config.COMPACT_WORK_DIR, rowsPerFile: config.COMPACTED_FILE_ROWS, rowGroupRows: config.COMPACTED_ROW_GROUP_ROWS,
        columns: ROLLED_FILE_COLUMNS.map((c) => c.name), transform: (request) => transformMonth(request, limits),
      },
    );
    const metrics = compactorMetrics(this.registry);
    this.service = new CompactorService(
      compaction,
      new OwnedMonths(catalog, this.kafka, topics.rollupsCommitted, (topic, partition) => this.announcements.owns(topic, partition)),
      config.COMPACT_DEBOUNCE_MS,
      (result: CompactionResult) => {
        countCompaction(metrics, result);
        this.logger.info(result, result.skipped ? 'month unchanged' : 'month compacted');
      },
      (error, month) => {
        metrics.compactions.inc({ outcome: 'failed' });
        this.logger.warn({ err: error.message, month }, 'compaction failed; the month stays dirty and is retried after a backoff');
      },
    );
    this.announcements = new BatchRunner({
      kafka: this.kafka,
      groupId: `${config.TOPIC_NAMESPACE}${config.CONSUMER_GROUP}`, // one namespace never joins another's group
      topics: [topics.rollupsCommitted],
      handle: async (messages, { topic, partition }) => {
        const values = await Promise.all(messages.map((m) => decodeMessage<RollupCommitted>(serde, m.value, { topic, partition, offset: m.offset })));
        this.service.announced(announcedFiles(values));
      },
      onRestart: (reason) => this.logger.warn({ reason }, 'consumer crashed; rejoining the group'),
      // each join: the months of the partitions now ours, dirty from before (a crash, another instance's), are compacted
      onAssigned: () => void this.service.compactDirty(),
    });
  }

  async start() {
    const warm = await this.dimensions.warmUp(this.cache);
    this.logger.info(warm, 'dimension caches warm');
    await this.publisher.connect();
    await this.announcements.start();
    this.timers.push(setInterval(() => void this.service.compactDirty(), this.config.COMPACT_EVERY_MS));
    this.scheduleDaily();
  }

  async stop() {
    for (const t of this.timers) clearTimeout(t);
    await this.announcements.stop();
    await this.service.stop();
    await Promise.allSettled([this.publisher.disconnect(), this.dimensions.stop(), this.cassandra.shutdown()]);
  }

  private scheduleDaily() {
    const at = nextDailyRun(new Date(), this.config.COMPACT_DAILY_AT, this.config.COMPACT_TIME_ZONE);
    this.logger.info({ at: at.toISOString(), zone: this.config.COMPACT_TIME_ZONE }, 'next daily compaction');
    this.timers.push(setTimeout(() => void this.service.compactDirty().finally(() => this.scheduleDaily()), at.getTime() - Date.now()));
  }

}

/** compactor: merges hourly Parquet files and builds the state/month aggregates. */
@Module({})
export class AppModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(CompactorRuntime) private readonly runtime: CompactorRuntime) {}

  static forConfig(config: CompactorConfig): DynamicModule {
    const runtime = new CompactorRuntime(config);
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forService({
          service: SERVICE_NAME,
          registry: runtime.registry,
          readinessChecks: [kafkaReadiness(runtime.kafka), registryReadiness(config.SCHEMA_REGISTRY_URL), cassandraReadiness(runtime.cassandra), s3Readiness(runtime.store)],
        }),
      ],
      controllers: [CompactionsController],
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: CompactorRuntime, useValue: runtime },
        { provide: CompactorService, useValue: runtime.service },
        { provide: API_KEY_ENTRIES, useValue: config.API_KEYS },
        ApiKeyGuard,
        ...rateLimitProviders(config.RATE_LIMIT_PER_SECOND),
        // S3, Cassandra or Kafka down, or the pointer moved: 503 with Retry-After, not 500
        { provide: APP_INTERCEPTOR, useValue: new RetriableErrorInterceptor() },
      ],
    };
  }

  onApplicationBootstrap() {
    return this.runtime.start();
  }

  onApplicationShutdown() {
    return this.runtime.stop();
  }
}
