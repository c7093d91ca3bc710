import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { AvroSerde } from '@i94/avro';
import { migrate } from '@i94/cassandra';
import { serviceNodeFlags } from '@i94/config';
import { type Reconciliation } from '@i94/domain';
import { createKafka, namespacedDimensionTopic, publishDimensions } from '@i94/kafka';
import { ObjectStore } from '@i94/s3-parquet';
import { freePort, randomBucket, randomKeyspace, randomNamespace, referenceEntries, stackEndpoints, waitFor } from '@i94/testing';
import { warningDigestOfFile } from './log-digest';

const ROOT = join(__dirname, '../..');
export const SERVICES = ['ingest-gateway', 'enricher', 'raw-sink', 'parquet-rollup', 'compactor', 'query-api'] as const;
export type ServiceName = (typeof SERVICES)[number];

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The whole platform as it runs in production: the six built services as child processes, on
 * free ports, in their own topic namespace, Cassandra keyspace and S3 bucket, against the real
 * local stack. Services can be killed (-9) and started again.
 */
export class Pipeline {
  readonly namespace = randomNamespace('e2e');
  readonly keyspace = randomKeyspace('e2e');
  readonly bucket = randomBucket('e2e');
  readonly ports = {} as Record<ServiceName, number>;
  readonly logDir: string;
  private readonly processes = new Map<ServiceName, ChildProcess>();
  /** Further replicas of a worker ("raw-sink#2"): same groups, their own port and log. */
  private readonly replicas = new Map<string, { child: ChildProcess; port: number }>();

  constructor(private readonly overrides: Record<string, string> = {}) {
    this.logDir = join(ROOT, '.reports/e2e', this.namespace.replace(/\.$/, ''));
  }

  /** Environment every process of this pipeline gets (services and CLI alike). */
  get env(): NodeJS.ProcessEnv {
    return {
      ...process.env, TOPIC_NAMESPACE: this.namespace, CASSANDRA_KEYSPACE: this.keyspace, S3_BUCKET: this.bucket, LOG_LEVEL: 'info', KAFKAJS_NO_PARTITIONER_WARNING: '1', NODE_NO_WARNINGS: '1',
      ROLL_IDLE_MS: '2000', COMPACT_DEBOUNCE_MS: '1000', RATE_LIMIT_PER_SECOND: '1000',
      I94_GATEWAY_URL: this.url('ingest-gateway'), I94_COMPACTOR_URL: this.url('compactor'), I94_ROLLUP_URL: this.url('parquet-rollup'),
      I94_QUERY_API_URL: this.url('query-api'), I94_ENRICHER_URL: this.url('enricher'), I94_RAW_SINK_URL: this.url('raw-sink'),
      ...this.overrides,
    };
  }

  url = (service: ServiceName) => `http://127.0.0.1:${this.ports[service]}`;

