import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'cassandra-driver';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { migrate } from '@i94/cassandra';
import { randomKeyspace, stackEndpoints } from '@i94/testing';
import { AppModule } from '../src/app.module';
import { loadServiceConfig } from '../src/config';
import { mountOpenApi } from '../src/openapi';

// The dashboard in Debian's headless Chromium against the query API over the real Cassandra:
// empty state before the compactor has written anything, key refused, then the charts, mix and
// table showing exactly the aggregate rows written to the keyspace. Leaves docs/dashboard.png.
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = resolve(__dirname, '../../../docs/dashboard.png');
const MONTHS = ['2016-01', '2016-02', '2016-03', '2016-04'];
const SEASON = [0.82, 0.74, 0.93, 1];
const en = (n: number) => n.toLocaleString('en-US');

interface StateFixture {
  state: string;
  stateName: string;
  april: number;
  people: { population: number; malePopulation: number; femalePopulation: number; foreignBorn: number; foreignBornShare: number; medianAge: number } | null;
  temperatures: number[] | null;
}

// City demographics as the 2015 file sums them; '99' is the bucket of unlisted codes, with no facts.
const STATES: StateFixture[] = [
  { state: 'FL', stateName: 'Florida', april: 621_701, people: { population: 6_796_738, malePopulation: 3_236_773, femalePopulation: 3_487_375, foreignBorn: 1_688_931, foreignBornShare: 0.2485, medianAge: 38.8 }, temperatures: [17.9, 19.6, 21.8, 23.4] },
  { state: 'NY', stateName: 'New York', april: 553_677, people: { population: 9_815_626, malePopulation: 4_692_055, femalePopulation: 5_123_571, foreignBorn: 3_438_081, foreignBornShare: 0.3503, medianAge: 35.8 }, temperatures: [-1.8, 0.4, 5.1, 10.8] },
  { state: 'CA', stateName: 'California', april: 470_386, people: { population: 24_822_460, malePopulation: 12_278_281, femalePopulation: 12_544_179, foreignBorn: 7_448_257, foreignBornShare: 0.3001, medianAge: 35.4 }, temperatures: [11.6, 12.9, 14.2, 16.1] },
  { state: 'HI', stateName: 'Hawaii', april: 168_764, people: { population: 352_766, malePopulation: 176_807, femalePopulation: 175_959, foreignBorn: 101_312, foreignBornShare: 0.2872, medianAge: 41.4 }, temperatures: [22.6, 22.7, 23.3, 24.1] },
  { state: 'TX', stateName: 'Texas', april: 134_321, people: { population: 14_299_983, malePopulation: 7_063_571, femalePopulation: 7_236_412, foreignBorn: 2_942_164, foreignBornShare: 0.2057, medianAge: 33.0 }, temperatures: [10.4, 13.1, 16.9, 20.2] },
  { state: '99', stateName: 'All Other Codes', april: 85_114, people: null, temperatures: null },
];

/** One aggregate as the compactor would write it, with mixes derived from the arrivals. */
function aggregate(fixture: StateFixture, monthIndex: number) {
  const arrivals = Math.round(fixture.april * SEASON[monthIndex]);
  const share = (fraction: number) => Math.round(arrivals * fraction);
  const [female, male, business, pleasure, student, air, sea, land] = [0.48, 0.5, 0.15, 0.78, 0.03, 0.96, 0.01, 0.02].map(share);
  const race = (fraction: number) => (fixture.people ? Math.round(fixture.people.population * fraction) : null);
  return {
    ...{ state: fixture.state, stateName: fixture.stateName, month: MONTHS[monthIndex], arrivals, male, female, genderUnknown: arrivals - female - male },
    ...{ business, pleasure, student, visaUnknown: arrivals - business - pleasure - student, air, sea, land, modeNotReported: arrivals - air - sea - land },
    ...{ averageAge: 40.3 + monthIndex / 10, averageStayDays: 14.6 + monthIndex, medianStayDays: 9, distinctPorts: 12 - monthIndex },
    topResidenceCountries: JSON.stringify([{ country: 'UNITED KINGDOM', arrivals: share(0.11) }, { country: 'BRAZIL', arrivals: share(0.08) }]),
    ...(fixture.people ?? { population: null, malePopulation: null, femalePopulation: null, foreignBorn: null, foreignBornShare: null, medianAge: null }),
    raceCounts: JSON.stringify({ americanIndianAlaskaNative: race(0.01), asian: race(0.12), blackAfricanAmerican: race(0.2), hispanicLatino: race(0.3), white: race(0.55) }),
    averageTemperatureC: fixture.temperatures?.[monthIndex] ?? null,
    ...{ inputRows: arrivals + 17, computedAt: new Date('2016-05-01T02:00:00Z'), version: `${fixture.state}${monthIndex}`.padEnd(16, '0') },
    lineage: JSON.stringify([{ objectKey: `enriched/${MONTHS[monthIndex]}/part-0.parquet`, partition: 0, startOffset: 0, endOffset: arrivals + 16, rows: arrivals + 17 }]),
  };
}

