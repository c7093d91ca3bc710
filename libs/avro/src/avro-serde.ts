import { COMPATIBILITY, SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { type SchemaTopic, TOPIC_SCHEMAS, type TopicValues, valueSubject } from './topic-schemas';

/** An Avro schema as the registry client takes it. */
type AvroRegistration = { type: SchemaType.AVRO; schema: string };

/**
 * Encodes and decodes topic values in the Confluent wire format through the schema registry.
 * Each topic's schema is registered once (BACKWARD compatibility set on first registration);
 * concurrent first uses share one registration request.
 */
export class AvroSerde {
  private readonly ids = new Map<string, Promise<number>>();

  constructor(readonly registry: SchemaRegistry) {}

  /** A serde for the registry at `url`, e.g. http://127.0.0.1:8081/apis/ccompat/v7. */
  static forUrl(url: string): AvroSerde {
    return new AvroSerde(new SchemaRegistry({ host: url, retry: { retries: 2, initialRetryTimeInSecs: 0.2 } }));
  }

  /** The registry id of `topic`'s value schema, registering it if needed. */
  schemaId(topic: SchemaTopic, subjectTopic: string = topic): Promise<number> {
    const subject = valueSubject(subjectTopic);
    let id = this.ids.get(subject);
    if (!id) {
      const schema: AvroRegistration = { type: SchemaType.AVRO, schema: JSON.stringify(TOPIC_SCHEMAS[topic]) };
      id = this.registry
        .register(schema, { subject, compatibility: COMPATIBILITY.BACKWARD, updateConfig: true })
        .then((r) => r.id)
        .catch((error: unknown) => this.alreadyRegistered(error, subject, schema));
      // a failed registration is retried on the next use, not cached
      id.catch(() => this.ids.delete(subject));
      this.ids.set(subject, id);
    }
    return id;
  }

  /**
   * Apicurio answers 409 "already exists" to registering a schema it holds when it was restarted
   * a moment ago and is still reading its journal: the id is then looked up. A 409 for a schema
   * that is not there (incompatible) stays the registration's error.
   */
  private async alreadyRegistered(error: unknown, subject: string, schema: AvroRegistration): Promise<number> {
    if ((error as { status?: number }).status !== 409) throw error;
    return this.registry.getRegistryIdBySchema(subject, schema).catch(() => Promise.reject(error));
  }

  async encode<T extends SchemaTopic>(topic: T, value: TopicValues[T], subjectTopic?: string): Promise<Buffer> {
    return this.registry.encode(await this.schemaId(topic, subjectTopic), value);
  }

  async decode<T = unknown>(buffer: Buffer): Promise<T> {
    return (await this.registry.decode(buffer)) as T;
  }
}
