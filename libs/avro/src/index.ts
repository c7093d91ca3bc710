export * from './generated';
export { AvroSerde } from './avro-serde';
export { checkBackwardCompatible, type CompatibilityResult } from './compatibility';
export { TOPIC_SCHEMAS, valueSubject, type SchemaTopic, type TopicValues } from './topic-schemas';
export { epochDaysToIsoDate, isoDateToEpochDays } from './epoch-days';
export { toRawArrival } from './raw-arrival-mapping';
export { toDeadLetter, type DeadLetterReason, type DeadLetterSource } from './dead-letter-mapping';
