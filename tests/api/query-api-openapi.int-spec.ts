import { LOCAL_DEV_KEYS } from '@i94/auth';
import { ACCESS_MATRIX, ServiceProcess } from '@i94/testing';
import { type QueryData, seedQueryData } from './query-data';
import { documentedRoutes, EVERY_ROLE, installSchemathesis, NO_FAILURES, runSchemathesis } from './schemathesis';

// query-api's OpenAPI document against the BUILT service (harness: schemathesis.ts), over a
// keyspace of its own holding the sample arrivals and their aggregates, with each role's key:
// a reader and an admin get data (masked and in clear), a producer 403 everywhere it is guarded.
describe('query-api OpenAPI (schemathesis --checks all)', () => {
  let api: ServiceProcess;
  let data: QueryData;
  let schemathesis: string;

  beforeAll(async () => {
    schemathesis = await installSchemathesis();
    data = await seedQueryData('openapi');
    api = await ServiceProcess.start('query-api', { CASSANDRA_KEYSPACE: data.keyspace, RATE_LIMIT_PER_SECOND: '100000', LOG_LEVEL: 'warn' });
  }, 300_000);
  afterAll(async () => {
    await api?.stop();
    await data?.drop();
  });

  it('documents exactly the routes query-api serves', async () => {
    const document = (await (await fetch(`${api.url}/docs-json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(documentedRoutes(document)).toEqual(Object.keys(ACCESS_MATRIX['query-api']).sort());
  });

  it.each(EVERY_ROLE)('finds no failure with the %s key', async (role) => {
    expect(await runSchemathesis(schemathesis, `${api.url}/docs-json`, { key: LOCAL_DEV_KEYS[role], label: `query-api-${role}`, configFile: 'query-api.schemathesis.toml' })).toEqual(NO_FAILURES);
  }, 900_000);
});
