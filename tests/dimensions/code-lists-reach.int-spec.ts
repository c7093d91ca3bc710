import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'cassandra-driver';
import { AvroSerde, type EnrichedArrival, type RawArrival } from '@i94/avro';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { migrate } from '@i94/cassandra';
import { createKafka, topicNames } from '@i94/kafka';
import { type ConsumedMessage, randomKeyspace, randomNamespace, readTopicFrom, REFERENCE_DIR, ServiceProcess, stackEndpoints, waitFor } from '@i94/testing';
import { csvRow, HEADER } from '../bad-input/sample-rows';

const CLI = join(__dirname, '../../tools/cli/dist/main.js');
const LABELS = 'I94_SAS_Labels_Descriptions.SAS';

// One source for code lists: the gateway's unknown-code flags, the enricher's lookups and
// raw-sink's destination_state rule all follow the dimension topics. After `i94 dims load` of a
// labels file with a new state (QX) and port (QQQ), all three know them without a restart.
describe('a changed i94 dims load reaches the gateway, the enricher and raw-sink', () => {
  const endpoints = stackEndpoints();
  const namespace = randomNamespace('dims-reach');
  const keyspace = randomKeyspace('dims_reach');
  const env = { TOPIC_NAMESPACE: namespace, CASSANDRA_KEYSPACE: keyspace, RATE_LIMIT_PER_SECOND: '1000' };
  const kafka = createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'dims-reach' });
  const serde = AvroSerde.forUrl(endpoints.schemaRegistryUrl);
  const topics = topicNames(namespace);
  const cassandra = new Client({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc });
  const changedDir = mkdtempSync(join(tmpdir(), 'i94-dims-'));
  const services: ServiceProcess[] = [];
  let gateway: ServiceProcess;
  let next = 500_000_000;

  const dimsLoad = (dir: string) => promisify(execFile)(process.execPath, [CLI, 'dims', 'load', '--dir', dir, '--json'], { env: { ...process.env, ...env } });

  beforeAll(async () => {
    await migrate({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc, keyspace });
    await dimsLoad(REFERENCE_DIR);
    gateway = await ServiceProcess.start('ingest-gateway', env);
    services.push(gateway, await ServiceProcess.start('enricher', env), await ServiceProcess.start('raw-sink', env));
    cpSync(REFERENCE_DIR, changedDir, { recursive: true });
    const labels = readFileSync(join(changedDir, LABELS), 'latin1')
      .replace("value i94addrl\r\n", "value i94addrl\r\n\t'QX'='QUEXIA'\r\n")
      .replace('  value $i94prtl\r\n', "  value $i94prtl\r\n   'QQQ'\t=\t'QUEENSTOWN, NY         '\r\n");
    writeFileSync(join(changedDir, LABELS), labels, 'latin1');
  }, 180_000);

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await cassandra.shutdown();
    rmSync(changedDir, { recursive: true, force: true });
  });

  /** Pushes one arrival to QX through QQQ and reads what each of the three stages made of it. */
  async function probe() {
    const cicid = next++;
    const res = await fetch(`${gateway.url}/v1/feeds/2016-04-22/records`, {
      method: 'POST',
      headers: { 'x-api-key': LOCAL_DEV_KEYS.producer, 'content-type': 'text/csv' },
      body: `${HEADER}\n${csvRow(cicid, { i94addr: 'QX', i94port: 'QQQ' })}\n`,
    });
    expect(res.status).toBe(200);
    // keys are 'YYYY-MM/cicid'; the record of this probe is the one whose key ends in its cicid
    const isMine = (m: ConsumedMessage) => String(m.key).split('/').pop() === String(cicid);
    const read = async <T>(topic: string) => serde.decode<T>((await readTopicFrom(kafka, topic, new Map(), (ms) => ms.some(isMine), 90_000)).find(isMine)!.value);
    const raw = await read<RawArrival>(topics.raw);
    const enriched = await read<EnrichedArrival>(topics.enriched);
    const row = await waitFor(async () => (await cassandra.execute(`SELECT destination_state FROM ${keyspace}.arrivals_by_state_date WHERE destination_state IN ('99', 'QX') AND arrival_date = '2016-04-22' AND cicid = ?`, [cicid], { prepare: true })).first(), { timeoutMs: 60_000 });
    return {
      gatewayFlags: raw.qualityFlags.filter((f) => f === 'UNKNOWN_STATE' || f === 'UNKNOWN_PORT').sort(),
      enricher: { state: enriched.destinationStateName, port: enriched.portName },
      rawSinkState: row.get('destination_state') as string,
    };
  }

  it('flags, enriches and buckets by the new codes once they are loaded', async () => {
    expect(await probe()).toEqual({ gatewayFlags: ['UNKNOWN_PORT', 'UNKNOWN_STATE'], enricher: { state: 'All Other Codes', port: null }, rawSinkState: '99' });
    const { stdout } = await dimsLoad(changedDir);
    expect(JSON.parse(stdout)).toMatchObject({ published: expect.any(Number) });
    const after = { gatewayFlags: [], enricher: { state: 'QUEXIA', port: 'QUEENSTOWN, NY' }, rawSinkState: 'QX' };
    let last: Awaited<ReturnType<typeof probe>> | undefined;
    // each stage's reader applies the new records on its own schedule: probe until all three have
    await waitFor(async () => JSON.stringify((last = await probe())) === JSON.stringify(after), { timeoutMs: 120_000 }).catch(() => undefined);
    expect(last).toEqual(after);
  }, 300_000);
});
