import { randomUUID } from 'node:crypto';
import { type Kafka, type Message } from 'kafkajs';
import { createProducer } from '../producer';
import { type AvroSerde } from '@i94/avro';
import { DIMENSION_NAMES, type DimensionEntry, type DimensionName, dimensionSchemaTopic, dimensionTopic, entryValue } from '@i94/dimensions';
import { BrokerUnavailableError } from '../errors';
import { encodeError } from './dimension-errors';
import { type DimensionTopicFor, dimensionTopicSpecs, ensureDimensionTopics } from './dimension-topics';
import { TopicsFollower } from './topics-follower';

export interface PublishDimensionsOptions {
  /** The topic of each dimension (default `i94.dim.<name>.v1`); its registry subject is `<topic>-value`. */
  topicFor?: DimensionTopicFor;
  /**
   * The dimensions brought in line with `entries` (default: all). A listed dimension with no
   * entries is emptied; entries of unlisted dimensions are ignored.
   */
  dimensions?: readonly DimensionName[];
}

/** Records produced, left as they were, and deleted (tombstoned). */
export interface DimensionPublishCounts {
  published: number;
  unchanged: number;
  deleted: number;
}

export interface PublishDimensionsResult extends DimensionPublishCounts {
  byDimension: Record<DimensionName, DimensionPublishCounts>;
}

/** The header every dimension record carries: the version of the source it was published from. */
export const DIMENSION_VERSION_HEADER = 'version';

const SEND_CHUNK = 500;

/**
 * Brings the compacted dimension topics in line with `entries`: creates missing topics, reads what
 * each topic holds now, and produces (idempotent, acks=all) only the records whose encoded value
 * differs, plus a tombstone for each code no longer in the source. Publishing the same source
 * again produces nothing. A value carries its version, so a new version of a source file
 * republishes every record built from it.
 */
export async function publishDimensions(
  kafka: Kafka,
  serde: AvroSerde,
  entries: readonly DimensionEntry[],
  options: PublishDimensionsOptions = {},
): Promise<PublishDimensionsResult> {
  const topicFor = options.topicFor ?? dimensionTopic;
  const dimensions = options.dimensions ?? DIMENSION_NAMES;
  const created = new Set(await ensureDimensionTopics(kafka, dimensionTopicSpecs(topicFor, dimensions)));
  // A topic made just now is empty: only the others are read.
  const current = await readCurrentValues(kafka, dimensions.map(topicFor).filter((topic) => !created.has(topic)));
  // Dimensions left out by `options.dimensions` count zeros.
  const byDimension = Object.fromEntries(DIMENSION_NAMES.map((d) => [d, { published: 0, unchanged: 0, deleted: 0 }])) as Record<DimensionName, DimensionPublishCounts>;
  const outgoing: { topic: string; messages: Message[] }[] = [];
  for (const dimension of dimensions) {
    const topic = topicFor(dimension);
    const wanted = await encodeEntries(serde, entries, dimension, topic);
    const plan = changes(current.get(topic) ?? new Map(), wanted);
    byDimension[dimension] = plan.counts;
    outgoing.push({ topic, messages: plan.messages });
  }
  await produce(kafka, outgoing);
  const total = (field: keyof DimensionPublishCounts) => Object.values(byDimension).reduce((sum, counts) => sum + counts[field], 0);
  return { published: total('published'), unchanged: total('unchanged'), deleted: total('deleted'), byDimension };
}

interface Encoded {
  value: Buffer;
  version: string;
}

// The entries of one dimension by code (a repeated code keeps its last entry), encoded as the topic carries them.
async function encodeEntries(serde: AvroSerde, entries: readonly DimensionEntry[], dimension: DimensionName, topic: string): Promise<Map<string, Encoded>> {
  const ofDimension = new Map(entries.filter((e) => e.dimension === dimension).map((e) => [e.code, e]));
  const encoded = await Promise.all(
    [...ofDimension.values()].map(async (entry): Promise<[string, Encoded]> => {
      try {
        const value = await serde.encode(dimensionSchemaTopic(dimension), entryValue(entry), topic);
        return [entry.code, { value, version: entry.version }];
      } catch (error) {
        throw encodeError(error, { topic, code: entry.code });
      }
    }),
  );
  return new Map(encoded);
}

// What to produce so the topic's latest record per key equals `wanted`.
function changes(current: ReadonlyMap<string, Buffer>, wanted: ReadonlyMap<string, Encoded>): { messages: Message[]; counts: DimensionPublishCounts } {
  const messages: Message[] = [];
  const counts: DimensionPublishCounts = { published: 0, unchanged: 0, deleted: 0 };
  const versions = new Set<string>();
  for (const [key, { value, version }] of wanted) {
    versions.add(version);
    if (current.get(key)?.equals(value)) counts.unchanged += 1;
    else {
      messages.push({ key, value, headers: { [DIMENSION_VERSION_HEADER]: version } });
      counts.published += 1;
    }
  }
  // A tombstone carries the version of the source the code disappeared from (when there is one).
  const sourceVersion = versions.size === 1 ? [...versions][0] : undefined;
  for (const key of current.keys()) {
    if (wanted.has(key)) continue;
    messages.push({ key, value: null, headers: sourceVersion === undefined ? {} : { [DIMENSION_VERSION_HEADER]: sourceVersion } });
    counts.deleted += 1;
  }
  return { messages, counts };
}

// The latest value of every key of each topic, tombstoned keys left out.
async function readCurrentValues(kafka: Kafka, topics: readonly string[]): Promise<Map<string, Map<string, Buffer>>> {
  const current = new Map(topics.map((topic) => [topic, new Map<string, Buffer>()]));
  if (topics.length === 0) return current;
  const follower = new TopicsFollower({
    kafka,
    topics,
    groupId: `i94-dimensions-publisher-${randomUUID()}`,
    eachBatch: async ({ batch }) => {
      const values = current.get(batch.topic);
      for (const message of batch.messages) {
        const key = message.key?.toString();
        if (key === undefined || values === undefined) continue;
        if (message.value === null) values.delete(key);
        else values.set(key, message.value);
      }
    },
  });
  await follower.start();
  await follower.stop();
  return current;
}

async function produce(kafka: Kafka, outgoing: readonly { topic: string; messages: Message[] }[]): Promise<void> {
  if (outgoing.every((o) => o.messages.length === 0)) return;
  const producer = createProducer(kafka);
  try {
    await producer.connect();
    for (const { topic, messages } of outgoing) {
      for (let i = 0; i < messages.length; i += SEND_CHUNK) {
        await producer.send({ topic, acks: -1, messages: messages.slice(i, i + SEND_CHUNK) }).catch((error: unknown) => {
          throw new BrokerUnavailableError(`cannot publish to ${topic}: ${(error as Error).message}`, { topic }, error);
        });
      }
    }
  } catch (error) {
    if (error instanceof BrokerUnavailableError) throw error;
    throw new BrokerUnavailableError(`cannot connect the dimension producer: ${(error as Error).message}`, {}, error);
  } finally {
    await producer.disconnect();
  }
}
