import { type DynamicModule, Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Kafka } from 'kafkajs';
import { type TopicNames } from '@i94/kafka';
import { type Logger } from 'pino';
import { type Registry } from 'prom-client';
import { AvroSerde, type RawArrival } from '@i94/avro';
import { DimensionCache } from '@i94/dimensions';
import { type PlatformError } from '@i94/domain';
import { BatchRunner, createKafka, decodeMessage, DimensionTopicsReader, kafkaReadiness, namespacedDimensionTopic, registryReadiness, topicNames } from '@i94/kafka';
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
    this.output = new TransactionalOutput(this.kafka, serde, groupId, `i94-enricher-${config.TOPIC_NAMESPACE}${config.ENRICHER_INSTANCE}`, this.topics);
    const service = new EnricherService({ decode: (value, context) => decodeMessage<RawArrival>(serde, value, context), commit: (batch) => this.output.commit(batch) }, this.cache, metrics);
    this.runner = new BatchRunner({
      kafka: this.kafka,
      groupId,
      topics: [this.topics.raw],
      commits: 'handler', // offsets are committed inside each batch's transaction
      handle: async (messages, context) => this.logger.info(await service.handleBatch(messages, context), 'batch enriched'),
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
    await this.output.connect();
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
