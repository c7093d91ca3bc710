export { TOPICS, TOPIC_SPECS, topicConfig, topicNames, topicSpecs, type TopicNames, type TopicRole, type TopicSpec } from './topics';
export { ensureTopics } from './ensure-topics';
export { createKafka, type KafkaClientOptions } from './kafka-client';
export { BrokerUnavailableError, DecodeError, RegistryUnavailableError } from './errors';
export { PlatformError, type ErrorContext } from '@i94/domain';
export { BatchRunner, backoffMs, type BatchContext, type BatchRunnerOptions, type KafkaMessage } from './batch-runner';
export { decodeMessage } from './decode-message';
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
export { SchemaRejectedError } from './dimensions/dimension-errors';
export { kafkaReadiness, registryReadiness } from './readiness';
export { groupLag, readTopicToEnd } from './read-topic';
export { decodeFailureLetter } from './decode-failure-letter';
export { batchIdsOf, lagAfter, nextOffsetOf } from './consumed-batch';
