import { CreateBucketCommand, DeleteBucketCommand } from '@aws-sdk/client-s3';
import { Client } from 'cassandra-driver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { migrate } from '@i94/cassandra';
import { createKafka } from '@i94/kafka';
import { ObjectStore } from '@i94/s3-parquet';
import { ACCESS_MATRIX, createNamespaceTopics, randomBucket, randomKeyspace, randomNamespace, ServiceProcess, stackEndpoints } from '@i94/testing';
import { documentedRoutes, EVERY_ROLE, installSchemathesis, NO_FAILURES, runSchemathesis } from './schemathesis';

// The compactor's admin API against its OpenAPI document (harness: schemathesis.ts), with each
// role's key. schemathesis asks for compactions and rebuilds of any month it makes up, so the
// compactor runs on nothing real: a namespace, an empty bucket and a keyspace of its own. Every
// compaction it asks for finds no files and is skipped; no data is read, written or dropped.
describe('compactor OpenAPI (schemathesis --checks all)', () => {
  const endpoints = stackEndpoints();
  const env = { TOPIC_NAMESPACE: randomNamespace('openapi'), S3_BUCKET: randomBucket('openapi'), CASSANDRA_KEYSPACE: randomKeyspace('openapi') };
  const workDir = mkdtempSync(join(tmpdir(), 'i94-compactor-openapi-'));
  let store: ObjectStore;
  let compactor: ServiceProcess;
  let schemathesis: string;

  beforeAll(async () => {
    schemathesis = await installSchemathesis();
    store = new ObjectStore({ ...endpoints.s3, bucket: env.S3_BUCKET, forcePathStyle: true });
    await store.client.send(new CreateBucketCommand({ Bucket: env.S3_BUCKET }));
    await migrate({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc, keyspace: env.CASSANDRA_KEYSPACE });
    await createNamespaceTopics(createKafka({ brokers: endpoints.kafkaBrokers, clientId: 'compactor-openapi' }), env.TOPIC_NAMESPACE);
    compactor = await ServiceProcess.start('compactor', { ...env, COMPACT_WORK_DIR: workDir, RATE_LIMIT_PER_SECOND: '100000', LOG_LEVEL: 'info' });
  }, 300_000);
  afterAll(async () => {
    await compactor?.stop();
    await store?.client.send(new DeleteBucketCommand({ Bucket: env.S3_BUCKET })).catch(() => undefined);
    const cassandra = new Client({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc });
    await cassandra.execute(`DROP KEYSPACE IF EXISTS ${env.CASSANDRA_KEYSPACE}`).catch(() => undefined);
    await cassandra.shutdown();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('documents exactly the routes the compactor serves', async () => {
    const document = (await (await fetch(`${compactor.url}/docs-json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(documentedRoutes(document)).toEqual(Object.keys(ACCESS_MATRIX.compactor).sort());
  });

  it.each(EVERY_ROLE)('finds no failure with the %s key', async (role) => {
    expect(await runSchemathesis(schemathesis, `${compactor.url}/docs-json`, { key: LOCAL_DEV_KEYS[role], label: `compactor-${role}`, configFile: 'compactor.schemathesis.toml' })).toEqual(NO_FAILURES);
  }, 900_000);

  it('compacted nothing: every month the admin asked for had no files', () => {
    expect(compactor.output).toMatch(/"msg":"month unchanged"/);
    expect(compactor.output).not.toMatch(/"msg":"month compacted"/);
  });
});
