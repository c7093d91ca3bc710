import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { Pipeline } from '../support/pipeline';

const ROOT = join(__dirname, '../..');
const SAMPLE = join(ROOT, 'data/sample/immigration_data_sample.csv');
const run = promisify(execFile);

interface ExampleSummary {
  topic: string;
  records: number;
  arrivals: number;
  byFileMonth: Record<string, number>;
  first: { key: string; partition: number; offset: number; value: Record<string, unknown> };
}

// The fields an enriched record shares with the raw arrival the query API serves from Cassandra:
// the raw schema's, less its two logical-type fields (each client decodes dates its own way).
const SHARED_FIELDS = (JSON.parse(readFileSync(join(ROOT, 'schemas/i94.arrivals.raw.v1.avsc'), 'utf8')) as { fields: { name: string }[] }).fields
  .map((f) => f.name)
  .filter((name) => name !== 'feedDate' && name !== 'ingestedAt');
const shared = (record: Record<string, unknown>) => Object.fromEntries(SHARED_FIELDS.map((f) => [f, record[f]]));

/** The venv's python with confluent-kafka, installed (once, cached) by the project's script. */
async function pythonWithClients(): Promise<string> {
  const { stdout } = await run('bash', [join(ROOT, 'deploy/local/bench-tools.sh'), 'python-clients'], { maxBuffer: 1 << 20 });
  const python = /^BENCH_PYTHON=(.+)$/m.exec(stdout)?.[1];
  if (!python) throw new Error(`bench-tools.sh printed no BENCH_PYTHON:\n${stdout}`);
  return python;
}

// The consumer examples of examples/, as a downstream team would run them, on the sample pushed
// through the six services: each prints the counts of the namespace's enriched topic and its
// first decoded record, which must equal the arrival the query API serves.
describe('consumer examples: the enriched stream read with the standard clients', () => {
  const pipeline = new Pipeline();
  let python = '';

  beforeAll(async () => {
    const [installed] = await Promise.all([pythonWithClients(), pipeline.start()]);
    python = installed;
    const push = await pipeline.cliJson<{ accepted: number; rejected: number }>(['feed', 'push', SAMPLE, '--by-day', '--json']);
    expect(push).toMatchObject({ accepted: 1000, rejected: 0 });
    const wait = await pipeline.cli(['wait', '--timeout', '240']);
    expect({ code: wait.code, stderr: wait.stderr.slice(-500) }).toMatchObject({ code: 0 });
  }, 420_000);
  afterAll(() => pipeline.stop());

  const examples: [string, () => [string, string[]]][] = [
    ['Python (confluent-kafka, AvroDeserializer)', () => [python, [join(ROOT, 'examples/python/consume_enriched.py')]]],
    ['Node (kafkajs, @kafkajs/confluent-schema-registry)', () => [process.execPath, [join(ROOT, 'examples/node/consume-enriched.mjs')]]],
  ];

  it.each(examples)('%s prints the counts and a record equal to the API’s', async (name, command) => {
    const [file, args] = command();
    // SIGINT on timeout: a Python example then prints where it was stuck (a KeyboardInterrupt traceback)
    const { stdout } = await run(file, [...args, '--namespace', pipeline.namespace, '--json'], { env: pipeline.env, timeout: 180_000, killSignal: 'SIGINT', maxBuffer: 1 << 24 });
    const summary = JSON.parse(stdout.trim().split('\n').pop()!) as ExampleSummary;
    process.stdout.write(`${name}: ${JSON.stringify({ ...summary, first: { ...summary.first, value: '…' } })}\n`);
    expect({ topic: summary.topic, records: summary.records, arrivals: summary.arrivals, byFileMonth: summary.byFileMonth }).toEqual({
      topic: `${pipeline.namespace}i94.arrivals.enriched.v1`,
      records: 1000,
      arrivals: 1000,
      byFileMonth: { '2016-04': 1000 },
    });
    const res = await fetch(`${pipeline.url('query-api')}/v1/arrivals/${summary.first.key}`, { headers: { 'x-api-key': LOCAL_DEV_KEYS.admin } });
    expect(res.status).toBe(200);
    expect(shared(summary.first.value)).toEqual(shared((await res.json()) as Record<string, unknown>));
    expect(summary.first.value.destinationState).toEqual(expect.any(String)); // enriched, not raw
  }, 240_000);
});
