import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'cassandra-driver';
import { type RawArrival } from '@i94/avro';
import { migrate, RawArrivalWriter } from '@i94/cassandra';
import { randomKeyspace, sampleRawArrivals, stackEndpoints } from '@i94/testing';
import { AppModule } from '../src/app.module';
import { loadServiceConfig } from '../src/config';

/**
 * The query API in-process on a free port, over a fresh keyspace holding the 1,000 sample arrivals
 * (April 2016) and, as another monthly file would, the first of them again in May 2016 with the
 * same cicid: a different arrival.
 */
export interface SampleQueryApi {
  url: string;
  keyspace: string;
  cassandra: Client;
  arrivals: RawArrival[];
  stop(): Promise<void>;
}

export async function startSampleQueryApi(prefix: string): Promise<SampleQueryApi> {
  const endpoints = stackEndpoints();
  const keyspace = randomKeyspace(prefix);
  const cassandra = new Client({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc });
  await migrate({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc, keyspace });
  const arrivals = await sampleRawArrivals(`${prefix}-test`);
  const mayTwin: RawArrival = { ...arrivals[0], i94mon: 5, arrdate: (arrivals[0].arrdate as number) + 30 };
  const rows = [...arrivals, mayTwin].map((value, i) => ({ value, at: { topic: 't', partition: 0, offset: i } }));
  await new RawArrivalWriter(cassandra, keyspace, new Set(['HI', 'NY', 'FL', 'CA'])).write(rows);
  const app: INestApplication = await NestFactory.create(AppModule.forConfig(loadServiceConfig({ ...process.env, CASSANDRA_KEYSPACE: keyspace })), { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const stop = async () => {
    await app.close();
    await cassandra.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`).catch(() => undefined);
    await cassandra.shutdown();
  };
  return { url: await app.getUrl(), keyspace, cassandra, arrivals, stop };
}
