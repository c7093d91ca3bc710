import {
  I94_ARRIVALS_DLQ_V1_SCHEMA,
  I94_ARRIVALS_RAW_V1_SCHEMA,
  I94_FEEDS_BATCHES_V1_SCHEMA,
  I94_FEEDS_COMPLETED_V1_SCHEMA,
  type BatchAccepted,
  type DeadLetter,
  type FeedCompleted,
  type RawArrival,
} from './generated';

/** The value schema of each topic; the registry subject is `<topic>-value`. */
export const TOPIC_SCHEMAS = {
  'i94.arrivals.raw.v1': I94_ARRIVALS_RAW_V1_SCHEMA,
  'i94.arrivals.dlq.v1': I94_ARRIVALS_DLQ_V1_SCHEMA,
  'i94.feeds.completed.v1': I94_FEEDS_COMPLETED_V1_SCHEMA,
  'i94.feeds.batches.v1': I94_FEEDS_BATCHES_V1_SCHEMA,
} as const;

/** The value type carried by each topic. */
export interface TopicValues {
  'i94.arrivals.raw.v1': RawArrival;
  'i94.arrivals.dlq.v1': DeadLetter;
  'i94.feeds.completed.v1': FeedCompleted;
  'i94.feeds.batches.v1': BatchAccepted;
}

export type SchemaTopic = keyof typeof TOPIC_SCHEMAS;

/** Confluent's TopicNameStrategy for record values. */
export const valueSubject = (topic: string) => `${topic}-value`;
