import { ConfigResourceTypes, type Kafka } from 'kafkajs';
import { dimensionTopicSpecs, ensureTopics, namespacedDimensionTopic, topicNames, type TopicNames, topicSpecs } from '@i94/kafka';
import { randomKeyspace } from './random-names';

/** A topic namespace for one test: every service given TOPIC_NAMESPACE=<it> uses its own topics. */
export const randomNamespace = (prefix = 't') => `${randomKeyspace(prefix).replace(/_/g, '-')}.`;

/** Creates every topic of a namespace (arrivals, control and dimension topics); returns their names. */
export async function createNamespaceTopics(kafka: Kafka, namespace: string, arrivalPartitions?: number): Promise<TopicNames> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await ensureTopics(admin, [...topicSpecs(namespace, arrivalPartitions), ...dimensionTopicSpecs(namespacedDimensionTopic(namespace))]);
  } finally {
    await admin.disconnect();
  }
  return topicNames(namespace);
}

/**
 * Sets a topic's max.message.bytes (the broker refuses larger record batches), for tests of records
 * too large. AlterConfigs replaces the topic's other dynamic settings (retention, cleanup): test topics only.
 */
export async function setTopicMaxMessageBytes(kafka: Kafka, topic: string, bytes: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.alterConfigs({ validateOnly: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configEntries: [{ name: 'max.message.bytes', value: String(bytes) }] }] });
  } finally {
    await admin.disconnect();
  }
}
