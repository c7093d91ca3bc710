export * from './generated';
export { AvroSerde } from './avro-serde';
export { checkBackwardCompatible, type CompatibilityResult } from './compatibility';
export { TOPIC_SCHEMAS, valueSubject, type SchemaTopic, type TopicValues } from './topic-schemas';
