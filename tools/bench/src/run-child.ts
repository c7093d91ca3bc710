import { spawn } from 'node:child_process';
import { procStatusMb } from './proc-memory';

/** How a child command ended, how long it took, and its peak RSS. */
export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  millis: number;
  peakRssMb: number;
}

/**
 * Runs a command to its end, sampling its peak RSS (VmHWM) and calling `tick` every 250 ms
 * (so the caller can sample the services it talks to). Fails on a non-zero exit.
 */
export function runChild(command: string, args: string[], env: NodeJS.ProcessEnv, tick: () => void = () => undefined): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakRssMb = 0;
    const sample = () => {
      const hwm = child.pid === undefined ? null : procStatusMb(child.pid, 'VmHWM');
      if (hwm !== null) peakRssMb = Math.max(peakRssMb, hwm);
      tick();
    };
    const timer = setInterval(sample, 250);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      const run = { code, stdout, stderr, millis: Date.now() - started, peakRssMb };
      if (code === 0) resolve(run);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr.slice(-2000)}\n${stdout.slice(-1000)}`));
    });
  });
}
