import { NestFactory } from '@nestjs/core';
import { ACCESS_MATRIX, accessMismatches, leakedKeys, listNestRoutes, randomAccessKeys, randomKeyspace, sendKeysEverywhere, ServiceProcess, throttling } from '@i94/testing';
import { AppModule } from '../src/app.module';
import { loadServiceConfig } from '../src/config';

// Access to the BUILT query API: the routes its Nest app registers are exactly the access
// matrix's, each answers 401/403/allowed per caller as the matrix says, and no API key reaches its
// log. Its keyspace does not exist, so every allowed data call fails with 500: the error path logs.
describe('query-api access', () => {
  const { keys, apiKeys } = randomAccessKeys();
  let api: ServiceProcess;

  beforeAll(async () => {
    api = await ServiceProcess.start('query-api', { CASSANDRA_KEYSPACE: randomKeyspace('nokeyspace'), API_KEYS: apiKeys, LOG_LEVEL: 'trace', RATE_LIMIT_PER_SECOND: '20' });
  });
  afterAll(() => api?.stop());

  it('registers exactly the routes of the access matrix', async () => {
    const app = await NestFactory.create(AppModule.forConfig(loadServiceConfig({ ...process.env, API_KEYS: apiKeys })), { logger: false });
    expect(listNestRoutes(app)).toEqual(Object.keys(ACCESS_MATRIX['query-api']).sort());
    await app.close();
  });

  it('answers every route as the matrix says for no key, an unknown key and each role', async () => {
    expect(await accessMismatches(api.url, 'query-api', keys)).toEqual([]);
  });

  it('never logs a key, on 401, 403, 404, 400 or a 500 from Cassandra', async () => {
    await sendKeysEverywhere(api.url, 'query-api', keys);
    expect(api.output).toMatch(/keyspace|Keyspace/); // the 500s were logged
    expect(leakedKeys(api.output, keys)).toEqual([]);
  });

  it('throttles a key past its rate limit with 429 and Retry-After, and not another key', async () => {
    const result = await throttling(api.url, 'query-api', keys.reader, keys.spare);
    expect(result.throttledAfter).toBeGreaterThan(0);
    expect(result.retryAfter).toBeGreaterThanOrEqual(1);
    expect(result.other).not.toBe(429);
  });
});
