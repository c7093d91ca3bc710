import { Client } from 'cassandra-driver';
import { type RawArrival } from '@i94/avro';
import { applyMigrations, ARRIVAL_COLUMNS, ARRIVALS_TABLE, byKeyParams, DEFAULT_MIGRATIONS_DIR, readMigrations, SINGLE_NODE_REPLICATION } from '../src';
import { randomKeyspace, sampleRawArrivals, stackEndpoints } from '@i94/testing';

// Migrations 006/007 on a keyspace filled by the schema before them (arrivals keyed by cicid
// alone): every keyed row is copied with its values, nothing is dropped, a row written to the new
// table in between keeps its newer copy, and a second run does nothing.
describe('the arrival-key migration on a keyspace holding data', () => {
  const endpoints = stackEndpoints();
  const keyspace = randomKeyspace('keymig');
  const cassandra = new Client({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc });
  const upTo = (version: number) => readMigrations(DEFAULT_MIGRATIONS_DIR, keyspace, SINGLE_NODE_REPLICATION).filter((m) => m.version <= version);
  const count = async (table: string) => Number((await cassandra.execute(`SELECT count(*) FROM ${keyspace}.${table}`)).first().count);
  const legacyInsert = `INSERT INTO ${keyspace}.arrivals_by_id (${ARRIVAL_COLUMNS.join(', ')}) VALUES (${ARRIVAL_COLUMNS.map(() => '?').join(', ')})`;
  let sample: RawArrival[];

  beforeAll(async () => {
    sample = await sampleRawArrivals('keymig-test');
  });
  afterAll(async () => {
    await cassandra.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`).catch(() => undefined);
    await cassandra.shutdown();
  });

  it('copies every keyed row of arrivals_by_id to arrivals_by_key and loses none', async () => {
    await applyMigrations(cassandra, keyspace, upTo(5));
    const unkeyed: RawArrival = { ...sample[0], cicid: 900_000_001, i94mon: null };
    const rows = [...sample, unkeyed].map((value, offset) => byKeyParams(value, { topic: 'raw', partition: 0, offset }, new Date('2026-11-01T00:00:00Z')));
    for (const params of rows) await cassandra.execute(legacyInsert, params, { prepare: true });
    const before = await count('arrivals_by_id');

    await applyMigrations(cassandra, keyspace, upTo(6));
    // raw-sink, already on the new table, writes the first arrival again between 006 and 007
    const rewritten = byKeyParams({ ...sample[0], batchId: 'written-after-006' }, { topic: 'raw', partition: 0, offset: 5000 }, new Date());
    await cassandra.execute(`INSERT INTO ${keyspace}.${ARRIVALS_TABLE} (${ARRIVAL_COLUMNS.join(', ')}) VALUES (${ARRIVAL_COLUMNS.map(() => '?').join(', ')})`, rewritten, { prepare: true });
    const report = await applyMigrations(cassandra, keyspace, upTo(7));

    console.log(`arrival-key migration: arrivals_by_id ${before} rows before; ${report.notes.join('; ')}; arrivals_by_id ${await count('arrivals_by_id')} and ${ARRIVALS_TABLE} ${await count(ARRIVALS_TABLE)} rows after`);
    expect(before).toBe(1001);
    expect(report.applied).toEqual(['007_copy_arrivals_by_id']);
    expect(report.notes).toEqual([`007_copy_arrivals_by_id: copied 1000 rows from arrivals_by_id to ${ARRIVALS_TABLE}; 1 row without i94yr/i94mon left in arrivals_by_id`]);
    expect(await count('arrivals_by_id')).toBe(1001);
    expect(await count(ARRIVALS_TABLE)).toBe(1000);

    const copied = new Map((await cassandra.execute(`SELECT cicid, i94yr, i94mon, i94port, admnum, batch_id, kafka_offset FROM ${keyspace}.${ARRIVALS_TABLE}`)).rows.map((r) => [Number(r.cicid), r]));
    for (const arrival of sample.slice(1)) {
      expect(copied.get(arrival.cicid)).toMatchObject({ i94yr: arrival.i94yr, i94mon: arrival.i94mon, i94port: arrival.i94port, batch_id: 'keymig-test' });
    }
    expect(copied.get(sample[0].cicid)).toMatchObject({ batch_id: 'written-after-006' });
  });

  it('applies nothing the second time', async () => {
    const again = await applyMigrations(cassandra, keyspace, upTo(7));
    expect(again).toMatchObject({ applied: [], notes: [] });
    expect(await count(ARRIVALS_TABLE)).toBe(1000);
  });
});
