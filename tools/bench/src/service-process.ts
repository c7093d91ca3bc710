import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { serviceNodeFlags } from '@i94/config';
import { freePort } from '@i94/testing';
import { procStatusMb } from './proc-memory';

/** The built services `i94 bench` runs, as `services/<name>/dist/main.js`. */
export type ServiceName = 'ingest-gateway' | 'enricher' | 'raw-sink' | 'parquet-rollup' | 'compactor' | 'query-api';

/** Polls `probe` every `intervalMs` until it is true; fails with `what` after `timeoutMs`. */
export async function pollUntil(probe: () => Promise<boolean>, what: string, timeoutMs: number, intervalMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      if (await probe()) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * One built service running as a child process on a free port, its output in a log file. Its
 * peak resident memory is read from /proc (VmHWM) just before it is stopped.
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  peakRssMb = 0;

  private constructor(
    readonly service: ServiceName,
    readonly port: number,
    private readonly root: string,
    private readonly logFile: string,
  ) {}

  /**
   * Starts `service` with `env`; waits until it answers /health unless `healthy` is false (a stage
   * timing a backlog starts polling at once: a service may consume before it answers).
   */
  static async start(service: ServiceName, root: string, logDir: string, env: NodeJS.ProcessEnv, healthy = true): Promise<ServiceProcess> {
    const port = await freePort();
    const proc = new ServiceProcess(service, port, root, join(logDir, `${service}-${port}.log`));
    proc.spawn(env);
    if (healthy) await pollUntil(async () => (await fetch(`${proc.url}/health`)).ok, `${service} /health (log ${proc.logFile})`, 90_000);
    return proc;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  private stopping = false;

  private spawn(env: NodeJS.ProcessEnv): void {
    const log = createWriteStream(this.logFile, { flags: 'a' });
    // started like deploy/local/services.sh starts it (V8 flags of deploy/node-flags), so the bench measures the product's memory
    const child = spawn(process.execPath, [...serviceNodeFlags(this.root), join(this.root, 'services', this.service, 'dist/main.js')], { env: { ...env, PORT: String(this.port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    this.child = child;
  }

  /** Samples the peak RSS so far (VmHWM); cheap enough to call every poll. Fails if the service died. */
  sampleMemory(): number {
    const child = this.child;
    if (!this.stopping && child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`${this.service} exited (${child.exitCode ?? child.signalCode}); its log: ${this.logFile}`);
    }
    const hwm = this.pid === undefined ? null : procStatusMb(this.pid, 'VmHWM');
    if (hwm !== null) this.peakRssMb = Math.max(this.peakRssMb, hwm);
    return this.peakRssMb;
  }

  /** A counter or gauge of the service's /metrics, summed over its labels; 0 while it does not answer yet. */
  async metric(name: string): Promise<number> {
    const res = await fetch(`${this.url}/metrics`).catch(() => null);
    if (!res?.ok) return 0;
    const text = await res.text();
    return text
      .split('\n')
      .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
      .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
  }

  /** SIGTERM, SIGKILL after 15 s; records the peak RSS first. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.sampleMemory();
    this.stopping = true;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
  }
}
