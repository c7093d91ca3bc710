import { LOCAL_DEV_KEYS } from '@i94/auth';
import { ACCESS_MATRIX, randomNamespace, ServiceProcess } from '@i94/testing';
import { documentedRoutes, installSchemathesis, NO_FAILURES, runSchemathesis } from './schemathesis';

// The gateway's OpenAPI document against the BUILT gateway (harness: schemathesis.ts), in a
// namespace of its own so the pushed records reach no real topic.
describe('ingest-gateway OpenAPI (schemathesis --checks all)', () => {
  let gateway: ServiceProcess;
  let schemathesis: string;

  beforeAll(async () => {
    schemathesis = await installSchemathesis();
    gateway = await ServiceProcess.start('ingest-gateway', { TOPIC_NAMESPACE: randomNamespace('openapi'), RATE_LIMIT_PER_SECOND: '100000', LOG_LEVEL: 'warn' });
  }, 300_000);
  afterAll(() => gateway?.stop());

  it('documents exactly the routes the gateway serves', async () => {
    const document = (await (await fetch(`${gateway.url}/docs-json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(documentedRoutes(document)).toEqual(Object.keys(ACCESS_MATRIX['ingest-gateway']).sort());
  });

  it('finds no failure with the producer key', async () => {
    expect(await runSchemathesis(schemathesis, `${gateway.url}/docs-json`, { key: LOCAL_DEV_KEYS.producer, label: 'ingest-gateway-producer' })).toEqual(NO_FAILURES);
  }, 900_000);
});
