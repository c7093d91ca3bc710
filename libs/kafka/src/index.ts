export { DEFAULT_ARRIVAL_PARTITIONS, TOPICS, TOPIC_SPECS, topicConfig, topicNames, topicSpecs, type TopicNames, type TopicRole, type TopicSpec } from './topics';
export { ensureTopics } from './ensure-topics';
export { createKafka, type KafkaClientOptions } from './kafka-client';
export { BrokerUnavailableError, DecodeError, RegistryUnavailableError } from './errors';
export { PlatformError, type ErrorContext } from '@i94/domain';
export { BatchRunner, backoffMs, type BatchContext, type BatchRunnerOptions, type KafkaMessage } from './batch-runner';
export { PartitionOwnership, type TopicPartitions } from './partition-ownership';
export { classifyDeliveryError, classifyKafkaError, classifyRegistryError, kafkaErrorCode, PartitionLostError, ProducerSequenceError, RecordTooLargeError, SchemaRejectedError, StalePositionError } from './delivery-errors';
export { connectTransactional, createProducer, DeliveryProducer } from './producer';
export { LastingConsumer } from './lasting-consumer';
export { type DeliveryTransaction, type TransactionalDeliveryOptions, TransactionalDeliveryProducer } from './transactional-producer';
export { BROKER_DEFAULT_MAX_MESSAGE_BYTES, singleRecordBatchBytes, splitBySize } from './record-batch-size';
export { decodeMessage } from './decode-message';
export { decodeBatch, type BatchSource, type Decoded } from './decode-batch';
export { DeadLetterPublisher, deadLetterHeaders } from './dead-letter-publisher';
export { DIMENSION_TOPIC_SPECS, dimensionTopicSpecs, ensureDimensionTopics, namespacedDimensionTopic, type DimensionTopicFor } from './dimensions/dimension-topics';
export {
  publishDimensions,
  DIMENSION_VERSION_HEADER,
  type DimensionPublishCounts,
  type PublishDimensionsOptions,
  type PublishDimensionsResult,
} from './dimensions/publish-dimensions';
export { DimensionTopicsReader, type DimensionTopicsReaderOptions, type WarmUpResult } from './dimensions/dimension-topics-reader';
export { kafkaReadiness, registryReadiness } from './readiness';
export { groupLag, groupRecordLag, partitionsWithRecordsFrom, readTopicToEnd } from './read-topic';
export { decodeFailureLetter, reasonCodeOf, unprocessedLetter } from './decode-failure-letter';
export { batchIdsOf, lagAfter, nextOffsetOf } from './consumed-batch';
