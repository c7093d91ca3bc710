import { type Admin } from 'kafkajs';
import { type TopicSpec, topicConfig } from './topics';

/** Creates the topics that do not exist yet; existing ones are left as they are. Returns those created. */
export async function ensureTopics(admin: Admin, specs: readonly TopicSpec[]): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing = specs.filter((s) => !existing.has(s.name));
  if (missing.length === 0) return [];
  await admin.createTopics({ topics: missing.map(topicConfig), waitForLeaders: true });
  return missing.map((s) => s.name);
}
