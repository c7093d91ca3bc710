import { COMPATIBILITY, SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import { type SchemaTopic, TOPIC_SCHEMAS, type TopicValues, valueSubject } from './topic-schemas';

/** An Avro schema as the registry client takes it. */
type AvroRegistration = { type: SchemaType.AVRO; schema: string };

/**
 * The registry client's own HTTP resources for a subject's compatibility (not in its typings): going
 * through them keeps its retries and its ResponseErrors, which the services already classify.
 */
interface SubjectConfigApi {
  Subject: {
    config(args: { subject: string }): Promise<{ data(): { compatibilityLevel: string } }>;
    updateConfig(args: { subject: string; body: { compatibility: string } }): Promise<unknown>;
  };
}

/** The level a subject has when no rule was ever set on it (Apicurio's global default). */
const NO_RULE = 'NONE';

/**
 * Encodes and decodes topic values in the Confluent wire format through the schema registry.
 * Each topic's schema is registered once, its subject set to BACKWARD compatibility first;
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
      id = this.ensureBackward(subject)
        .then(() => this.registry.register(schema, { subject, compatibility: COMPATIBILITY.BACKWARD }))
        .then((r) => r.id)
        .catch((error: unknown) => this.alreadyRegistered(error, subject, schema));
      // a failed registration is retried on the next use, not cached
      id.catch(() => this.ids.delete(subject));
      this.ids.set(subject, id);
    }
    return id;
  }

  /**
   * Sets the subject to BACKWARD before its first schema, not after as the client does: a process
   * killed between the client's register and its config update (seen when the enricher was killed
   * during its first batch) leaves a subject at NONE, and the client then refuses every later
   * registration ("Compatibility does not match the configuration (BACKWARD != NONE)"): the
   * service never encodes again. A subject at NONE is such a leftover and is repaired; a level an
   * operator chose (FULL, ...) is left alone, and the client reports the mismatch. Once the
   * subject has a level, the client's register (3.9) finds it, takes the registration for a later
   * one and never updates the config itself.
   */
  private async ensureBackward(subject: string): Promise<void> {
    const api = (this.registry as unknown as { api: SubjectConfigApi }).api;
    const level = await api.Subject.config({ subject }).then(
      (response) => response.data().compatibilityLevel.toUpperCase(),
      (error: { status?: number }) => (error.status === 404 ? NO_RULE : Promise.reject(error)),
    );
    if (level === NO_RULE) await api.Subject.updateConfig({ subject, body: { compatibility: COMPATIBILITY.BACKWARD } });
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
