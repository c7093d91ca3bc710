import { type TopicRole } from '@i94/kafka';

/** A consumer group of the pipeline and the topic it reads. */
export interface PipelineGroup {
  /** The group id without the namespace (each service prefixes TOPIC_NAMESPACE to its CONSUMER_GROUP). */
  group: string;
  service: string;
  topic: TopicRole;
}

/** The consumer groups of the pipeline (the services' default CONSUMER_GROUP values). */
export const PIPELINE_GROUPS: readonly PipelineGroup[] = [
  { group: 'i94-enricher', service: 'enricher', topic: 'raw' },
  { group: 'i94-raw-sink', service: 'raw-sink', topic: 'raw' },
  { group: 'i94-parquet-rollup', service: 'parquet-rollup', topic: 'enriched' },
  { group: 'i94-compactor', service: 'compactor', topic: 'rollupsCommitted' },
];

