import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type ZodObject, type ZodRawShape } from 'zod';
/* eslint-disable @nx/enforce-module-boundaries -- the compose file must satisfy each service's config
   schema, so this check reads those schemas straight from the services it verifies. */
import { configSchema as compactor } from '../../services/compactor/src/config';
import { configSchema as enricher } from '../../services/enricher/src/config';
import { configSchema as ingestGateway } from '../../services/ingest-gateway/src/config';
import { configSchema as parquetRollup } from '../../services/parquet-rollup/src/config';
import { configSchema as queryApi } from '../../services/query-api/src/config';
import { configSchema as rawSink } from '../../services/raw-sink/src/config';
import { platformEnvSchema } from '@i94/command-line';
import { readEnvExample } from './env-example';

// Docker cannot run on the CI machine, so this checks the compose file structurally against the
// code: every service is there, on its configured port, with a healthcheck, known env variables
// only, values its own config schema accepts, and dependencies that wait on healthy servers.

interface ComposeService {
  image?: string;
  build?: { context: string; args?: Record<string, string> };
  environment?: Record<string, string | number>;
  ports?: string[];
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
}

const composeText = readFileSync(join(__dirname, '../../docker-compose.yml'), 'utf8');
const compose = parse(composeText, { merge: true }) as {
  services: Record<string, ComposeService>;
};
const schemas: Record<string, ZodObject<ZodRawShape>> = {
  'ingest-gateway': ingestGateway,
  enricher,
  'raw-sink': rawSink,
  'parquet-rollup': parquetRollup,
  compactor,
  'query-api': queryApi,
};