  /** Keyspace, bucket and dimensions first; then the gateway (it creates the topics), then the rest. */
  async start(): Promise<void> {
    mkdirSync(this.logDir, { recursive: true });
    for (const s of SERVICES) this.ports[s] = await freePort();
    const endpoints = stackEndpoints();
    await migrate({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc, keyspace: this.keyspace });
    const store = new ObjectStore({ ...endpoints.s3, bucket: this.bucket, forcePathStyle: true });
    await store.client.send(new CreateBucketCommand({ Bucket: this.bucket }));
    store.client.destroy();
    const kafka = createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'e2e' });
    await publishDimensions(kafka, AvroSerde.forUrl(endpoints.schemaRegistryUrl), referenceEntries(), { topicFor: namespacedDimensionTopic(this.namespace) });
    for (const s of SERVICES) await this.startService(s);
  }

  /**
   * Starts a service; unless `healthy` is false, waits until it answers /health. The free port can
   * be taken between choosing it and the service's listen (parallel test workers, outgoing
   * connections): a service that exits before it is healthy is started again on another port.
   */
  async startService(service: ServiceName, healthy = true): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const log = createWriteStream(join(this.logDir, `${service}.log`), { flags: 'a' });
      const child = spawn(process.execPath, [...serviceNodeFlags(ROOT), join(ROOT, 'services', service, 'dist/main.js')], { env: { ...this.env, PORT: String(this.ports[service]) }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.pipe(log);
      child.stderr?.pipe(log);
      this.processes.set(service, child);
      if (!healthy) return;
      try {
        await this.healthy(service);
        return;
      } catch (error) {
        if (!hasExited(child) || attempt === 3) throw error;
        this.ports[service] = await freePort();
      }
    }
  }

  /** Waits until this pipeline's own process of `service` answers /health; fails as soon as it exits. */
  healthy(service: ServiceName): Promise<boolean> {
    const child = this.processes.get(service);
    let onExit = () => undefined as void;
    const died = new Promise<never>((_, reject) => {
      if (!child) return;
      onExit = () => reject(new Error(`${service} exited before it was healthy (code ${child.exitCode}, signal ${child.signalCode}; log ${this.logDir})`));
      if (hasExited(child)) onExit();
      else child.once('exit', onExit);
    });
    const answered = waitFor(
      async () => {
        const res = await fetch(`${this.url(service)}/health`);
        return res.ok && ((await res.json()) as { service?: string }).service === service;
      },
      { timeoutMs: 90_000, description: `${service} /health (log ${this.logDir})` },
    );
    return Promise.race([answered, died]).finally(() => child?.off('exit', onExit));
  }

  /**
   * Sends a signal (SIGKILL: no shutdown hook runs) and waits for the process to end; a process
   * still running 15 s after a gentler signal is killed, and the test is told.
   */
  async kill(service: ServiceName, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.processes.get(service);
    if (!child || hasExited(child)) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const timer = setTimeout(() => {
      process.stderr.write(`${service} did not stop within 15 s of ${signal}; killing it\n`);
      child.kill('SIGKILL');
    }, 15_000);
    await exited;
    clearTimeout(timer);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.replicas.keys()].map((r) => this.killReplica(r, 'SIGTERM')));
    await Promise.all([...this.processes.keys()].map((s) => this.kill(s, 'SIGTERM')));
  }

  /**
   * Starts replica `index` (1, 2, ...) of a worker beside the one `start` runs (replica 0), in the
   * same consumer groups, on its own port and log (`<service>-<index>.log`); waits for /health.
   */
  async startReplica(service: ServiceName, index: number): Promise<string> {
    const name = `${service}#${index}`;
    const port = await freePort();
    const log = createWriteStream(join(this.logDir, `${service}-${index}.log`), { flags: 'a' });
    const env = { ...this.env, PORT: String(port), ENRICHER_INSTANCE: String(index) };
    const child = spawn(process.execPath, [...serviceNodeFlags(ROOT), join(ROOT, 'services', service, 'dist/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.replicas.set(name, { child, port });
    await waitFor(async () => !hasExited(child) && (await fetch(`http://127.0.0.1:${port}/health`)).ok, { timeoutMs: 90_000, description: `${name} /health (log ${this.logDir})` });
    return name;
  }

  /** Sends a signal to a replica (`service` for replica 0, or a name startReplica returned) and returns at once: SIGSTOP freezes it, SIGCONT wakes it. */
  signal(replica: string, signal: NodeJS.Signals): void {
    const child = this.replicas.get(replica)?.child ?? this.processes.get(replica as ServiceName);
    child?.kill(signal);
  }

  /** Like `kill`, for a replica startReplica started. */
  async killReplica(replica: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.replicas.get(replica)?.child;
    if (!child || hasExited(child)) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (signal === 'SIGTERM') child.kill('SIGCONT'); // a frozen process cannot run its shutdown
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }

  /** Each service's warnings and errors, a line per distinct message: for a failed scenario's report. */
  /**
   * Each process's warnings and errors (replicas too: raw-sink-1.log), the services that `stuck`
   * names first: CI shows only part of a long failure, so what is waited for comes before the rest.
   */
  warnings(perService = 8, stuck = ''): string {
    const files = readdirSync(this.logDir).filter((f) => f.endsWith('.log'));
    const named = (s: string) => stuck.includes(s);
    const ordered = [...SERVICES.filter(named), ...SERVICES.filter((s) => !named(s))];
    return ordered
      .flatMap((s) => files.filter((f) => f === `${s}.log` || new RegExp(`^${s}-\\d+\\.log$`).test(f)).sort())
      .map((f) => `${f.slice(0, -4)}:\n${warningDigestOfFile(join(this.logDir, f), perService).map((l) => `  ${l}`).join('\n') || '  (none)'}`)
      .join('\n');
  }

  /** Runs the `i94` CLI against this pipeline. */
  cli(args: string[], timeoutMs = 600_000): Promise<CliResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(ROOT, 'tools/cli/dist/main.js'), ...args], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('error', reject);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
  }

  /** `i94 reconcile` of one month. */
  reconcile(month: string): Promise<Reconciliation> {
    return this.cliJson<Reconciliation>(['reconcile', '--month', month, '--json']);
  }

  /** The JSON a CLI command printed, failing with its stderr when it did not succeed. */
  async cliJson<T>(args: string[]): Promise<T> {
    const result = await this.cli(args);
    if (result.code !== 0) throw new Error(`i94 ${args.join(' ')} exited ${result.code}:\n${result.stderr}\n${result.stdout}`);
    return JSON.parse(result.stdout.trim().split('\n').pop()!) as T;
  }
}
