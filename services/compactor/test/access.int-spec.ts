import { NestFactory } from '@nestjs/core';
import { createKafka } from '@i94/kafka';
import {
  ACCESS_MATRIX, accessMismatches, createNamespaceTopics, leakedKeys, listNestRoutes, randomAccessKeys, randomBucket, randomKeyspace, randomNamespace, sendKeysEverywhere, ServiceProcess, throttling, stackEndpoints,
} from '@i94/testing';
import { AppModule } from '../src/app.module';
import { loadServiceConfig } from '../src/config';

// Access to the BUILT compactor's admin API: the routes its Nest app registers are exactly the
// access matrix's, each answers 401/403/allowed per caller as the matrix says, and no API key
// reaches its log. Its bucket does not exist, so an admin's compaction fails: the error path logs.
describe('compactor access', () => {
  const { keys, apiKeys } = randomAccessKeys();
  const env = { TOPIC_NAMESPACE: randomNamespace('access'), S3_BUCKET: randomBucket('nobucket'), CASSANDRA_KEYSPACE: randomKeyspace('nokeyspace'), API_KEYS: apiKeys };
  let compactor: ServiceProcess;

  beforeAll(async () => {
    await createNamespaceTopics(createKafka({ brokers: stackEndpoints().kafkaBrokers, clientId: 'compactor-access' }), env.TOPIC_NAMESPACE);
    compactor = await ServiceProcess.start('compactor', { ...env, LOG_LEVEL: 'trace' });
  });
  afterAll(() => compactor?.stop());

  it('registers exactly the routes of the access matrix', async () => {
    const app = await NestFactory.create(AppModule.forConfig(loadServiceConfig({ ...process.env, ...env })), { logger: false });
    expect(listNestRoutes(app)).toEqual(Object.keys(ACCESS_MATRIX.compactor).sort());
    await app.close().catch(() => undefined); // never started: its clients have nothing to close
  });

  it('answers every route as the matrix says for no key, an unknown key and each role', async () => {
    expect(await accessMismatches(compactor.url, 'compactor', keys)).toEqual([]);
  });

  it('never logs a key, on 401, 403, 404 or a failed compaction', async () => {
    await sendKeysEverywhere(compactor.url, 'compactor', keys);
    expect(compactor.output).toMatch(/"level":\d+/);
    expect(leakedKeys(compactor.output, keys)).toEqual([]);
  });

  it('throttles a key past its rate limit with 429 and Retry-After, and not another key', async () => {
    const result = await throttling(compactor.url, 'compactor', keys.admin, keys.spare);
    expect(result.throttledAfter).toBeGreaterThan(0);
    expect(result.retryAfter).toBeGreaterThanOrEqual(1);
    expect(result.other).not.toBe(429);
  });
});