type Aggregate = ReturnType<typeof aggregate>;
const TREND_COLUMNS = ['state', 'month', 'stateName', 'arrivals', 'male', 'female', 'genderUnknown', 'business', 'pleasure', 'student', 'averageAge', 'averageStayDays', 'averageTemperatureC', 'version'] as const;
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

async function insert(cassandra: Client, keyspace: string, table: string, row: Partial<Aggregate>) {
  const columns = Object.keys(row);
  const cql = `INSERT INTO ${keyspace}.${table} (${columns.map(snake).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  await cassandra.execute(cql, Object.values(row), { prepare: true });
}

describe('dashboard in headless Chromium', () => {
  const endpoints = stackEndpoints();
  const keyspace = randomKeyspace('dashboard');
  const cassandra = new Client({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc });
  let app: INestApplication;
  let url: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) to run the dashboard test`);
    await migrate({ contactPoints: endpoints.cassandraContactPoints, localDataCenter: endpoints.cassandraLocalDc, keyspace });
    const config = loadServiceConfig({ ...process.env, CASSANDRA_KEYSPACE: keyspace });
    app = await NestFactory.create(AppModule.forConfig(config), { logger: ['error'] });
    mountOpenApi(app, config.MAX_PAGE_SIZE);
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  // A fresh context per test: its own localStorage, so a remembered key never leaks between tests.
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    page = await context.newPage();
  });

  afterEach(() => context?.close());

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cassandra.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`).catch(() => undefined);
    await cassandra.shutdown();
  });

  it('serves the page and its files at / and /dashboard/, beside the API, health and docs', async () => {
    const index = await fetch(`${url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await index.text()).toContain('<script type="module" src="/dashboard/app.js">');
    expect((await fetch(`${url}/dashboard/app.js`)).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(`${url}/dashboard/styles.css`)).headers.get('content-type')).toMatch(/^text\/css/);
    for (const path of ['/dashboard/dashboard.controller.ts', '/dashboard/nothing.js', '/dashboard/..%2Fconfig.ts', '/dashboard/index.html.bak']) expect((await fetch(`${url}${path}`)).status).toBe(404);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect((await fetch(`${url}/v1/aggregates/state-month/months`)).status).toBe(401);
    const docs = (await (await fetch(`${url}/docs-json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(docs.paths)).toContain('/v1/aggregates/state-month');
    // the contract names every route the app serves, the dashboard's too (tests/api checks it against the access matrix)
    expect(Object.keys(docs.paths)).toEqual(expect.arrayContaining(['/', '/dashboard/{file}']));
  });

  it.each([
    ['an unknown key', 'not-a-key', 401],
    ['a producer key', LOCAL_DEV_KEYS.producer, 403],
  ])('says "key refused" for %s', async (_name, key, status) => {
    await page.goto(`${url}/`);
    await page.locator('#api-key').fill(key);
    await page.getByRole('button', { name: 'Use key' }).click();
    await page.locator('#status', { hasText: `Key refused (HTTP ${status})` }).waitFor();
    expect(await page.locator('#panels').isHidden()).toBe(true);
  });

  describe('before the compactor has written aggregates', () => {
    it('says to run the pipeline', async () => {
      await page.goto(`${url}/`);
      await page.locator('#status', { hasText: 'No aggregates yet: run the pipeline' }).waitFor();
      expect(await page.locator('#panels').isHidden()).toBe(true);
      expect(await page.locator('#month-picker').isDisabled()).toBe(true);
    });
  });

  describe('with aggregates for four months', () => {
    const rows = MONTHS.flatMap((_month, i) => STATES.map((fixture) => aggregate(fixture, i)));
    const of = (month: string) => rows.filter((row) => row.month === month).sort((a, b) => b.arrivals - a.arrivals);
    const find = (state: string, month: string) => rows.find((row) => row.state === state && row.month === month)!;

    beforeAll(async () => {
      for (const row of rows) {
        await insert(cassandra, keyspace, 'state_month_aggregates', row);
        await insert(cassandra, keyspace, 'state_month_by_state', Object.fromEntries(TREND_COLUMNS.map((c) => [c, row[c]])));
      }
    });

    const texts = (selector: string) => page.locator(selector).allTextContents();
    const attributes = async (selector: string, name: string) => Promise.all((await page.locator(selector).all()).map((l) => l.getAttribute(name)));

    it('shows top states, a picked state and month, its mix, trend and demography, and saves a screenshot', async () => {
      await page.goto(`${url}/`);
      await page.locator('#key-note', { hasText: LOCAL_DEV_KEYS.reader }).waitFor();
      await page.locator('#top-states .bar').first().waitFor();
      expect(await page.locator('#month-picker').inputValue()).toBe('2016-04');
      expect(await attributes('#month-picker option', 'value')).toEqual([...MONTHS].reverse());
      expect(await attributes('#top-states .bar', 'data-state')).toEqual(of('2016-04').map((r) => r.state));

      await page.locator('#month-picker').selectOption('2016-03');
      await page.locator('#top-states-title', { hasText: 'Top 6 states by arrivals, March 2016' }).waitFor();
      const march = of('2016-03');
      expect(await attributes('#top-states .bar', 'data-state')).toEqual(march.map((r) => r.state));
      expect(await texts('#top-states .bar .value')).toEqual(march.map((r) => en(r.arrivals)));
      expect(await page.locator('#month-summary').textContent()).toBe(`${en(march.reduce((s, r) => s + r.arrivals, 0))} arrivals to 6 states in March 2016`);

      await page.locator('#state-picker').selectOption('NY');
      await page.locator('#trend-title', { hasText: 'Monthly trend: New York (NY)' }).waitFor();
      const ny = find('NY', '2016-03');
      expect(await attributes('#trend .column', 'data-month')).toEqual(MONTHS);
      expect(await texts('#trend .column .value')).toEqual(MONTHS.map((m) => en(find('NY', m).arrivals)));
      expect(await page.locator('#trend .column.selected').getAttribute('data-month')).toBe('2016-03');
      expect(await page.locator('#mix-title').textContent()).toBe('Gender and visa mix: New York, March 2016');
      expect(await texts('#mix .legend li strong')).toEqual([ny.female, ny.male, ny.genderUnknown, ny.business, ny.pleasure, ny.student, ny.visaUnknown, ny.air, ny.sea, ny.land, ny.modeNotReported].map(en));
      expect(await page.locator('#profile [data-fact="arrivals"] dd').textContent()).toBe(en(ny.arrivals));
      expect(await page.locator('#profile [data-fact="countries"] dd').textContent()).toBe(`UNITED KINGDOM ${en(Math.round(ny.arrivals * 0.11))}, BRAZIL ${en(Math.round(ny.arrivals * 0.08))}`);
      expect(await page.locator('#states-table tr[aria-current="true"]').getAttribute('data-state')).toBe('NY');
      expect(await texts('#states-table tr[data-state="NY"] td')).toEqual([en(ny.arrivals), '9,815,626', ((ny.arrivals * 1000) / 9_815_626).toFixed(1), '35.0%', '35.8', '5.1 °C']);
      expect(await texts('#states-table tr[data-state="99"] td')).toEqual([en(find('99', '2016-03').arrivals), '—', '—', '—', '—', '—']);

      await page.locator('#top-states .bar[data-state="CA"]').click();
      await page.locator('#trend-title', { hasText: 'California (CA)' }).waitFor();
      expect(await page.locator('#state-picker').inputValue()).toBe('CA');
      await page.locator('#states-table tr[data-state="NY"] button').click();
      await page.locator('#trend-title', { hasText: 'New York (NY)' }).waitFor();

      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      expect(statSync(SCREENSHOT).size).toBeGreaterThan(20_000);
    });
  });
});
