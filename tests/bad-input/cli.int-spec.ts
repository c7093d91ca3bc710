import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AvroSerde, type RawArrival } from '@i94/avro';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { createKafka, topicNames } from '@i94/kafka';
import { type ConsumedMessage, randomNamespace, readTopicFrom, ServiceProcess, stackEndpoints } from '@i94/testing';
import { CLI_CORPUS } from './cli-corpus';

const CLI = join(__dirname, '../../tools/cli/dist/main.js');

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (d: Buffer) => ((stdout += d), (output += d)));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output, stdout }));
  });
}

interface PushJson {
  accepted: number;
  batches: { batchId: string }[];
}

// The CLI corpus: the BUILT `i94 feed push` against the BUILT gateway in its own topic namespace.
// Each case gets its documented exit code and message, and exactly its valid records land.
describe('bad input to i94 feed push (corpus)', () => {
  const endpoints = stackEndpoints();
  const namespace = randomNamespace('badcli');
  const kafka = createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'bad-input-cli' });
  const serde = AvroSerde.forUrl(endpoints.schemaRegistryUrl);
  const root = mkdtempSync(join(tmpdir(), 'i94-bad-cli-'));
  const pushed = new Map<string, PushJson | null>();
  let gateway: ServiceProcess;

  beforeAll(async () => {
    gateway = await ServiceProcess.start('ingest-gateway', { TOPIC_NAMESPACE: namespace, RATE_LIMIT_PER_SECOND: '1000' });
  });
  afterAll(async () => {
    await gateway?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const base = (id: string) => 950_000_000 + CLI_CORPUS.findIndex((c) => c.id === id) * 1000;

  it.each(CLI_CORPUS.map((c) => [c.id, c.name, c] as const))('%s %s → documented exit code and message', async (id, _name, c) => {
    const args = await c.args(join(root, id), base(id));
    const flags = ['--gateway', gateway.url, '--json', ...(args.includes('--feed-date') ? [] : ['--feed-date', '2016-04-30'])];
    const result = await runCli(['feed', 'push', ...args, ...flags], { I94_GATEWAY_URL: '', I94_API_KEY: '' });
    expect({ id, code: result.code }).toEqual({ id, code: c.exitCode });
    expect(result.output).toMatch(c.message);
    // the key it sent never shows in what it prints, even when the gateway refused it
    const key = args.includes('--api-key') ? args[args.indexOf('--api-key') + 1] : LOCAL_DEV_KEYS.producer;
    expect(result.output).not.toContain(key);
    const last = result.stdout.trim().split('\n').pop() ?? '';
    pushed.set(id, last.startsWith('{') ? (JSON.parse(last) as PushJson) : null);
    expect(gateway.alive).toBe(true);
  });

  it('lands exactly the valid records of each push, once each, with a safe source file name', async () => {
    const expected = [...pushed.values()].reduce((sum, p) => sum + (p?.accepted ?? 0), 0);
    let seen: ConsumedMessage[] = [];
    const raw = await readTopicFrom(kafka, topicNames(namespace).raw, new Map(), (ms) => (seen = ms).length >= expected, 60_000).catch(() => seen);
    for (const c of CLI_CORPUS) {
      const batchIds = new Set(pushed.get(c.id)?.batches.map((b) => b.batchId) ?? []);
      const mine = raw.filter((m) => batchIds.has(m.headers.batchId));
      expect({ id: c.id, landed: mine.length }).toEqual({ id: c.id, landed: pushed.get(c.id)?.accepted ?? 0 });
      if (c.lands) expect({ id: c.id, cicids: mine.map((m) => Number(String(m.key).split('/').pop())).sort() }).toEqual({ id: c.id, cicids: c.lands(base(c.id)).sort() });
      for (const m of mine) expect((await serde.decode<RawArrival>(m.value)).sourceFile).toMatch(/^[\w.\- ]{1,200}$/);
    }
    expect(raw).toHaveLength(expected);
  });
});
