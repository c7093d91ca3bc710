import type { Client, tracker } from 'cassandra-driver';
import { ArrivalRepository, createCassandraClient, migrate, RawArrivalWriter, StateMonthRepository } from '@i94/cassandra';
import { randomKeyspace, sampleRawArrivals, stackEndpoints } from '@i94/testing';

interface Sent {
  query: string;
  params: unknown[];
  prepared: boolean;
}

/** Records every request the real driver sends, with whether it went as a prepared statement. */
class RecordingTracker implements tracker.RequestTracker {
  readonly sent: Sent[] = [];
  shutdown() {}
  onSuccess(_host: unknown, query: string | { query: string; params: unknown[] }[], params: unknown[], options: { isPrepared(): boolean }) {
    for (const q of typeof query === 'string' ? [{ query, params }] : query) this.sent.push({ query: q.query, params: q.params ?? [], prepared: options.isPrepared() });
  }
  onError(...args: Parameters<RecordingTracker['onSuccess']>) {
    this.onSuccess(...args);
  }
}

const INJECTION = "x'); DROP TABLE arrivals_by_key; --";

// CQL only through prepared statements, checked at the driver: the platform's writers and query
// repositories run against the real Cassandra with a client built as the services build it, and
// every request the driver sends is prepared, carries its values as bound parameters and no literal.
describe('CQL through prepared statements only', () => {
  const endpoints = stackEndpoints();
  const keyspace = randomKeyspace('prepared');
  const recording = new RecordingTracker();
  let client: Client;

  beforeAll(async () => {
    await migrate({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc, keyspace });
    client = createCassandraClient({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc });
    // set after construction: the driver reads client.options.requestTracker on every request
    (client as unknown as { options: { requestTracker: tracker.RequestTracker } }).options.requestTracker = recording;
  });
  afterAll(async () => {
    await client.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`).catch(() => undefined);
    await client.shutdown();
  });

  it('writes and reads arrivals and aggregates with prepared statements, values bound, injection strings kept as data', async () => {
    const arrivals = (await sampleRawArrivals('prepared-test')).slice(0, 20).map((a) => ({ ...a, occup: INJECTION, visapost: INJECTION }));
    await new RawArrivalWriter(client, keyspace, new Set(['HI', 'NY'])).write(arrivals.map((value, i) => ({ value, at: { topic: 't', partition: 0, offset: i } })));
    const arrivalsRepo = new ArrivalRepository(client, keyspace);
    const aggregates = new StateMonthRepository(client, keyspace);
    const [first] = arrivals;
    expect(await arrivalsRepo.byKey({ i94yr: first.i94yr!, i94mon: first.i94mon!, cicid: first.cicid })).toMatchObject({ occup: INJECTION, visapost: INJECTION });
    expect(await arrivalsRepo.byCicid(first.cicid)).toMatchObject([{ occup: INJECTION }]);
    await arrivalsRepo.byStateAndDate("HI' OR 1=1", '2016-04-22', 10);
    await aggregates.byMonth("2016-04' ALLOW FILTERING", "NY'; --");
    await aggregates.trend('NY', '2016-01', '2016-12');
    await aggregates.months();

    expect(recording.sent.length).toBeGreaterThan(20);
    for (const s of recording.sent) {
      expect({ query: s.query, prepared: s.prepared }).toEqual({ query: s.query, prepared: true });
      expect(s.query).not.toMatch(/'/); // no literal: every value is a bound parameter
      expect((s.query.match(/\?/g) ?? []).length).toBe(s.params.length);
    }
  });
});
