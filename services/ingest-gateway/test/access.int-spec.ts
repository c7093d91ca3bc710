import { NestFactory } from '@nestjs/core';
import { ACCESS_MATRIX, accessMismatches, leakedKeys, listNestRoutes, randomAccessKeys, randomNamespace, sendKeysEverywhere, ServiceProcess } from '@i94/testing';
import { AppModule } from '../src/app.module';
import { loadServiceConfig } from '../src/config';

// Access to the BUILT gateway: the routes its Nest app registers are exactly the access matrix's
// (a new route without an entry fails here), each answers 401/403/allowed per caller as the
// matrix says, and no API key ever reaches its log, whatever the outcome of the request.
describe('ingest-gateway access', () => {
  const { keys, apiKeys } = randomAccessKeys();
  let gateway: ServiceProcess;

  beforeAll(async () => {
    gateway = await ServiceProcess.start('ingest-gateway', { TOPIC_NAMESPACE: randomNamespace('access'), API_KEYS: apiKeys, LOG_LEVEL: 'trace', RATE_LIMIT_PER_SECOND: '1000' });
  });
  afterAll(() => gateway?.stop());

  it('registers exactly the routes of the access matrix', async () => {
    const app = await NestFactory.create(AppModule.forConfig(loadServiceConfig({ ...process.env, API_KEYS: apiKeys })), { logger: false });
    expect(listNestRoutes(app)).toEqual(Object.keys(ACCESS_MATRIX['ingest-gateway']).sort());
    await app.close();
  });

  it('answers every route as the matrix says for no key, an unknown key and each role', async () => {
    expect(await accessMismatches(gateway.url, 'ingest-gateway', keys)).toEqual([]);
  });

  it('never logs a key, on success, 400, 401, 403, 404 or 415', async () => {
    await sendKeysEverywhere(gateway.url, 'ingest-gateway', keys);
    expect(gateway.output).toMatch(/"level":\d+/); // it does log (trace level)
    expect(leakedKeys(gateway.output, keys)).toEqual([]);
  });
});
