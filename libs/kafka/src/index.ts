export { TOPICS, TOPIC_SPECS, topicConfig, type TopicSpec } from './topics';
export { ensureTopics } from './ensure-topics';
export { createKafka, type KafkaClientOptions } from './kafka-client';
export { BrokerUnavailableError, DecodeError, PlatformError, RegistryUnavailableError, type ErrorContext } from './errors';
