#!/usr/bin/env node
// Reads a namespace's enriched arrivals with kafkajs and @kafkajs/confluent-schema-registry.
//
// Subscribes to <namespace>i94.arrivals.enriched.v1 from the beginning (read_committed: the
// enricher writes in transactions), decodes every value through the schema registry's Confluent
// API, stops once no record has come for --idle-ms, and prints the counts and one decoded record.
//
//   node examples/node/consume-enriched.mjs --namespace staging. [--json]
//
// Both packages are dependencies of this repository (npm ci installs them).
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import registryClient from '@kafkajs/confluent-schema-registry';
import { Kafka, logLevel } from 'kafkajs';

const TOPIC = 'i94.arrivals.enriched.v1';
const { SchemaRegistry } = registryClient;

const { values: args } = parseArgs({
  options: {
    brokers: { type: 'string', default: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092' },
    registry: { type: 'string', default: process.env.SCHEMA_REGISTRY_URL ?? 'http://127.0.0.1:8081/apis/ccompat/v7' },
    namespace: { type: 'string', default: process.env.TOPIC_NAMESPACE ?? '' },
    group: { type: 'string', default: `i94-example-node-${randomBytes(4).toString('hex')}` },
    'idle-ms': { type: 'string', default: '5000' },
    timeout: { type: 'string', default: '120' }, // seconds to give up after when no record came at all
    json: { type: 'boolean', default: false },
  },
});

async function consume() {
  const topic = `${args.namespace}${TOPIC}`;
  const registry = new SchemaRegistry({ host: args.registry });
  const kafka = new Kafka({ clientId: 'i94-example-node', brokers: args.brokers.split(','), logLevel: logLevel.WARN });
  // a new group (by default) starts at the beginning; read_committed is kafkajs's default
  const consumer = kafka.consumer({ groupId: args.group, readUncommitted: false });
  const summary = { topic, records: 0, arrivals: 0, byFileMonth: {}, byPartition: {}, first: null };
  const keys = new Set();
  let lastRecordAt = null;
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const value = await registry.decode(message.value);
        const key = message.key.toString();
        summary.records += 1;
        keys.add(key);
        const month = key.split('/')[0]; // the key is the arrival's identity: file month/cicid
        summary.byFileMonth[month] = (summary.byFileMonth[month] ?? 0) + 1;
        summary.byPartition[partition] = (summary.byPartition[partition] ?? 0) + 1;
        summary.first ??= { key, partition, offset: Number(message.offset), value };
        lastRecordAt = Date.now();
      },
    });
    await untilIdle(() => lastRecordAt, Number(args['idle-ms']), Number(args.timeout) * 1000, topic);
  } finally {
    await consumer.disconnect();
  }
  summary.arrivals = keys.size;
  summary.byFileMonth = Object.fromEntries(Object.entries(summary.byFileMonth).sort());
  return summary;
}

/** Resolves once records came and then none for `idleMs`; rejects when none came within `timeoutMs`. */
async function untilIdle(lastRecordAt, idleMs, timeoutMs, topic) {
  const started = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const last = lastRecordAt();
    if (last !== null && Date.now() - last >= idleMs) return;
    if (last === null && Date.now() - started > timeoutMs) throw new Error(`${topic}: no record within ${timeoutMs / 1000} s`);
  }
}

const summary = await consume().catch((error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
if (args.json) {
  console.log(JSON.stringify(summary));
} else {
  console.log(`${summary.topic}: ${summary.records} records, ${summary.arrivals} arrivals (distinct keys)`);
  console.log(`by file month: ${Object.entries(summary.byFileMonth).map(([m, n]) => `${m} ${n}`).join(', ')}`);
  console.log(`by partition: ${Object.entries(summary.byPartition).map(([p, n]) => `${p}: ${n}`).join(', ')}`);
  const { first } = summary;
  if (first) console.log(`first record, key ${first.key} (partition ${first.partition}, offset ${first.offset}):\n${JSON.stringify(first.value, null, 2)}`);
}
