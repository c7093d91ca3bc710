import { type DynamicModule, Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Kafka } from 'kafkajs';
import { type Logger } from 'pino';
import { type Registry } from 'prom-client';
import { AvroSerde, type EnrichedArrival } from '@i94/avro';
import { type PlatformError } from '@i94/domain';
import { type BatchContext, BatchRunner, createKafka, DeadLetterPublisher, decodeMessage, type KafkaMessage, kafkaReadiness, registryReadiness, topicNames, type TopicNames, unprocessedLetter } from '@i94/kafka';
import { createLogger, createMetricsRegistry, ObservabilityModule } from '@i94/observability';
import { type ObjectStore, objectStoreFromEnv, s3Readiness } from '@i94/s3-parquet';

import { S3RollPorts } from './adapters/s3-roll-ports';
import { CONFIG, type ParquetRollupConfig, SERVICE_NAME } from './config';
import { rollupMetrics } from './rollup.metrics';
import { RollupService } from './rollup.service';

/** The running parts, built once from config. */
class RollupRuntime {
  readonly logger: Logger = createLogger(SERVICE_NAME);
  readonly registry: Registry = createMetricsRegistry(SERVICE_NAME);
  readonly store: ObjectStore;
  readonly kafka: Kafka;
  private readonly runner: BatchRunner;
  private readonly rollPorts: S3RollPorts;
  private readonly deadLetters: DeadLetterPublisher;
  private readonly service: RollupService;
  private readonly metrics: ReturnType<typeof rollupMetrics>;
  private timer?: NodeJS.Timeout;
  private readonly topics: TopicNames;

  constructor(config: ParquetRollupConfig) {
    this.topics = topicNames(config.TOPIC_NAMESPACE);
    const kafka = (this.kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: SERVICE_NAME }));
    const serde = AvroSerde.forUrl(config.SCHEMA_REGISTRY_URL);
    const metrics = (this.metrics = rollupMetrics(this.registry));
    this.store = objectStoreFromEnv(config);
    this.rollPorts = new S3RollPorts(kafka, serde, this.store, this.topics.rollupsCommitted);
    this.deadLetters = new DeadLetterPublisher(kafka, serde, this.topics.dlq);
    this.runner = new BatchRunner({
      kafka,
      groupId: `${config.TOPIC_NAMESPACE}${config.CONSUMER_GROUP}`, // one namespace never joins another's group
      topics: [this.topics.enriched, this.topics.feedsCompleted],
      sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
      commits: 'handler', // offsets move only when a roll is durable (or a marker is handled)
      handle: (messages, context) => (context.topic === this.topics.feedsCompleted ? this.feedCompleted(messages, context) : this.service.handleEnriched(messages, context)),
      deadLetter: (messages, error, context) => this.deadLetters.publish(messages.map((m) => unprocessedLetter(SERVICE_NAME, error, m, context.topic, context.partition))),
      onAssigned: (assignment, generation) => {
        this.service.assigned(assignment.get(this.topics.enriched) ?? [], generation);
        this.logger.info({ assignment: Object.fromEntries(assignment), generation }, 'partitions assigned');
      },
      onRetry: (error, attempt, waitMs, { topic, partition }) => this.retrying(error, { attempt, waitMs, topic, partition }),
      onRestart: (reason) => this.logger.warn({ reason }, 'consumer crashed; rejoining the group'),
    });
    this.service = new RollupService(
      this.topics.enriched,
      { maxRows: config.ROLL_MAX_ROWS, idleMs: config.ROLL_IDLE_MS },
      {
        decode: (value, context) => decodeMessage<EnrichedArrival>(serde, value, context),
        deadLetter: (letters) => this.deadLetters.publish(letters),
        findRecorded: (position) => this.rollPorts.findRecorded(position),
        commitRoll: async (roll) => {
          const manifest = await this.rollPorts.commitRoll(roll);
          this.logger.info(this.service.committed(roll, manifest), 'roll committed');
          return manifest;
        },
        commitOffset: (partition, nextOffset, generation) => this.runner.commitOffset(this.topics.enriched, partition, nextOffset, generation),
      },
      metrics,
    );
  }

  async start() {
    await Promise.all([this.rollPorts.connect(), this.deadLetters.connect()]);
    await this.runner.start();
    this.timer = setInterval(() => void this.service.tick().catch((error: PlatformError) => this.retrying(error, { on: 'idle roll' })), 1000);
    this.logger.info({ topic: this.topics.enriched }, 'rolling enriched arrivals into Parquet');
  }

  async stop() {
    clearInterval(this.timer);
    await this.service.flushAll('shutdown').catch((error: PlatformError) => this.retrying(error, { on: 'shutdown flush' }));
    await this.runner.stop();
    await Promise.allSettled([this.rollPorts.disconnect(), this.deadLetters.disconnect()]);
  }

  private async feedCompleted(messages: KafkaMessage[], { partition, generation }: BatchContext) {
    await this.service.flushAll('feed-completed');
    await this.runner.commitOffset(this.topics.feedsCompleted, partition, Number(messages[messages.length - 1].offset) + 1, generation);
  }

  private retrying(error: PlatformError, facts: Record<string, unknown>) {
    this.metrics.retries.inc({ error: error.name });
    this.logger.warn({ err: error.message, ...facts }, 'not durable yet; will retry');
  }
}

/** parquet-rollup: rolls enriched records into hourly Parquet files on S3. */
@Module({})
export class AppModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(RollupRuntime) private readonly runtime: RollupRuntime) {}

  static forConfig(config: ParquetRollupConfig): DynamicModule {
    const runtime = new RollupRuntime(config);
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forService({
          service: SERVICE_NAME,
          registry: runtime.registry,
          readinessChecks: [kafkaReadiness(runtime.kafka), registryReadiness(config.SCHEMA_REGISTRY_URL), s3Readiness(runtime.store)],
        }),
      ],
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: RollupRuntime, useValue: runtime },
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
