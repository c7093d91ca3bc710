import { AvroSerde, type EnrichedArrival, type RawArrival } from '@i94/avro';
import { arrivalKeyString } from '@i94/domain';
import { createKafka, namespacedDimensionTopic, publishDimensions, readTopicToEnd } from '@i94/kafka';
import { createNamespaceTopics, groupCaughtUp, produceAll, randomGroup, randomNamespace, referenceEntries, sampleRawArrivals, ServiceProcess, stackEndpoints, waitFor } from '@i94/testing';

const RECORDS = 200_000;
const SESSION_TIMEOUT_MS = 10_000;

/** The sample 200 times over, each copy a different arrival (cicid moved by 10 million per copy). */
async function backlog(batchId: string): Promise<RawArrival[]> {
  const sample = await sampleRawArrivals(batchId);
  return Array.from({ length: RECORDS }, (_, i) => {
    const base = sample[i % sample.length];
    return { ...base, cicid: base.cicid + Math.floor(i / sample.length) * 10_000_000 };
  });
}

// Two enrichers in one group over a backlog; one is frozen (SIGSTOP) past the session timeout
// while it holds a batch, its partitions go to the other, and it wakes (SIGCONT) still holding
// that batch. Read with read_committed, the enriched topic must hold every arrival exactly once:
// the woken member's transaction must be fenced, not committed on top of its successor's.
describe('enricher: a member frozen past its session timeout and woken (a zombie)', () => {
  const endpoints = stackEndpoints();
  const kafka = createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'enricher-zombie-test' });
  const serde = AvroSerde.forUrl(endpoints.schemaRegistryUrl);
  const namespace = randomNamespace('zombie');
  const group = randomGroup('zombie');
  const members: ServiceProcess[] = [];
  let topics: Awaited<ReturnType<typeof createNamespaceTopics>>;

  const start = async (instance: string) => {
    const member = await ServiceProcess.start('enricher', {
      TOPIC_NAMESPACE: namespace, CONSUMER_GROUP: group, ENRICHER_INSTANCE: instance, KAFKA_SESSION_TIMEOUT_MS: String(SESSION_TIMEOUT_MS), LOG_LEVEL: 'info',
    });
    members.push(member);
    return member;
  };
  const batchesOf = (member: ServiceProcess) => member.output.split('\n').filter((l) => l.includes('"batch enriched"')).length;

  beforeAll(async () => {
    await publishDimensions(kafka, serde, referenceEntries(), { topicFor: namespacedDimensionTopic(namespace) });
    topics = await createNamespaceTopics(kafka, namespace);
    const raw = await backlog('zombie');
    await produceAll(kafka, topics.raw, await Promise.all(raw.map(async (a) => ({ key: arrivalKeyString(a), value: await serde.encode('i94.arrivals.raw.v1', a, topics.raw), headers: { batchId: a.batchId } }))));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(members.map((m) => m.stop()));
  });

  it('fences the woken member: every arrival once in the enriched topic', async () => {
    const a = await start(`zombie-a-${group.slice(-6)}`);
    await waitFor(() => batchesOf(a) > 0, { timeoutMs: 60_000, description: 'member a to commit a batch' });
    const b = await start(`zombie-b-${group.slice(-6)}`);
    await waitFor(() => batchesOf(b) > 0, { timeoutMs: 90_000, description: 'member b to be given partitions and commit a batch' });
    a.signal('SIGSTOP');
    await new Promise((r) => setTimeout(r, SESSION_TIMEOUT_MS + 5_000)); // the freeze itself is the fault
    a.signal('SIGCONT');
    await waitFor(() => groupCaughtUp(kafka, `${namespace}${group}`, topics.raw), { timeoutMs: 240_000, intervalMs: 1000, description: 'the group to commit the whole raw topic' });

    const copies = new Map<string, number>();
    await readTopicToEnd(kafka, topics.enriched, async (message) => {
      const key = arrivalKeyString(await serde.decode<EnrichedArrival>(message.value as Buffer));
      copies.set(key, (copies.get(key) ?? 0) + 1);
    });
    const duplicated = [...copies.values()].filter((n) => n > 1).length;
    const total = [...copies.values()].reduce((n, c) => n + c, 0);
    process.stdout.write(`zombie: ${total} enriched records (read_committed) for ${copies.size} arrivals, ${duplicated} arrivals more than once\n`);
    expect({ total, arrivals: copies.size, duplicated }).toEqual({ total: RECORDS, arrivals: RECORDS, duplicated: 0 });
  }, 420_000);
});
