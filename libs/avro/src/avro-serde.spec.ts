import { type SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { AvroSerde } from './avro-serde';

const conflict = Object.assign(new Error("An artifact with ID 'x-value' already exists."), { name: 'ResponseError', status: 409 });

/**
 * A strict fake of the registry client: the subject is already BACKWARD; registration fails with
 * `registerError`; lookups find `knownId`.
 */
function registry(registerError: Error, knownId: number | null) {
  return {
    api: { Subject: { config: async () => ({ data: () => ({ compatibilityLevel: 'BACKWARD' }) }), updateConfig: async () => Promise.reject(new Error('not expected')) } },
    register: async () => Promise.reject(registerError),
    getRegistryIdBySchema: async () => (knownId === null ? Promise.reject(Object.assign(new Error('Subject not found'), { status: 404 })) : knownId),
  } as unknown as SchemaRegistry;
}

describe('AvroSerde.schemaId when registration answers 409', () => {
  it('uses the id of the identical schema the registry already holds (a restarted Apicurio still loading)', async () => {
    await expect(new AvroSerde(registry(conflict, 42)).schemaId('i94.arrivals.raw.v1')).resolves.toBe(42);
  });

  it('keeps the 409 when the registry does not hold this schema (incompatible)', async () => {
    await expect(new AvroSerde(registry(conflict, null)).schemaId('i94.arrivals.raw.v1')).rejects.toBe(conflict);
  });

  it('does not look up on other failures', async () => {
    const down = Object.assign(new Error('connect ECONNREFUSED'), { name: 'ResponseError', status: 400 });
    await expect(new AvroSerde(registry(down, 42)).schemaId('i94.arrivals.raw.v1')).rejects.toBe(down);
  });
});
