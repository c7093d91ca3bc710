import { type DynamicModule, Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Kafka } from 'kafkajs';
import { type TopicNames } from '@i94/kafka';
import { type Logger } from 'pino';
import { type Registry } from 'prom-client';
import { AvroSerde, type RawArrival } from '@i94/avro';
import { DimensionCache } from '@i94/dimensions';
import { type PlatformError } from '@i94/domain';
import {
  type BatchContext, BatchRunner, createKafka, decodeMessage, DimensionTopicsReader, type KafkaMessage, kafkaReadiness, namespacedDimensionTopic, nextOffsetOf, reasonCodeOf, registryReadiness, topicNames,
  unprocessedLetter,
} from '@i94/kafka';
import { createLogger, createMetricsRegistry, ObservabilityModule } from '@i94/observability';
import { TransactionalOutput } from './adapters/transactional-output';
import { CONFIG, type EnricherConfig, SERVICE_NAME } from './config';
import { dimensionMetrics, enricherMetrics } from './enricher.metrics';
import { EnricherService } from './enricher.service';

/** The running parts, built once from config. */
class EnricherRuntime {
  readonly logger: Logger = createLogger(SERVICE_NAME);
  readonly registry: Registry = createMetricsRegistry(SERVICE_NAME);
  readonly kafka: Kafka;
  private readonly cache = new DimensionCache();
  private readonly dimensions: DimensionTopicsReader;
  private readonly output: TransactionalOutput;
  private readonly runner: BatchRunner;
  private readonly topics: TopicNames;

  constructor(private readonly config: EnricherConfig) {
    this.topics = topicNames(config.TOPIC_NAMESPACE);
    this.kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${SERVICE_NAME}-${config.ENRICHER_INSTANCE}` });
    const serde = AvroSerde.forUrl(config.SCHEMA_REGISTRY_URL);
    const metrics = enricherMetrics(this.registry);
    dimensionMetrics(this.registry, this.cache);
    this.dimensions = new DimensionTopicsReader(this.kafka, serde, {
      topicFor: namespacedDimensionTopic(config.TOPIC_NAMESPACE),
      onError: (error, attempt) => this.logger.warn({ err: error.message, attempt }, 'dimension record not applied'),
    });
    const groupId = `${config.TOPIC_NAMESPACE}${config.CONSUMER_GROUP}`; // one namespace never joins another's group
    this.output = new TransactionalOutput(this.kafka, serde, groupId, this.topics);
    const service = new EnricherService({ decode: (value, context) => decodeMessage<RawArrival>(serde, value, context), commit: (batch) => this.output.commit(batch) }, this.cache, metrics);
    const deadLetter = (messages: KafkaMessage[], error: PlatformError, { topic, partition, generation }: BatchContext) =>
      this.output.commit({
        topic, partition, generation, firstOffset: messages[0].offset, nextOffset: nextOffsetOf(messages), enriched: [],
        deadLetters: messages.map((m) => unprocessedLetter(SERVICE_NAME, error, m, topic, partition)),
      });
    this.runner = new BatchRunner({
      kafka: this.kafka,
      groupId,
      topics: [this.topics.raw],
      sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
      commits: 'handler', // offsets are committed inside each batch's transaction
      handle: async (messages, context) => this.logger.info(await service.handleBatch(messages, context), 'batch enriched'),
      deadLetter: async (messages, error, context) => {
        await deadLetter(messages, error, context);
        for (const _ of messages) metrics.deadLetters.inc({ reason: reasonCodeOf(error) });
        this.logger.warn({ err: error.message, partition: context.partition, offsets: messages.map((m) => m.offset) }, 'records dead-lettered after failing for good');
      },
      onAssigned: (assignment, generation) => {
        this.output.assign(assignment.get(this.topics.raw) ?? [], generation);
        this.logger.info({ assignment: Object.fromEntries(assignment), generation }, 'partitions assigned; their producers fence any earlier owner');
      },
      onRetry: (error: PlatformError, attempt, waitMs, { partition }) => {
        metrics.retries.inc({ error: error.name });
        this.logger.warn({ err: error.message, attempt, waitMs, partition }, 'batch not committed; partition held, retrying');
      },
      onRestart: (reason) => this.logger.warn({ reason }, 'consumer crashed; rejoining the group'),
    });
  }

  async start() {
    const warm = await this.dimensions.warmUp(this.cache);
    this.logger.info({ ...warm, versions: this.cache.versions() }, 'dimension caches warm');
    await this.runner.start();
    this.logger.info({ topic: this.topics.raw, instance: this.config.ENRICHER_INSTANCE }, 'enriching raw arrivals');
  }

  async stop() {
    await this.runner.stop();
    await Promise.allSettled([this.output.disconnect(), this.dimensions.stop()]);
  }
}

/** enricher: decodes raw arrivals against the dimension caches and produces enriched records. */
@Module({})
export class AppModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(EnricherRuntime) private readonly runtime: EnricherRuntime) {}

  static forConfig(config: EnricherConfig): DynamicModule {
    const runtime = new EnricherRuntime(config);
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forService({
          service: SERVICE_NAME,
          registry: runtime.registry,
          readinessChecks: [kafkaReadiness(runtime.kafka), registryReadiness(config.SCHEMA_REGISTRY_URL)],
        }),
      ],
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: EnricherRuntime, useValue: runtime },
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
