import { DIMENSION_VERSION_HEADER, type TopicRole } from '@i94/kafka';

/** A header a topic's messages carry; Kafka header values are bytes, here UTF-8 text. */
export interface HeaderFact {
  description: string;
  /** false when only some messages carry it. */
  always: boolean;
}

/** What the code does not say about a topic: who writes it, who reads it, what its key looks like. */
export interface TopicFact {
  title: string;
  description: string;
  producedBy: string;
  consumedBy: string;
  /** A regular expression every key matches, when the key has a fixed format. */
  keyPattern?: string;
  headers: Record<string, HeaderFact>;
}

const BATCH_ID: Record<string, HeaderFact> = {
  batchId: { description: 'the ingest batch the record came in with (the correlation id a push answers with)', always: true },
};

const ARRIVAL_KEY = '^[0-9]{4}-[0-9]{2}/[0-9]+$';

/** The arrival and control topics. The dead-letter headers come from the code (deadLetterHeaders). */
export const TOPIC_FACTS: Record<Exclude<TopicRole, 'dlq'>, TopicFact> & { dlq: Omit<TopicFact, 'headers'> } = {
  raw: {
    title: 'Raw arrivals',
    description:
      'Every record a producer pushed that passed validation, as parsed from the feed, once per successful push (a re-pushed record appears again with the same key). Written in Kafka transactions, one per push request with its dead letters and batch totals: read it with isolation.level=read_committed, and a request answered with an error left nothing.',
    producedBy: 'ingest-gateway',
    consumedBy: 'enricher, raw-sink',
    keyPattern: ARRIVAL_KEY,
    headers: BATCH_ID,
  },
  enriched: {
    title: 'Enriched arrivals',
    description:
      'Each raw arrival with its codes decoded against the dimensions and its derived fields (age, stay in days, destination state with its demographics, climate of the country of residence). Written in Kafka transactions: read it with isolation.level=read_committed. The same key can appear more than once (a re-pushed record); the latest offset of a key is the current copy.',
    producedBy: 'enricher',
    consumedBy: 'parquet-rollup; downstream consumers (see examples/)',
    keyPattern: ARRIVAL_KEY,
    headers: BATCH_ID,
  },
  dlq: {
    title: 'Dead letters',
    description: 'Every record a stage could not process, with the reason, where it was read and its original bytes (payload, payloadFormat).',
    producedBy: 'ingest-gateway, enricher, raw-sink, parquet-rollup',
    consumedBy: 'operators (i94 dlq)',
  },
  feedsCompleted: {
    title: 'Feeds completed',
    description: "A producer's end-of-feed marker for a feed date, with the count it expected.",
    producedBy: 'ingest-gateway',
    consumedBy: 'parquet-rollup, i94 status',
    keyPattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
    headers: {},
  },
  feedBatches: {
    title: 'Feed batches',
    description: "Each ingest batch's totals (accepted, rejected), as the gateway answered them; in the request's transaction with its records (read_committed).",
    producedBy: 'ingest-gateway',
    consumedBy: 'i94 status, i94 reconcile',
    headers: {},
  },
  rollupsCommitted: {
    title: 'Rollups committed',
    description: 'An announcement per Parquet roll parquet-rollup committed to S3: which month it touched, so the compactor recompacts that month. Keyed by month: one compactor instance owns a month.',
    producedBy: 'parquet-rollup',
    consumedBy: 'compactor',
    headers: {},
  },
  aggStateMonth: {
    title: 'State-month aggregates',
    description: 'The latest aggregate of each state and month (arrivals, mixes, demographics, climate); compacted, so the topic holds the current figures.',
    producedBy: 'compactor',
    consumedBy: 'downstream consumers',
    headers: {},
  },
};

/** The same for every dimension topic. */
export const DIMENSION_FACT: Omit<TopicFact, 'title'> = {
  description: 'Reference data, one record per code, compacted (the latest record per code is kept). A null value (a tombstone) removes a code.',
  producedBy: 'i94 dims load',
  consumedBy: 'enricher, ingest-gateway, compactor',
  headers: { [DIMENSION_VERSION_HEADER]: { description: 'the version of the source file the record was published from', always: false } },
};

/** What each dead-letter header holds; the names themselves come from deadLetterHeaders. */
export const DEAD_LETTER_HEADER_DESCRIPTIONS: Record<string, string> = {
  reason: 'the machine-readable reason (the value\'s reasonCode), e.g. MISSING_CICID',
  errorClass: 'the class of the error that refused the record',
  service: 'the service that refused it',
  failedAt: 'when, in milliseconds since the epoch',
  attempts: 'how many times the record was tried',
  batchId: 'the ingest batch, when the record came in with one',
  sourceTopic: 'for a record refused downstream: the topic it was read from',
  sourcePartition: 'and its partition',
  sourceOffset: 'and its offset',
};
