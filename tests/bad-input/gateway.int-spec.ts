import { AvroSerde, type DeadLetter, type RawArrival } from '@i94/avro';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { createKafka, namespacedDimensionTopic, publishDimensions, topicNames } from '@i94/kafka';
import { type ConsumedMessage, randomNamespace, readTopicFrom, referenceEntries, ServiceProcess, stackEndpoints } from '@i94/testing';
import { CORPUS_GATEWAY_ENV, CSV, FEED_DATE, GATEWAY_CORPUS } from './gateway-corpus';
import { csvRow, HEADER } from './sample-rows';
import { sendRequest } from './send-request';

/** The cicid in a raw message's key ('YYYY-MM/cicid'; every case's cicids are unique across months). */
const cicidOf = (m: ConsumedMessage) => Number(String(m.key).split('/').pop());

// The gateway corpus against the BUILT gateway in its own topic namespace on the real Kafka:
// every case gets its documented status, the gateway answers a good request right after it, the
// bad lines are dead-lettered with their reason, and exactly the valid records of each request
// land on the raw topic (by cicid and count), injection strings stored as plain data.
describe('bad input at the ingest gateway (corpus)', () => {
  const endpoints = stackEndpoints();
  const namespace = randomNamespace('badinput');
  const topics = topicNames(namespace);
  const kafka = createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'bad-input-corpus' });
  const serde = AvroSerde.forUrl(endpoints.schemaRegistryUrl);
  const batchIds = new Map<string, string>();
  const ALIVE = 999; // base+999: the good record sent right after each case
  let gateway: ServiceProcess;
  let raw: ConsumedMessage[];

  beforeAll(async () => {
    // the gateway flags unknown codes against the dimension topics, as `i94 dims load` fills them
    await publishDimensions(kafka, serde, referenceEntries(), { topicFor: namespacedDimensionTopic(namespace) });
    gateway = await ServiceProcess.start('ingest-gateway', { TOPIC_NAMESPACE: namespace, RATE_LIMIT_PER_SECOND: '1000', LOG_LEVEL: 'info', ...CORPUS_GATEWAY_ENV });
  });
  afterAll(() => gateway?.stop());

  const base = (id: string) => 900_000_000 + GATEWAY_CORPUS.findIndex((c) => c.id === id) * 1000;

  it('holds at least 40 cases, each id once', () => {
    expect(GATEWAY_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(GATEWAY_CORPUS.map((c) => c.id)).size).toBe(GATEWAY_CORPUS.length);
  });

  it.each(GATEWAY_CORPUS.map((c) => [c.id, c.name, c] as const))('%s %s → documented status; the gateway stays up', async (id, _name, c) => {
    const res = await sendRequest(gateway.url, LOCAL_DEV_KEYS.producer, c.request);
    expect({ id, status: res.status }).toEqual({ id, status: c.status });
    if (c.absentHeader) expect(res.headers[c.absentHeader]).toBeUndefined();
    if (c.status === 200) {
      const reasons = c.verdicts.flatMap((v) => ('reason' in v ? [{ line: v.line, reason: v.reason }] : []));
      expect(res.body).toMatchObject({ accepted: c.lands.length, rejected: reasons.length, feedDate: FEED_DATE });
      expect((res.body?.rejections as unknown[]).map((r) => ({ line: (r as { line: number }).line, reason: (r as { reason: string }).reason }))).toEqual(reasons);
      // batch ids are made by the gateway, never taken from the client: safe in keys and headers
      expect(res.body?.batchId).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-z]+-[0-9a-f]{8}$/);
      batchIds.set(id, res.body?.batchId as string);
    } else if (res.body) {
      expect(res.body.message).toEqual(expect.any(String));
    }
    const after = await sendRequest(gateway.url, LOCAL_DEV_KEYS.producer, { feedDate: FEED_DATE, contentType: CSV, body: `${HEADER}\n${csvRow(base(id) + ALIVE)}\n` });
    expect({ id, after: after.status, accepted: after.body?.accepted }).toEqual({ id, after: 200, accepted: 1 });
  });

  it('lands exactly the valid records of every request, once each, and nothing of the refused ones', async () => {
    const expected = GATEWAY_CORPUS.reduce((sum, c) => sum + c.lands.length + 1, 0);
    let seen: ConsumedMessage[] = [];
    // on a timeout, compare what did arrive: the per-case message says which request lost records
    raw = await readTopicFrom(kafka, topics.raw, new Map(), (ms) => (seen = ms).length >= expected, 60_000).catch(() => seen);
    const landed = new Map<number, number>();
    for (const m of raw) landed.set(cicidOf(m), (landed.get(cicidOf(m)) ?? 0) + 1);
    for (const c of GATEWAY_CORPUS) {
      const mine = [...c.sent, base(c.id) + ALIVE].filter((cicid) => landed.has(cicid)).sort();
      const counts = mine.map((cicid) => landed.get(cicid));
      expect({ id: c.id, landed: mine, counts }).toEqual({ id: c.id, landed: [...c.lands, base(c.id) + ALIVE].sort(), counts: mine.map(() => 1) });
    }
    expect(raw).toHaveLength(expected);
  });

  it('keeps injection strings as plain data and flags unknown codes', async () => {
    const byCicid = new Map(raw.map((m) => [cicidOf(m), m.value]));
    for (const c of GATEWAY_CORPUS) {
      for (const s of c.stored ?? []) {
        const record = await serde.decode<RawArrival>(byCicid.get(s.cicid)!);
        expect({ id: c.id, field: s.field, value: (record as unknown as Record<string, unknown>)[s.field] }).toEqual({ id: c.id, field: s.field, value: s.value });
      }
      for (const v of c.verdicts.filter((x) => 'flag' in x)) {
        const cicid = c.lands.find((x) => x % 1000 === 3)!;
        const record = await serde.decode<RawArrival>(byCicid.get(cicid)!);
        expect({ id: c.id, flags: record.qualityFlags }).toEqual({ id: c.id, flags: expect.arrayContaining(['flag' in v ? v.flag : '']) });
      }
    }
  });

  it('dead-letters every refused line with its reason, its line and its bytes', async () => {
    const wanted = GATEWAY_CORPUS.flatMap((c) => c.verdicts.flatMap((v) => ('reason' in v ? [{ id: c.id, batchId: batchIds.get(c.id)!, ...v }] : [])));
    const dlq = await readTopicFrom(kafka, topics.dlq, new Map(), (ms) => ms.length >= wanted.length, 90_000);
    const letters = await Promise.all(dlq.map((m) => serde.decode<DeadLetter>(m.value)));
    for (const w of wanted) {
      const letter = letters.find((l) => l.batchId === w.batchId && l.sourceLine === w.line);
      expect({ id: w.id, line: w.line, reason: letter?.reasonCode }).toEqual({ id: w.id, line: w.line, reason: w.reason });
      expect(letter!.payload.length).toBeGreaterThan(0);
      expect(letter!.payload.length).toBeLessThanOrEqual(4096); // a 10 MB line is kept as a preview
    }
    expect(letters).toHaveLength(wanted.length);
  });
});
