import { type DynamicModule, Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Client } from 'cassandra-driver';
import { type Kafka } from 'kafkajs';
import { type Logger } from 'pino';
import { type Registry } from 'prom-client';
import { API_KEY_ENTRIES, ApiKeyGuard, rateLimitProviders } from '@i94/auth';
import { AvroSerde, type RollupCommitted } from '@i94/avro';
import { AggregateWriter, cassandraReadiness, createCassandraClient } from '@i94/cassandra';
import { DimensionCache } from '@i94/dimensions';
import { BatchRunner, createKafka, decodeMessage, DimensionTopicsReader, kafkaReadiness, namespacedDimensionTopic, registryReadiness, topicNames } from '@i94/kafka';
import { createLogger, createMetricsRegistry, ObservabilityModule } from '@i94/observability';
import { monthsWithNewFiles, type ObjectStore, objectStoreFromEnv, s3Readiness } from '@i94/s3-parquet';
import { AggregatePublisher } from './adapters/aggregate-publisher';
import { CompactionsController } from './adapters/compactions.controller';
import { S3CompactionPorts } from './adapters/s3-compaction-ports';
import { compactorMetrics, countCompaction } from './compactor.metrics';
import { CompactorService } from './compactor.service';
import { CONFIG, type CompactorConfig, SERVICE_NAME } from './config';
import { type CompactionResult, MonthCompaction } from './month-compaction';
import { monthsOf, nextDailyRun } from './schedule';

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
    const s3 = new S3CompactionPorts(this.store);
    const compaction = new MonthCompaction(
      {
        rollFilesOf: (month) => s3.rollFilesOf(month),
        currentVersion: (month) => s3.currentVersion(month),
        readRows: (key, columns) => s3.readRows(key, columns),
        writeCompacted: (key, rows) => s3.writeCompacted(key, rows),
        writeVersion: (version) => s3.writeVersion(version),
        publishAggregates: (month, aggregates) => this.publisher.publish(month, aggregates),
      },
      this.cache,
      config.COMPACTED_FILE_ROWS,
    );
    const metrics = compactorMetrics(this.registry);
    this.service = new CompactorService(
      compaction,
      { monthsWithNewFiles: () => monthsWithNewFiles(this.store) },
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
        this.service.announced(monthsOf(values));
      },
      onRestart: (reason) => this.logger.warn({ reason }, 'consumer crashed; rejoining the group'),
    });
  }

  async start() {
    const warm = await this.dimensions.warmUp(this.cache);
    this.logger.info(warm, 'dimension caches warm');
    await this.publisher.connect();
    await this.announcements.start();
    void this.service.compactDirty(); // months announced before a crash, whose announcements are consumed
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
