import { randomBytes, randomUUID } from 'node:crypto';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { ARRIVALS_TABLE, createCassandraClient } from '@i94/cassandra';
import { findUp } from '@i94/command-line';
import { toNdjsonLine } from '@i94/domain';
import { generateRecords, learnFromSample, SAMPLE_RELATIVE_PATH } from '@i94/sample-data';
import { type LatencyFigures, type LatencyResult } from '../bench-results';
import { groupProgress, topicTotal } from '../kafka-progress';
import { pollUntil } from '../service-process';
import { percentile } from '../stats';
import { type PipelineServices } from './pipeline-stage';
import { type StageContext } from './stage-run';

/** cicids of the latency records start here, far above any generated feed's. */
const FIRST_CICID = 900_000_000;
const TICKS_PER_SECOND = 10;

/**
 * One NDJSON request straight to the gateway, with no retry: a slow or refused answer is what this
 * stage measures, so it shows as it is instead of being retried away.
 */
async function postRecords(gatewayUrl: string, feedDate: string, body: Buffer): Promise<void> {
  const response = await fetch(`${gatewayUrl}/v1/feeds/${feedDate}/records`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', 'x-source-file': 'latency.ndjson', 'idempotency-key': randomUUID(), 'x-api-key': process.env.I94_API_KEY || LOCAL_DEV_KEYS.producer },
    body,
  });
  const answer = await response.text();
  if (!response.ok) throw new Error(`latency push failed: HTTP ${response.status} ${answer}`);
}

export const figuresOf = (latencies: number[]): LatencyFigures => ({ count: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.length ? latencies.reduce((m, v) => Math.max(m, v), -Infinity) : Number.NaN });

/**
 * True once `count` reaches `total`, or has not moved for 5 s (records fetched before the
 * watcher's first fetch are not seen: the figures then say how many were).
 */
function quietOrDone(count: () => number, total: number): () => Promise<boolean> {
  let last = -1;
  let since = Date.now();
  return async () => {
    const now = count();
    if (now !== last) [last, since] = [now, Date.now()];
    return now >= total || (now > 0 && Date.now() - since > 5000);
  };
}

/** The request bodies: `perTick` NDJSON records each, `ticks` of them. */
async function latencyBodies(month: string, perTick: number, ticks: number): Promise<Buffer[]> {
  const model = await learnFromSample(findUp(SAMPLE_RELATIVE_PATH)!);
  const lines = [...generateRecords(model, { count: perTick * ticks, month, seed: 8, firstCicid: FIRST_CICID, messyShare: 0 })].map(toNdjsonLine);
  return Array.from({ length: ticks }, (_, i) => Buffer.from(`${lines.slice(i * perTick, (i + 1) * perTick).join('\n')}\n`));
}

/** Milliseconds from each record's ingestedAt (set by the gateway) until a read_committed consumer sees it enriched. */
async function watchEnriched(ctx: StageContext, into: number[]): Promise<() => Promise<void>> {
  const consumer = ctx.ns.kafka.consumer({ groupId: `${ctx.ns.namespace}bench-latency-${randomBytes(3).toString('hex')}` });
  await consumer.connect();
  await consumer.subscribe({ topic: ctx.ns.topics.enriched, fromBeginning: false });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  void consumer.run({
    eachBatch: async ({ batch }) => {
      const seen = Date.now();
      for (const m of batch.messages) {
        if (!m.value || Number(m.key?.toString()) < FIRST_CICID) continue;
        const { ingestedAt } = await ctx.ns.serde.decode<{ ingestedAt: number }>(m.value);
        into.push(seen - ingestedAt);
      }
    },
  });
  await joined;
  return () => consumer.disconnect();
}

/** Milliseconds from ingestedAt to the row's write time in Cassandra (WRITETIME: the driver's timestamp of raw-sink's upsert). */
async function cassandraLatencies(ctx: StageContext, count: number): Promise<number[]> {
  const { env, keyspace } = ctx.ns;
  const client = createCassandraClient({ contactPoints: env.CASSANDRA_CONTACT_POINTS, localDataCenter: env.CASSANDRA_LOCAL_DC });
  const latencies: number[] = [];
  try {
    const query = `SELECT ingested_at, writetime(kafka_offset) AS w FROM ${keyspace}.${ARRIVALS_TABLE} WHERE cicid IN ?`;
    for (let i = 0; i < count; i += 100) {
      const ids = Array.from({ length: Math.min(100, count - i) }, (_, k) => FIRST_CICID + i + k);
      const rs = await client.execute(query, [ids], { prepare: true });
      for (const row of rs.rows) latencies.push(Number(row.w) / 1000 - (row.ingested_at as Date).getTime());
    }
  } finally {
    await client.shutdown();
  }
  return latencies;
}

/**
 * P7: with the pipeline idle, NDJSON requests at a steady `rate` (a tenth of a second's records
 * every 100 ms) for `seconds`; latency per record to the enriched topic and to its Cassandra row.
 */
export async function runLatency(ctx: StageContext, services: PipelineServices, rate: number, seconds: number): Promise<LatencyResult> {
  const perTick = Math.max(1, Math.round(rate / TICKS_PER_SECOND));
  const ticks = seconds * TICKS_PER_SECOND;
  const bodies = await latencyBodies(ctx.month, perTick, ticks);
  const enriched: number[] = [];
  const stopWatching = await watchEnriched(ctx, enriched);
  const feedDate = `${ctx.month}-15`;
  const sent: Promise<unknown>[] = [];
  const started = Date.now();
  try {
    for (const [i, body] of bodies.entries()) {
      const due = started + (i * 1000) / TICKS_PER_SECOND;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      sent.push(postRecords(services['ingest-gateway'].url, feedDate, body));
      Object.values(services).forEach((s) => s.sampleMemory());
    }
    await Promise.all(sent);
    const total = perTick * ticks;
    await pollUntil(quietOrDone(() => enriched.length, total), `${total} enriched records`, 120_000);
    const raw = await topicTotal(ctx.ns.kafka, ctx.ns.topics.raw);
    await pollUntil(async () => (await groupProgress(ctx.ns.kafka, `${ctx.ns.namespace}i94-raw-sink`, ctx.ns.topics.raw)) >= raw, 'raw-sink to catch up', 120_000);
    const toCassandra = await cassandraLatencies(ctx, total);
    const result = {
      ratePerSecond: perTick * TICKS_PER_SECOND, seconds, sent: total, toEnriched: figuresOf(enriched), toCassandra: figuresOf(toCassandra),
      peakRssMb: Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s.sampleMemory()])),
    };
    ctx.log(`latency: enriched p50 ${result.toEnriched.p50} p99 ${result.toEnriched.p99} ms; cassandra p50 ${result.toCassandra.p50} p99 ${result.toCassandra.p99} ms`);
    return result;
  } finally {
    await stopWatching();
  }
}
