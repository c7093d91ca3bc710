import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { waitFor } from './wait-for';

const ROOT = join(__dirname, '../../..');

/** A free TCP port on the loopback interface. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * One BUILT service (services/<name>/dist/main.js) as a child process on a free port, with its
 * stdout and stderr kept in memory: tests read what the service logged, as an operator would.
 */
export class ServiceProcess {
  private log = '';

  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (d: Buffer) => (this.log += d.toString('utf8')));
    child.stderr?.on('data', (d: Buffer) => (this.log += d.toString('utf8')));
  }

  /** Starts `service` with `env` on top of this process's environment; resolves once /health answers. */
  static async start(service: string, env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [join(ROOT, 'services', service, 'dist/main.js')], {
      env: { ...process.env, KAFKAJS_NO_PARTITIONER_WARNING: '1', NODE_NO_WARNINGS: '1', ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const running = new ServiceProcess(`http://127.0.0.1:${port}`, child);
    await waitFor(async () => running.alive && (await fetch(`${running.url}/health`)).ok, {
      timeoutMs: 90_000,
      description: `${service} /health`,
    }).catch((error: Error) => {
      child.kill('SIGKILL');
      throw new Error(`${error.message}\n${running.output}`);
    });
    return running;
  }

  /** Everything the service wrote to stdout and stderr so far. */
  get output(): string {
    return this.log;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends a signal and returns at once: SIGSTOP freezes the process (a long GC pause, a frozen VM), SIGCONT wakes it. */
  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** SIGTERM (the service flushes in its shutdown hooks) and wait for the exit; SIGKILL after 15 s. */
  async stop(): Promise<void> {
    if (!this.alive) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}
