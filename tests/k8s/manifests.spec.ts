import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type ZodObject, type ZodRawShape } from 'zod';
import { topicSpecs } from '@i94/kafka';
/* eslint-disable @nx/enforce-module-boundaries -- the manifests must satisfy each service's config
   schema, so this check reads those schemas straight from the services it verifies. */
import { configSchema as compactor } from '../../services/compactor/src/config';
import { configSchema as enricher } from '../../services/enricher/src/config';
import { configSchema as ingestGateway } from '../../services/ingest-gateway/src/config';
import { configSchema as parquetRollup } from '../../services/parquet-rollup/src/config';
import { configSchema as queryApi } from '../../services/query-api/src/config';
import { configSchema as rawSink } from '../../services/raw-sink/src/config';
import { platformEnvSchema } from '@i94/command-line';
import { type Container, type EnvVar, type K8sObject, loadManifests, quantity } from './k8s-manifests';

// No cluster runs here: deploy/k8s is checked structurally against the code. Probes on the
// service's port, resources that fit, env variables its config schema reads with values it
// accepts, references to ConfigMap and Secret keys that exist, Services that reach a pod port.

const DIR = join(__dirname, '../../deploy/k8s');
const schemas: Record<string, ZodObject<ZodRawShape>> = {
  'ingest-gateway': ingestGateway,
  'query-api': queryApi,
  enricher,
  'raw-sink': rawSink,
  'parquet-rollup': parquetRollup,
  compactor,
};
/** Variables of the image and the Node runtime, not of a service's config. */
const RUNTIME_VARIABLES = ['SERVICE', 'NODE_OPTIONS'];
/** Without these a service would reach 127.0.0.1 or accept the local development keys. */
const MUST_SET = ['HOST', 'KAFKA_BROKERS', 'SCHEMA_REGISTRY_URL', 'CASSANDRA_CONTACT_POINTS', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'API_KEYS'];
/** Workers that scale with the partitions of the topic they consume. */
const SCALES_WITH = { enricher: 'raw', 'raw-sink': 'raw', 'parquet-rollup': 'enriched' } as const;

/** Lookups over the manifests, and the env of a container resolved with every reference checked. */
function indexManifests(objects: K8sObject[]) {
  const byKind = (kind: string) => objects.filter((o) => o.kind === kind);
  const workloads = objects.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet');
  const configMaps = new Map(byKind('ConfigMap').map((c) => [c.metadata.name, c.data ?? {}]));
  const secrets = new Map(byKind('Secret').map((s) => [s.metadata.name, { ...(s.stringData ?? {}), ...(s.data ?? {}) }]));
  const container = (name: string): Container => workloads.find((w) => w.metadata.name === name)!.spec!.template!.spec.containers[0];

  /** The env of a container as the service would see it, without secret values; each reference checked. */
  const resolve = (env: EnvVar[]) => {
    const values: Record<string, string> = {};
    for (const v of env) {
      const from = v.valueFrom;
      if (v.value !== undefined) values[v.name] = v.value;
      else if (from?.configMapKeyRef) {
        const data = configMaps.get(from.configMapKeyRef.name);
        expect({ variable: v.name, configMapKey: data && from.configMapKeyRef.key in data }).toEqual({ variable: v.name, configMapKey: true });
        values[v.name] = data![from.configMapKeyRef.key];
      } else if (from?.secretKeyRef) {
        const data = secrets.get(from.secretKeyRef.name);
        expect({ variable: v.name, secretKey: data && from.secretKeyRef.key in data }).toEqual({ variable: v.name, secretKey: true });
      } else if (from?.fieldRef?.fieldPath === 'metadata.name') values[v.name] = `${v.name.toLowerCase()}-0`;
      else throw new Error(`${v.name}: no value`);
    }
    return values;
  };

  return { byKind, workloads, configMaps, secrets, container, resolve };
}

const objects = loadManifests(DIR);
const { byKind, workloads, container, resolve } = indexManifests(objects);

