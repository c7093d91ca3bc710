import { DIMENSION_NAMES, type DimensionName, dimensionSchemaTopic, dimensionTopic } from '@i94/dimensions';
import { DIMENSION_TOPIC_SPECS, TOPICS, type TopicRole, type TopicSpec, deadLetterHeaders, topicConfig, topicSpecs } from '@i94/kafka';
import { DEAD_LETTER_HEADER_DESCRIPTIONS, DIMENSION_FACT, type HeaderFact, TOPIC_FACTS, type TopicFact } from './topic-facts';

type Json = Record<string, unknown>;

const BINDING_VERSION = '0.5.0';
const AVRO_FORMAT = 'application/vnd.apache.avro;version=1.9.0';

/** A topic as the catalog lists it: its id, its spec (name without a namespace) and its value schema's key. */
interface CatalogTopic {
  id: string;
  spec: TopicSpec;
  schemaKey: string;
  fact: TopicFact;
}

/** The AsyncAPI 3 document of every topic, built from the topic specs, the schemas' names and the header code. */
export function buildAsyncApi(version: string): Json {
  const topics = catalogTopics();
  return {
    asyncapi: '3.1.0',
    info: {
      title: 'I94 streaming platform: topics',
      version,
      description: INFO_DESCRIPTION,
    },
    defaultContentType: 'application/vnd.apache.avro',
    servers: { local: LOCAL_SERVER },
    channels: Object.fromEntries(topics.map((t) => [t.id, channel(t)])),
    operations: Object.fromEntries(topics.map((t) => [`send${t.id[0].toUpperCase()}${t.id.slice(1)}`, operation(t)])),
    components: { parameters: { namespace: NAMESPACE_PARAMETER }, messages: Object.fromEntries(topics.map((t) => [t.id, message(t)])) },
  };
}

const INFO_DESCRIPTION = [
  'Generated from libs/kafka (topic specs, headers) and schemas/*.avsc by `npm run asyncapi:generate`; a unit test fails when it drifts.',
  'Every value is Avro in the Confluent wire format (a 0 byte, the 4-byte schema id, the Avro body): decode it with a registry-aware deserializer, e.g. confluent-kafka\'s AvroDeserializer or @kafkajs/confluent-schema-registry (examples/).',
  'Schemas are registered under `<topic>-value` (TopicNameStrategy) with BACKWARD compatibility: a consumer built on one version reads every later one.',
].join('\n\n');

const LOCAL_SERVER = {
  host: '127.0.0.1:9092',
  protocol: 'kafka',
  title: 'The local stack (npm run stack:up)',
  description: [
    'Security: none. The broker listens PLAINTEXT, without SASL or TLS, and the schema registry (Apicurio, Confluent API) takes no credentials; both are for a local machine.',
    'A deployment that adds SASL/TLS documents its own server here; the services read KAFKA_BROKERS and SCHEMA_REGISTRY_URL.',
  ].join(' '),
  security: [],
  bindings: { kafka: { schemaRegistryUrl: 'http://127.0.0.1:8081/apis/ccompat/v7', schemaRegistryVendor: 'confluent', bindingVersion: BINDING_VERSION } },
};

const NAMESPACE_PARAMETER = {
  description: 'TOPIC_NAMESPACE: a prefix every topic of one deployment shares, e.g. "staging."; empty by default.',
  default: '',
  examples: ['', 'staging.'],
};

function catalogTopics(): CatalogTopic[] {
  const specs = new Map(topicSpecs().map((s) => [s.name, s]));
  const roles = Object.keys(TOPICS) as TopicRole[];
  const arrivals = roles.map((role) => {
    const spec = specs.get(TOPICS[role]);
    if (!spec) throw new Error(`topicSpecs() has no topic ${TOPICS[role]} (${role})`);
    const fact = role === 'dlq' ? { ...TOPIC_FACTS.dlq, headers: deadLetterHeaderFacts() } : TOPIC_FACTS[role];
    return { id: role, spec, schemaKey: TOPICS[role], fact };
  });
  const dimensions = DIMENSION_NAMES.map((name) => catalogDimension(name));
  return [...arrivals, ...dimensions];
}

