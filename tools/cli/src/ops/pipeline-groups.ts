import { type TopicRole } from '@i94/kafka';

/** A consumer group of the pipeline and the topic it reads. */
export interface PipelineGroup {
  /** The group id without the namespace (each service prefixes TOPIC_NAMESPACE to its CONSUMER_GROUP). */
  group: string;
  service: string;
  topic: TopicRole;
  /** Transactional topics end in a commit marker, so a caught-up group can show a lag of 1. */
  transactional: boolean;
}

/** The consumer groups of the pipeline (the services' default CONSUMER_GROUP values). */
export const PIPELINE_GROUPS: readonly PipelineGroup[] = [
  { group: 'i94-enricher', service: 'enricher', topic: 'raw', transactional: false },
  { group: 'i94-raw-sink', service: 'raw-sink', topic: 'raw', transactional: false },
  { group: 'i94-parquet-rollup', service: 'parquet-rollup', topic: 'enriched', transactional: true },
  { group: 'i94-compactor', service: 'compactor', topic: 'rollupsCommitted', transactional: false },
];

/** A partition's lag not counting a transaction's commit marker at the end of a transactional topic. */
export const effectiveLag = (group: PipelineGroup, lag: number): number => Math.max(0, lag - (group.transactional && lag === 1 ? 1 : 0));
