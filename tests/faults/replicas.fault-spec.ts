import { join } from 'node:path';
import { topicNames } from '@i94/kafka';
import { expectExactlyOnce, settledCounts } from '../support/fault-checks';
import { faultPipeline } from '../support/fault-pipeline';
import { faultScale } from '../support/fault-scale';
import { faultStack } from '../support/fault-stack';
import { type ServiceName } from '../support/pipeline';
import { cassandraArrivals, committedRecords, rolledPositions, summary } from '../support/replica-checks';

const RECORDS = faultScale.replicaRecords;
const SESSION_TIMEOUT_MS = 10_000;
const WORKERS: ServiceName[] = ['enricher', 'raw-sink', 'parquet-rollup'];
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Three replicas each of enricher, raw-sink and parquet-rollup during a push: replicas leave
// gracefully and join again, are killed with SIGKILL and restarted, two are frozen with SIGSTOP
// past the session timeout and woken with SIGCONT (zombies), and the broker restarts in the
// middle. The checks read the data itself: every Parquet object under the prefix, the enriched
// and raw topics with read_committed (exactly one copy per pushed cicid in each), every row of
// Cassandra's arrivals table, the aggregates.
describe(`faults (${faultScale.name}): three replicas of each worker during a ${RECORDS.toLocaleString('en-US')}-record push`, () => {
  const { pipeline, log } = faultPipeline('three replicas of each worker', { ROLL_MAX_ROWS: '20000', KAFKA_SESSION_TIMEOUT_MS: String(SESSION_TIMEOUT_MS) });

  it('rolls every enriched position once, holds one raw and one enriched copy per pushed cicid, writes every arrival once', async () => {
    for (const worker of WORKERS) for (const index of [1, 2]) await pipeline.startReplica(worker, index);
    log.note('3 replicas each of enricher, raw-sink, parquet-rollup');
    const file = join(pipeline.logDir, 'feed.csv');
    expect((await pipeline.cli(['generate', '--records', String(RECORDS), '--month', '2016-04', '--out', file, '--seed', '15'])).code).toBe(0);
    const push = pipeline.cliJson<{ accepted: number; rejected: number; retries: number }>(['feed', 'push', file, '--by-day', '--json']);
    push.catch((error: Error) => log.note(`push failed: ${error.message.slice(0, 600)}`));
    log.note(`push of ${RECORDS} records started`);

    await pause(3000);
    await pipeline.killReplica('raw-sink#1', 'SIGTERM');
    log.note('raw-sink#1 left (SIGTERM); joining again');
    await pipeline.startReplica('raw-sink', 1);
    await Promise.all([pipeline.killReplica('parquet-rollup#2'), pipeline.killReplica('enricher#2')]);
    log.note('kill -9 parquet-rollup#2 and enricher#2; restarting');
    await Promise.all([pipeline.startReplica('parquet-rollup', 2), pipeline.startReplica('enricher', 2)]);

    for (const zombie of ['enricher#1', 'parquet-rollup#1']) pipeline.signal(zombie, 'SIGSTOP');
    log.note(`SIGSTOP enricher#1 and parquet-rollup#1 for ${(SESSION_TIMEOUT_MS + faultScale.freezePastTimeoutMs) / 1000} s (session timeout ${SESSION_TIMEOUT_MS / 1000} s)`);
    await pause(SESSION_TIMEOUT_MS + faultScale.freezePastTimeoutMs);
    for (const zombie of ['enricher#1', 'parquet-rollup#1']) pipeline.signal(zombie, 'SIGCONT');
    log.note('SIGCONT: the zombies wake');

    await faultStack.stop('kafka');
    log.note('Kafka stopped');
    await faultStack.start('kafka');
    log.note('Kafka started again');
    await pipeline.killReplica('parquet-rollup#2', 'SIGTERM');
    log.note('parquet-rollup#2 left (SIGTERM); joining again');
    await pipeline.startReplica('parquet-rollup', 2);

    const pushed = await push;
    log.note(`push done: ${JSON.stringify({ accepted: pushed.accepted, rejected: pushed.rejected, retries: pushed.retries })}`);
    expect(pushed).toMatchObject({ accepted: RECORDS, rejected: 0 });
    await Promise.all(WORKERS.map((w) => pipeline.healthy(w)));

    const counts = await settledCounts(pipeline, log);
    const topics = topicNames(pipeline.namespace);
    const [rolled, enriched, raw, cassandra] = [await rolledPositions(pipeline.bucket), await committedRecords(topics.enriched), await committedRecords(topics.raw), await cassandraArrivals(pipeline.keyspace)];
    const rolledSummary = summary(rolled.positions);
    const missing = [...enriched.positions].filter((p) => !rolled.positions.has(p)).length;
    const extra = [...rolled.positions.keys()].filter((p) => !enriched.positions.has(p)).length;
    const enrichedNotRaw = [...new Set([...enriched.copies.keys(), ...raw.copies.keys()])].filter((k) => enriched.copies.get(k) !== raw.copies.get(k)).length;
    log.note(`Parquet, every object read (${rolled.objects}): ${JSON.stringify(rolledSummary)}; enriched positions ${enriched.positions.size}, not rolled ${missing}, rolled but not in the topic ${extra}`);
    log.note(`enriched (read_committed) ${JSON.stringify(summary(enriched.copies))}; raw ${JSON.stringify(summary(raw.copies))}; keys whose enriched copies differ from their raw copies ${enrichedNotRaw}`);
    log.note(`Cassandra arrivals_by_key scanned: ${JSON.stringify(summary(cassandra))}`);

    expect({ repeated: rolledSummary.repeated, missing, extra }).toEqual({ repeated: 0, missing: 0, extra: 0 });
    // Exactly one copy per pushed cicid, read_committed: a request the gateway answered with an
    // error (the broker restart) left nothing (its transaction was aborted), and the CLI's resend
    // wrote the only copy. The enricher then enriched each raw copy once.
    expect({ enriched: summary(enriched.copies), raw: summary(raw.copies), enrichedNotRaw }).toEqual({
      enriched: { distinct: RECORDS, total: RECORDS, repeated: 0 },
      raw: { distinct: RECORDS, total: RECORDS, repeated: 0 },
      enrichedNotRaw: 0,
    });
    expect(summary(cassandra)).toEqual({ distinct: RECORDS, total: RECORDS, repeated: 0 });
    expectExactlyOnce(counts, RECORDS, counts.reconcile.accepted);
  });
});