describe('deploy/k8s', () => {
  it('lists every manifest file in kustomization.yaml, and only those', () => {
    const kustomization = byKind('Kustomization')[0];
    const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    expect([...(kustomization.resources ?? [])].sort()).toEqual(files.sort());
  });

  it('runs every service, and nothing else, as a workload', () => {
    expect(workloads.map((w) => w.metadata.name).sort()).toEqual(Object.keys(schemas).sort());
  });

  it('uses one image everywhere, named in kustomization.yaml', () => {
    const images = new Set([...workloads, ...byKind('Job')].map((w) => (w.kind === 'Job' ? (w.spec as unknown as { template: { spec: { containers: Container[] } } }).template : w.spec!.template!).spec.containers[0].image));
    expect([...images]).toEqual(byKind('Kustomization')[0].images!.map((i) => i.name));
  });

  describe.each(Object.keys(schemas))('%s', (name) => {
    const workload = workloads.find((w) => w.metadata.name === name)!;
    const c = container(name);
    const schema = schemas[name];
    const env = c.env ?? [];
    const configured = schema.shape.PORT.parse(env.find((v) => v.name === 'PORT')?.value) as number;
    const port = (ref: string | number) => (typeof ref === 'number' ? ref : c.ports?.find((p) => p.name === ref)?.containerPort);

    it('runs its own service through the image\'s CMD, not a command of its own', () => {
      expect(c.command).toBeUndefined();
      expect(env.find((v) => v.name === 'SERVICE')?.value).toBe(name);
    });

    it('listens on its configured port and declares it', () => {
      expect(c.ports?.map((p) => p.containerPort)).toEqual([configured]);
      expect(workload.spec!.template!.metadata.annotations?.['prometheus.io/port']).toBe(String(configured));
    });

    it('is ready on /ready and alive on /health, on that port', () => {
      expect([c.readinessProbe?.httpGet?.path, port(c.readinessProbe!.httpGet!.port)]).toEqual(['/ready', configured]);
      expect([c.livenessProbe?.httpGet?.path, port(c.livenessProbe!.httpGet!.port)]).toEqual(['/health', configured]);
    });

    it('requests no more than its limits', () => {
      const { requests = {}, limits = {} } = c.resources ?? {};
      for (const resource of ['cpu', 'memory']) {
        expect({ resource, requested: Boolean(requests[resource]), limited: Boolean(limits[resource]) }).toEqual({ resource, requested: true, limited: true });
        expect(quantity(requests[resource])).toBeLessThanOrEqual(quantity(limits[resource]));
      }
    });

    it('sets only variables its config schema reads, with values it accepts', () => {
      const unknown = env.map((v) => v.name).filter((v) => !(v in schema.shape) && !RUNTIME_VARIABLES.includes(v));
      expect(unknown).toEqual([]);
      const values = resolve(env.filter((v) => !RUNTIME_VARIABLES.includes(v.name)));
      const parsed = schema.safeParse(values);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    });

    it('sets every server address and secret its schema reads (the defaults are for the local stack)', () => {
      const needed = MUST_SET.filter((v) => v in schema.shape);
      expect(needed.filter((v) => !env.some((e) => e.name === v))).toEqual([]);
    });

    it('runs as non-root on a read-only root filesystem', () => {
      expect(workload.spec!.template!.spec.securityContext?.runAsNonRoot).toBe(true);
      expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    });

    it('has a Service that selects its pods and targets its port', () => {
      const service = byKind('Service').find((s) => s.metadata.name === name)!;
      const labels = workload.spec!.template!.metadata.labels;
      expect(Object.entries(service.spec!.selector!).every(([k, v]) => labels[k] === v)).toBe(true);
      expect(Object.entries(workload.spec!.selector!.matchLabels!).every(([k, v]) => labels[k] === v)).toBe(true);
      for (const p of service.spec!.ports!) expect(port(p.targetPort)).toBeDefined();
    });
  });

  it('has no Service that selects no workload', () => {
    const orphans = byKind('Service').filter((s) => !workloads.some((w) => Object.entries(s.spec!.selector!).every(([k, v]) => w.spec!.template!.metadata.labels[k] === v)));
    expect(orphans.map((s) => s.metadata.name)).toEqual([]);
  });

  it.each(Object.entries(SCALES_WITH))('runs %s with more than one replica, at most one per partition of its topic', (name, role) => {
    const partitions = topicSpecs().find((t) => t.name === `i94.arrivals.${role}.v1`)!.partitions;
    const replicas = workloads.find((w) => w.metadata.name === name)!.spec!.replicas!;
    expect(replicas).toBeGreaterThan(1);
    expect(replicas).toBeLessThanOrEqual(partitions);
  });

  it('scales the compactor by month: more than one replica, at most one per partition of the rollups topic, with a work volume', () => {
    const compactorWorkload = workloads.find((w) => w.metadata.name === 'compactor')!;
    const partitions = topicSpecs().find((t) => t.name === 'i94.rollups.committed.v1')!.partitions;
    expect(compactorWorkload.spec!.replicas).toBeGreaterThan(1);
    expect(compactorWorkload.spec!.replicas).toBeLessThanOrEqual(partitions);
    const workDir = container('compactor').env?.find((v) => v.name === 'COMPACT_WORK_DIR')?.value;
    expect(container('compactor').volumeMounts?.map((m) => m.mountPath)).toContain(workDir);
  });

  it('gives each enricher pod a stable instance name (its transactional id) through a StatefulSet', () => {
    const statefulSet = workloads.find((w) => w.metadata.name === 'enricher')!;
    expect(statefulSet.kind).toBe('StatefulSet');
    expect(container('enricher').env?.find((v) => v.name === 'ENRICHER_INSTANCE')?.valueFrom?.fieldRef?.fieldPath).toBe('metadata.name');
    expect(byKind('Service').find((s) => s.metadata.name === statefulSet.spec!.serviceName)?.spec?.clusterIP).toBe('None');
  });

  it('runs the migrations and loads the dimensions in a Job, with variables the CLI reads', () => {
    const job = byKind('Job').find((j) => j.metadata.name === 'platform-init')!;
    const c = (job.spec as unknown as { template: { spec: { containers: Container[] } } }).template.spec.containers[0];
    expect(c.command?.join(' ')).toMatch(/main\.js migrate && .*main\.js dims load/);
    expect((c.env ?? []).map((v) => v.name).filter((v) => !(v in platformEnvSchema.shape))).toEqual([]);
    expect(platformEnvSchema.safeParse(resolve(c.env ?? [])).success).toBe(true);
  });

  it('marks every secret value as a placeholder to replace', () => {
    for (const secret of byKind('Secret')) expect(Object.values(secret.stringData ?? {}).every((v) => v === 'REPLACE-ME')).toBe(true);
  });
});
