import { type Kafka } from 'kafkajs';
import { DIMENSION_NAMES, type DimensionName, dimensionTopic } from '@i94/dimensions';
import { ensureTopics } from '../ensure-topics';
import { BrokerUnavailableError } from '../errors';
import { type TopicSpec } from '../topics';

/** The topic of each dimension; `dimensionTopic` (`i94.dim.<name>.v1`) unless a test names its own. */
export type DimensionTopicFor = (name: DimensionName) => string;

/** The topics of the dimensions: compacted (the latest record per code is kept forever), 1 partition so one reader sees them in order. */
export function dimensionTopicSpecs(topicFor: DimensionTopicFor = dimensionTopic, dimensions: readonly DimensionName[] = DIMENSION_NAMES): TopicSpec[] {
  return dimensions.map((name) => ({ name: topicFor(name), key: 'code', partitions: 1, cleanupPolicy: 'compact', retentionMs: null }));
}

/** Every `i94.dim.<name>.v1` topic, for `ensureTopics`. */
export const DIMENSION_TOPIC_SPECS: readonly TopicSpec[] = dimensionTopicSpecs();

/** Creates the dimension topics that do not exist yet; returns those created. */
export async function ensureDimensionTopics(kafka: Kafka, specs: readonly TopicSpec[]): Promise<string[]> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    return await ensureTopics(admin, specs);
  } catch (error) {
    throw new BrokerUnavailableError(`cannot create the dimension topics: ${(error as Error).message}`, { topics: specs.map((s) => s.name) }, error);
  } finally {
    await admin.disconnect();
  }
}

/** The dimension topics of a namespace: "staging." gives staging.i94.dim.ports.v1. */
export const namespacedDimensionTopic =
  (namespace: string): DimensionTopicFor =>
  (name) =>
    `${namespace}${dimensionTopic(name)}`;