describe('docker-compose.yml', () => {
  it.each(['kafka', 'schema-registry', 'cassandra', 'minio', 'kafka-ui'])('runs the %s server with a healthcheck', (name) => {
    expect(compose.services[name]?.image).toBeTruthy();
    expect(compose.services[name].healthcheck).toBeDefined();
  });

  it('configures Kafka UI with the registry and masks personal fields', () => {
    const env = compose.services['kafka-ui'].environment ?? {};
    expect(env.KAFKA_CLUSTERS_0_SCHEMAREGISTRY).toBe('http://schema-registry:8081');
    const masked = Object.entries(env).filter(([k]) => /MASKING_0_FIELDS_\d+$/.test(k)).map(([, v]) => v);
    expect(masked.sort()).toEqual(['admnum', 'fltno', 'insnum']);
    expect(new RegExp(String(env.KAFKA_CLUSTERS_0_MASKING_0_TOPICVALUESPATTERN)).test('staging.i94.arrivals.raw.v1')).toBe(true);
  });

  it('hides the original record in dead letters from Kafka UI', () => {
    const env = compose.services['kafka-ui'].environment ?? {};
    expect(env.KAFKA_CLUSTERS_0_MASKING_1_FIELDS_0).toBe('payload');
    expect(new RegExp(`^${String(env.KAFKA_CLUSTERS_0_MASKING_1_TOPICVALUESPATTERN)}$`).test('i94.arrivals.dlq.v1')).toBe(true);
  });

  describe.each(Object.keys(schemas))('service %s', (name) => {
    const service = compose.services[name];
    const schema = schemas[name];
    const env = service?.environment ?? {};

    it('is built from the project Dockerfile for itself', () => {
      expect(service.build?.args?.SERVICE).toBe(name);
    });

    it('publishes and health-checks the port of its config', () => {
      const port = String(schema.parse({ PORT: env.PORT }).PORT);
      expect(service.ports).toContain(`${port}:${port}`);
      expect(JSON.stringify(service.healthcheck?.test)).toContain(`localhost:${port}/health`);
    });

    it('sets only variables its config schema knows, with values it accepts', () => {
      const known = Object.keys(schema.shape);
      expect(Object.keys(env).filter((k) => !known.includes(k))).toEqual([]);
      const asStrings = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v).replace(/\$\{\w+:-(.*)\}/, '$1')]));
      expect(schema.safeParse(asStrings).success).toBe(true);
    });

    it('waits for healthy servers it connects to', () => {
      const needs = [
        ['KAFKA_BROKERS', 'kafka'],
        ['SCHEMA_REGISTRY_URL', 'schema-registry'],
        ['CASSANDRA_CONTACT_POINTS', 'cassandra'],
        ['S3_ENDPOINT', 'minio-init'],
      ].filter(([variable]) => variable in schema.shape);
      for (const [variable, server] of needs) {
        expect(env[variable]).toBeDefined();
        expect(service.depends_on?.[server]?.condition).toMatch(/service_healthy|service_completed_successfully/);
      }
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(compose.services[dependency]).toBeDefined();
    });
  });

  describe('.env.example', () => {
    const example = readEnvExample(join(__dirname, '../../.env.example'));
    const values = new Map(example.map((v) => [v.name, v.value]));
    // set by docker-compose.yml per service (or by the image), not by the operator's .env
    const fixedPerService = ['PORT', 'HOST', 'CONSUMER_GROUP', 'ENRICHER_INSTANCE', 'REFERENCE_DIR'];
    const readBy = (variable: string) => Object.entries(schemas).filter(([, schema]) => variable in schema.shape);
    // ${VAR} and ${VAR:-default} in the compose file; $${VAR} is a shell variable inside a container
    const uncommented = composeText.replace(/^\s*#.*$/gm, '');
    const interpolations = [...uncommented.matchAll(/(?<!\$)\$\{(\w+)(?::-([^}]*))?\}/g)].map(([, name, fallback]) => ({ name, fallback: fallback ?? '' }));

    it('comments every variable', () => {
      expect(example.filter((v) => !v.comment).map((v) => v.name)).toEqual([]);
    });

    it('covers every variable a service reads that compose does not fix per service', () => {
      const read = new Set(Object.values(schemas).flatMap((schema) => Object.keys(schema.shape)));
      expect([...read].filter((v) => !values.has(v) && !fixedPerService.includes(v)).sort()).toEqual([]);
    });

    it('holds nothing a service does not read', () => {
      expect([...values.keys()].filter((v) => readBy(v).length === 0)).toEqual([]);
    });

    it('holds values every service reading them accepts', () => {
      for (const [variable, value] of values) {
        for (const [name, schema] of readBy(variable)) expect({ name, variable, ok: schema.safeParse({ [variable]: value }).success }).toEqual({ name, variable, ok: true });
      }
    });

    it('is what compose interpolates, with the same defaults', () => {
      for (const { name, fallback } of interpolations) expect({ name, fallback }).toEqual({ name, fallback: values.get(name) });
      expect([...values.keys()].filter((v) => !interpolations.some((i) => i.name === v))).toEqual([]);
    });

    // a variable whose default differs per service (RATE_LIMIT_PER_SECOND) is interpolated for one
    // service and set as a literal for the others
    it.each(Object.keys(schemas))('sets %s every variable of it that its schema reads, from .env or fixed for it', (name) => {
      const env = compose.services[name].environment ?? {};
      expect([...values.keys()].filter((v) => v in schemas[name].shape && env[v] === undefined)).toEqual([]);
    });
  });

  it('runs the migrations and loads the dimensions once, with variables the CLI knows, before the workers start', () => {
    const init = compose.services['platform-init'];
    const env = init.environment ?? {};
    expect(Object.keys(env).filter((k) => !(k in platformEnvSchema.shape))).toEqual([]);
    expect(JSON.stringify((init as { command?: unknown }).command)).toMatch(/main\.js migrate && .*main\.js dims load/);
    for (const worker of ['enricher', 'raw-sink', 'compactor', 'query-api']) {
      expect(compose.services[worker].depends_on?.['platform-init']?.condition).toBe('service_completed_successfully');
    }
  });
});
