import { type Kafka } from 'kafkajs';
import { dimensionTopicSpecs, ensureTopics, namespacedDimensionTopic, topicNames, type TopicNames, topicSpecs } from '@i94/kafka';
import { randomKeyspace } from './random-names';

/** A topic namespace for one test: every service given TOPIC_NAMESPACE=<it> uses its own topics. */
export const randomNamespace = (prefix = 't') => `${randomKeyspace(prefix).replace(/_/g, '-')}.`;

/** Creates every topic of a namespace (arrivals, control and dimension topics); returns their names. */
export async function createNamespaceTopics(kafka: Kafka, namespace: string): Promise<TopicNames> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await ensureTopics(admin, [...topicSpecs(namespace), ...dimensionTopicSpecs(namespacedDimensionTopic(namespace))]);
  } finally {
    await admin.disconnect();
  }
  return topicNames(namespace);
}