function catalogDimension(name: DimensionName): CatalogTopic {
  const spec = DIMENSION_TOPIC_SPECS.find((s) => s.name === dimensionTopic(name));
  if (!spec) throw new Error(`DIMENSION_TOPIC_SPECS has no topic for the dimension ${name}`);
  const id = `dim${name.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase())}`;
  return { id, spec, schemaKey: dimensionSchemaTopic(name), fact: { ...DIMENSION_FACT, title: `Dimension: ${name}` } };
}

/** The dead-letter headers as deadLetterHeaders writes them: always the ones a letter without a source has. */
function deadLetterHeaderFacts(): Record<string, HeaderFact> {
  const bare = { reasonCode: 'R', errorClass: 'E', service: 's', failedAt: 0, attempts: 1, batchId: null, sourceTopic: null, sourcePartition: null, sourceOffset: null };
  const full = { ...bare, batchId: 'b', sourceTopic: 't', sourcePartition: 0, sourceOffset: 0 };
  const always = new Set(Object.keys(deadLetterHeaders(bare as Parameters<typeof deadLetterHeaders>[0])));
  const names = Object.keys(deadLetterHeaders(full as Parameters<typeof deadLetterHeaders>[0]));
  return Object.fromEntries(
    names.map((name) => {
      const description = DEAD_LETTER_HEADER_DESCRIPTIONS[name];
      if (!description) throw new Error(`deadLetterHeaders writes the header ${name}, which DEAD_LETTER_HEADER_DESCRIPTIONS does not describe`);
      return [name, { description, always: always.has(name) }];
    }),
  );
}

function channel(t: CatalogTopic): Json {
  const retention = t.spec.retentionMs === null ? 'kept forever (compacted)' : `${t.spec.retentionMs / 86_400_000} days`;
  return {
    address: `{namespace}${t.spec.name}`,
    title: t.fact.title,
    description: `${t.fact.description}\n\nProduced by ${t.fact.producedBy}; consumed by ${t.fact.consumedBy}. Key: ${t.spec.key}. Cleanup: ${t.spec.cleanupPolicy}; retention: ${retention}; ${t.spec.partitions} partition(s).`,
    parameters: { namespace: { $ref: '#/components/parameters/namespace' } },
    messages: { [t.id]: { $ref: `#/components/messages/${t.id}` } },
    bindings: { kafka: { partitions: t.spec.partitions, topicConfiguration: topicConfiguration(t.spec), bindingVersion: BINDING_VERSION } },
  };
}

/** The topic's settings as ensureTopics creates it (topicConfig), in the binding's types. */
function topicConfiguration(spec: TopicSpec): Json {
  const entries = topicConfig(spec).configEntries ?? [];
  return Object.fromEntries(
    entries.map(({ name, value }) => {
      if (name === 'cleanup.policy') return [name, value.split(',')];
      if (name === 'retention.ms' || name === 'max.message.bytes') return [name, Number(value)];
      throw new Error(`topicConfig sets ${name}, which the catalog does not map yet (tools/catalog/src/asyncapi-document.ts)`);
    }),
  );
}

function message(t: CatalogTopic): Json {
  const names = Object.keys(t.fact.headers);
  const headers = {
    type: 'object',
    properties: Object.fromEntries(names.map((n) => [n, { type: 'string', description: t.fact.headers[n].description }])),
    ...(names.some((n) => t.fact.headers[n].always) ? { required: names.filter((n) => t.fact.headers[n].always) } : {}),
  };
  const key = { type: 'string', description: t.spec.key, ...(t.fact.keyPattern ? { pattern: t.fact.keyPattern } : {}) };
  return {
    name: t.id,
    title: t.fact.title,
    contentType: 'application/vnd.apache.avro',
    headers,
    payload: { schemaFormat: AVRO_FORMAT, schema: { $ref: `../schemas/${t.schemaKey}.avsc` } },
    bindings: { kafka: { key, schemaIdLocation: 'payload', schemaIdPayloadEncoding: 'confluent', schemaLookupStrategy: 'TopicNameStrategy', bindingVersion: BINDING_VERSION } },
  };
}

function operation(t: CatalogTopic): Json {
  return {
    action: 'send',
    title: `${t.fact.producedBy} writes ${t.spec.name}`,
    channel: { $ref: `#/channels/${t.id}` },
    messages: [{ $ref: `#/channels/${t.id}/messages/${t.id}` }],
  };
}
