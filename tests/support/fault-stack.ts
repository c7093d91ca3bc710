import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const PROFILE = 'faults';

/** A server of the local stack, as deploy/local/stack.sh names it. */
export type StackServer = 'kafka' | 'schema-registry' | 'cassandra' | 's3';

/**
 * The variables of deploy/local/profiles/faults.env: the fault stack's ports and directory, and
 * the KAFKA_BROKERS, SCHEMA_REGISTRY_URL, CASSANDRA_CONTACT_POINTS and S3_ENDPOINT that point
 * the services and the CLI at it. One file, read by stack.sh and by the tests alike.
 */
export function faultStackEnv(): Record<string, string> {
  const text = readFileSync(join(ROOT, 'deploy/local/profiles', `${PROFILE}.env`), 'utf8');
  const entries = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const at = line.indexOf('=');
      return [line.slice(0, at), line.slice(at + 1)] as const;
    });
  return Object.fromEntries(entries);
}

/** Runs `stack.sh <args>` on the fault stack; rejects with the end of its output when it fails. */
function stackSh(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(ROOT, 'deploy/local/stack.sh'), ...args], { env: { ...process.env, STACK_PROFILE: PROFILE }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`stack.sh ${args.join(' ')} exited ${code}:\n${output.slice(-2000)}`))));
  });
}

/**
 * The fault tests' own stack instance (STACK_PROFILE=faults), whose servers a scenario may stop
 * and start: the shared stack on the default ports is never touched.
 */
export const faultStack = {
  /** Starts the server and waits until it answers (stack.sh up: migrations and bucket included). */
  start: (server: StackServer) => stackSh(['up', server]),
  /** Stops the server (SIGTERM to its process group; SIGKILL after 30 s). */
  stop: (server: StackServer) => stackSh(['down', server]),
  /** Every server up: a scenario that failed half-way must not leave the next one without a server. */
  ensureUp: () => stackSh(['up']),
};
