import { AvroSerde, TOPIC_SCHEMAS, valueSubject } from '@i94/avro';
import { randomNamespace, stackEndpoints } from '@i94/testing';

// The first registration of a subject against the real registry (Apicurio's Confluent API). The
// registry client registers first and sets the compatibility after: a process killed in between
// left a subject at NONE that the client then refused for good, and the enricher that hit it
// (killed during its first batch) never encoded a record again. AvroSerde sets BACKWARD first, and
// repairs such a leftover.
const registryUrl = stackEndpoints().schemaRegistryUrl;
const TOPIC = 'i94.arrivals.enriched.v1';

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${registryUrl}${path}`, { method, headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, json: (await res.json().catch(() => ({}))) as Record<string, unknown> };
}

const compatibilityOf = async (subject: string) => (await call('GET', `/config/${encodeURIComponent(subject)}`)).json.compatibilityLevel;

describe('AvroSerde first registration (real registry)', () => {
  const subjects: string[] = [];
  const fresh = () => {
    const subjectTopic = `${randomNamespace('registry')}${TOPIC}`;
    subjects.push(valueSubject(subjectTopic));
    return subjectTopic;
  };

  afterAll(async () => {
    for (const subject of subjects) {
      await call('DELETE', `/subjects/${encodeURIComponent(subject)}`);
      await call('DELETE', `/subjects/${encodeURIComponent(subject)}?permanent=true`);
    }
  });

  it('a new subject gets BACKWARD compatibility and the schema', async () => {
    const subjectTopic = fresh();
    const id = await AvroSerde.forUrl(registryUrl).schemaId(TOPIC, subjectTopic);
    expect(id).toBeGreaterThan(0);
    expect(await compatibilityOf(valueSubject(subjectTopic))).toBe('BACKWARD');
  });

  it('repairs a subject left at NONE by a registration killed before its config update, and encodes', async () => {
    const subjectTopic = fresh();
    const subject = valueSubject(subjectTopic);
    // what the killed process left: the schema registered, no compatibility rule
    const left = await call('POST', `/subjects/${encodeURIComponent(subject)}/versions`, { schema: JSON.stringify(TOPIC_SCHEMAS[TOPIC]) });
    expect(left.status).toBe(200);
    expect(await compatibilityOf(subject)).toBe('NONE');

    const serde = AvroSerde.forUrl(registryUrl);
    await expect(serde.schemaId(TOPIC, subjectTopic)).resolves.toBe(left.json.id);
    expect(await compatibilityOf(subject)).toBe('BACKWARD');
  });

  it('leaves a level an operator chose alone', async () => {
    const subjectTopic = fresh();
    const subject = valueSubject(subjectTopic);
    await call('PUT', `/config/${encodeURIComponent(subject)}`, { compatibility: 'FULL' });
    await expect(AvroSerde.forUrl(registryUrl).schemaId(TOPIC, subjectTopic)).rejects.toThrow('BACKWARD != FULL');
    expect(await compatibilityOf(subject)).toBe('FULL');
  });
});
