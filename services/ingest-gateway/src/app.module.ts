import { hostname } from 'node:os';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule, type OnApplicationBootstrap, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { json } from 'express';
import { type Kafka } from 'kafkajs';
import { API_KEY_ENTRIES, ApiKeyGuard, rateLimitProviders } from '@i94/auth';
import { AvroSerde } from '@i94/avro';
import { createKafka, dimensionTopicSpecs, ensureTopics, kafkaReadiness, namespacedDimensionTopic, registryReadiness, topicNames, topicSpecs } from '@i94/kafka';
import { createLogger, createMetricsRegistry, ObservabilityModule } from '@i94/observability';
import { BodySpool } from './adapters/body-spool';
import { DimensionCodeLists } from './adapters/code-lists';
import { FeedsController } from './adapters/feeds.controller';
import { KafkaFeedPublisher } from './adapters/kafka-feed-publisher';
import { MaxBodyBytes } from './adapters/max-body-bytes';

import { CONFIG, type IngestGatewayConfig, SERVICE_NAME } from './config';
import { FeedCompletionService } from './feed-completion.service';
import { FeedIngestService } from './feed-ingest.service';
import { ErrorsFilter } from './http/errors.filter';
import { gatewayMetrics, IngestObserver } from './ingest-observer';
import { FEED_PUBLISHER } from './ports/feed-publisher';

const KAFKA = Symbol('Kafka');
/** Requests published at once, one Kafka transaction (and producer) each; the CLI sends 2 at a time. */
const PUBLISH_TRANSACTIONS = 4;

const readinessChecks = (config: IngestGatewayConfig) => [
  kafkaReadiness(createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${SERVICE_NAME}-readiness` })),
  registryReadiness(config.SCHEMA_REGISTRY_URL),
];

/** ingest-gateway: accepts producers' daily feeds over HTTP, validates them and produces Avro records to Kafka. */
@Module({})
export class AppModule implements NestModule, OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(FEED_PUBLISHER) private readonly publisher: KafkaFeedPublisher,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(CONFIG) private readonly config: IngestGatewayConfig,
    @Inject(DimensionCodeLists) private readonly codeLists: DimensionCodeLists,
  ) {}

  static forConfig(config: IngestGatewayConfig): DynamicModule {
    const registry = createMetricsRegistry(SERVICE_NAME);
    const logger = createLogger(SERVICE_NAME);
    return {
      module: AppModule,
      imports: [ObservabilityModule.forService({ service: SERVICE_NAME, registry, readinessChecks: readinessChecks(config) })],
      controllers: [FeedsController],
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: KAFKA, useFactory: () => createKafka({ brokers: config.KAFKA_BROKERS, clientId: SERVICE_NAME }) },
        {
          provide: FEED_PUBLISHER,
          useFactory: (kafka: Kafka) => new KafkaFeedPublisher(kafka, AvroSerde.forUrl(config.SCHEMA_REGISTRY_URL), topicNames(config.TOPIC_NAMESPACE), {
              instance: config.GATEWAY_INSTANCE,
              process: `${hostname()}-${process.pid}`,
              producers: PUBLISH_TRANSACTIONS,
            }),
          inject: [KAFKA],
        },
        {
          provide: DimensionCodeLists,
          useFactory: (kafka: Kafka) => new DimensionCodeLists(kafka, AvroSerde.forUrl(config.SCHEMA_REGISTRY_URL), config.TOPIC_NAMESPACE, logger),
          inject: [KAFKA],
        },
        {
          provide: FeedIngestService,
          useFactory: (publisher: KafkaFeedPublisher, codeLists: DimensionCodeLists) =>
            new FeedIngestService(
              publisher,
              { maxLineBytes: config.MAX_LINE_BYTES, publishBatchSize: config.PUBLISH_BATCH_SIZE, maxReportedRejections: config.MAX_REPORTED_REJECTIONS },
              () => codeLists.current(),
              new BodySpool(config.SPOOL_DIR),
            ),
          inject: [FEED_PUBLISHER, DimensionCodeLists],
        },
        { provide: FeedCompletionService, useFactory: (publisher: KafkaFeedPublisher) => new FeedCompletionService(publisher), inject: [FEED_PUBLISHER] },
        { provide: MaxBodyBytes, useValue: new MaxBodyBytes(config.MAX_BODY_BYTES) },
        { provide: IngestObserver, useValue: new IngestObserver(gatewayMetrics(registry), logger) },
        { provide: API_KEY_ENTRIES, useValue: config.API_KEYS },
        ...rateLimitProviders(config.RATE_LIMIT_PER_SECOND),
        ApiKeyGuard,
        { provide: APP_FILTER, useClass: ErrorsFilter },
      ],
    };
  }

  /** Record bodies are streamed by the controller; only the small completion call is parsed as JSON. */
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(json({ limit: '16kb' })).forRoutes('v1/feeds/:feedDate/complete');
  }

  async onApplicationBootstrap() {
    const admin = this.kafka.admin();
    await admin.connect();
    // the gateway is the pipeline's entry: it creates the namespace's topics (existing ones are left alone)
    const specs = [...topicSpecs(this.config.TOPIC_NAMESPACE, this.config.TOPIC_PARTITIONS), ...dimensionTopicSpecs(namespacedDimensionTopic(this.config.TOPIC_NAMESPACE))];
    await ensureTopics(admin, specs).finally(() => admin.disconnect());
    await this.codeLists.startOrKeepTrying();
    await this.publisher.start();
  }

  async onApplicationShutdown() {
    await Promise.allSettled([this.codeLists.stop(), this.publisher.stop()]);
  }
}
