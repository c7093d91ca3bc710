import { Client } from 'cassandra-driver';
import { randomKeyspace, stackEndpoints } from '@i94/testing';

// Smoke: a row written to the real Cassandra node reads back the same, in a throwaway keyspace.
const endpoints = stackEndpoints();

describe('smoke: Cassandra', () => {
  const keyspace = randomKeyspace('smoke');
  const client = new Client({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc });

  beforeAll(async () => {
    await client.connect().catch((error: Error) => {
      throw new Error(`Cassandra at ${endpoints.cassandraContactPoints.join(',')} is not reachable: ${error.message}`);
    });
    await client.execute(`CREATE KEYSPACE ${keyspace} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`);
    await client.execute(`CREATE TABLE ${keyspace}.arrivals (cicid bigint PRIMARY KEY, i94port text)`);
  });

  afterAll(async () => {
    await client.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`).catch(() => undefined);
    await client.shutdown();
  });

  it('writes and reads a row with prepared statements', async () => {
    await client.execute(`INSERT INTO ${keyspace}.arrivals (cicid, i94port) VALUES (?, ?)`, [5748517, 'NYC'], { prepare: true });
    const result = await client.execute(`SELECT cicid, i94port FROM ${keyspace}.arrivals WHERE cicid = ?`, [5748517], { prepare: true });
    expect(result.rows).toHaveLength(1);
    expect(Number(result.first().cicid)).toBe(5748517);
    expect(result.first().i94port).toBe('NYC');
  });
});
