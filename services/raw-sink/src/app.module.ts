import { type DynamicModule, Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Client } from 'cassandra-driver';
import { type Kafka } from 'kafkajs';
import { type Logger } from 'pino';
import { type Registry } from 'prom-client';
import { AvroSerde, type RawArrival } from '@i94/avro';
import { cassandraReadiness, createCassandraClient, RawArrivalWriter } from '@i94/cassandra';
import { DimensionCache } from '@i94/dimensions';
import { BatchRunner, createKafka, DeadLetterPublisher, decodeMessage, DimensionTopicsReader, kafkaReadiness, namespacedDimensionTopic, registryReadiness, topicNames, unprocessedLetter } from '@i94/kafka';
import { createLogger, createMetricsRegistry, ObservabilityModule } from '@i94/observability';

import { CONFIG, type RawSinkConfig, SERVICE_NAME } from './config';
import { rawSinkMetrics } from './raw-sink.metrics';
import { RawSinkService } from './raw-sink.service';

/** The running parts, built once from config. */
class RawSinkRuntime {
  readonly logger: Logger = createLogger(SERVICE_NAME);
  readonly registry: Registry = createMetricsRegistry(SERVICE_NAME);
  readonly cassandra: Client;
  readonly kafka: Kafka;
  readonly runner: BatchRunner;
  private readonly deadLetters: DeadLetterPublisher;
  private readonly topic: string;
  // The state rule's codes come from the i94.dim.states topic, as the enricher's and the
  // gateway's do: the set is the cache's own, so a changed `i94 dims load` applies without a restart.
  private readonly states = new DimensionCache();
  private readonly dimensions: DimensionTopicsReader;

  constructor(config: RawSinkConfig) {
    const topics = topicNames(config.TOPIC_NAMESPACE);
    this.topic = topics.raw;
    const kafka = (this.kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: SERVICE_NAME }));
    const serde = AvroSerde.forUrl(config.SCHEMA_REGISTRY_URL);
    this.cassandra = createCassandraClient({ contactPoints: config.CASSANDRA_CONTACT_POINTS, localDataCenter: config.CASSANDRA_LOCAL_DC });
    this.dimensions = new DimensionTopicsReader(kafka, serde, {
      topicFor: namespacedDimensionTopic(config.TOPIC_NAMESPACE),
      dimensions: ['states'],
      onError: (error, attempt) => this.logger.warn({ err: error.message, attempt }, 'dimension record not applied'),
    });
    const writer = new RawArrivalWriter(this.cassandra, config.CASSANDRA_KEYSPACE, this.states.stateCodes(), config.CASSANDRA_WRITE_CONCURRENCY);
    this.deadLetters = new DeadLetterPublisher(kafka, serde, topics.dlq);
    const service = new RawSinkService(
      {
        decode: (value, context) => decodeMessage<RawArrival>(serde, value, context),
        write: (arrivals) => writer.write(arrivals),
        deadLetter: (letters) => this.deadLetters.publish(letters),
      },
      rawSinkMetrics(this.registry),
    );
    this.runner = new BatchRunner({
      kafka,
      groupId: `${config.TOPIC_NAMESPACE}${config.CONSUMER_GROUP}`, // one namespace never joins another's group
      topics: [topics.raw],
      sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
      // the partitions' batches written at once: at a steady rate each is a few dozen rows and a
      // Cassandra round trip, and one after the other they queued (Cassandra p50 0.4-0.8 s at
      // 2k rec/s; concurrently 25-130 ms). The cost: up to six 2 MiB fetches in hand on a backlog
      partitionsConsumedConcurrently: 6,
      handle: async (messages, context) => this.logger.info(await service.handleBatch(messages, context), 'batch written'),
      deadLetter: async (messages, error, { topic, partition }) => {
        await this.deadLetters.publish(messages.map((m) => unprocessedLetter(SERVICE_NAME, error, m, topic, partition)));
        this.logger.warn({ err: error.message, partition, offsets: messages.map((m) => m.offset) }, 'records dead-lettered after failing for good');
      },
      onRetry: (error, attempt, waitMs, { partition }) => {
        service.onRetry(error);
        this.logger.warn({ err: error.message, attempt, waitMs, partition }, 'batch not durable yet; partition held, retrying');
      },
      onRestart: (reason) => this.logger.warn({ reason }, 'consumer crashed; rejoining the group'),
    });
  }

  async start() {
    const warm = await this.dimensions.warmUp(this.states);
    this.logger.info({ ...warm, states: this.states.size('states') }, 'state codes read from the dimension topic');
    await this.deadLetters.connect();
    await this.runner.start();
    this.logger.info({ topic: this.topic }, 'consuming raw arrivals');
  }

  async stop() {
    await this.runner.stop();
    await Promise.allSettled([this.dimensions.stop(), this.deadLetters.disconnect(), this.cassandra.shutdown()]);
  }
}

/** raw-sink: writes every raw arrival to Cassandra, idempotently. */
@Module({})
export class AppModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(RawSinkRuntime) private readonly runtime: RawSinkRuntime) {}

  static forConfig(config: RawSinkConfig): DynamicModule {
    const runtime = new RawSinkRuntime(config);
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forService({
          service: SERVICE_NAME,
          registry: runtime.registry,
          readinessChecks: [kafkaReadiness(runtime.kafka), registryReadiness(config.SCHEMA_REGISTRY_URL), cassandraReadiness(runtime.cassandra)],
        }),
      ],
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: RawSinkRuntime, useValue: runtime },
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
