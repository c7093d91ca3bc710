import { type Role, ROLES } from '@i94/auth';

/** Who may call a route: anyone (public), or the roles named (admin may always). */
export interface RouteAccess {
  access: 'public' | readonly Role[];
  /** A concrete request path for the route (parameters filled in). */
  sample: string;
  /** Why a public route is public, or what the route does. */
  note: string;
}

/** The services with an HTTP API and their routes, keyed "METHOD /path" as Nest registers them. */
export type ServiceWithApi = 'ingest-gateway' | 'query-api' | 'compactor';

const HEALTH: Record<string, RouteAccess> = {
  'GET /health': { access: 'public', sample: '/health', note: 'liveness probe; says nothing but "ok"' },
  'GET /ready': { access: 'public', sample: '/ready', note: 'readiness probe; names the servers checked' },
  'GET /metrics': { access: 'public', sample: '/metrics', note: 'Prometheus scrape, counts only; keep the port internal' },
};

/**
 * The access matrix: every route of every service, who may call it. The access specs compare it
 * with the routes the Nest app really registers, so a new route without an entry (and a guard)
 * fails them; tests/access/README.md shows it.
 */
export const ACCESS_MATRIX: Record<ServiceWithApi, Record<string, RouteAccess>> = {
  'ingest-gateway': {
    'POST /v1/feeds/:feedDate/records': { access: ['producer'], sample: '/v1/feeds/2016-04-30/records', note: 'push a CSV or NDJSON feed' },
    'POST /v1/feeds/:feedDate/complete': { access: ['producer'], sample: '/v1/feeds/2016-04-30/complete', note: 'declare a feed complete' },
    ...HEALTH,
  },
  'query-api': {
    'GET /v1/arrivals/:month/:cicid': { access: ['reader'], sample: '/v1/arrivals/2016-04/4084316', note: 'one arrival by file month and cicid; admnum, insnum, fltno masked unless admin' },
    'GET /v1/arrivals/:cicid': { access: ['reader'], sample: '/v1/arrivals/4422636', note: 'alias: the arrival when one month has the cicid, 409 naming the months when several do' },
    'GET /v1/arrivals': { access: ['reader'], sample: '/v1/arrivals?state=HI&date=2016-04-22', note: "a state's arrivals on a date, or with ?cicid= every month's arrival with it; masked unless admin" },
    'GET /v1/aggregates/state-month': { access: ['reader'], sample: '/v1/aggregates/state-month?month=2016-04', note: 'state/month aggregates (dashboard data)' },
    'GET /v1/aggregates/state-month/months': { access: ['reader'], sample: '/v1/aggregates/state-month/months', note: 'months with aggregates (dashboard data)' },
    'GET /v1/aggregates/state-month/:state': { access: ['reader'], sample: '/v1/aggregates/state-month/HI?from=2016-01&to=2016-12', note: "a state's trend (dashboard data)" },
    'GET /': { access: 'public', sample: '/', note: 'dashboard page; holds no data, its calls carry the key' },
    'GET /dashboard/:file': { access: 'public', sample: '/dashboard/app.js', note: "dashboard's static files" },
    ...HEALTH,
  },
  compactor: {
    'POST /v1/compactions': { access: ['admin'], sample: '/v1/compactions?month=2016-04', note: 'compact (or rebuild) a month on demand' },
    ...HEALTH,
  },
};

/** Callers of an access check: no key, a key nobody configured, and one key per role. */
export type Caller = 'none' | 'unknown' | Role;
export const CALLERS: readonly Caller[] = ['none', 'unknown', ...ROLES];

/** What `caller` must get on a route: 401, 403, or through the guard ('allowed': any other status). */
export function expectedAccess(route: RouteAccess, caller: Caller): 401 | 403 | 'allowed' {
  if (route.access === 'public') return 'allowed';
  if (caller === 'none' || caller === 'unknown') return 401;
  return caller === 'admin' || route.access.includes(caller) ? 'allowed' : 403;
}

/** The matrix as markdown: one table per service, a column per caller. */
export function renderAccessMatrix(): string {
  const sections = Object.entries(ACCESS_MATRIX).map(([service, routes]) => {
    const rows = Object.entries(routes).map(([route, access]) => {
      const cells = CALLERS.map((caller) => {
        const expected = expectedAccess(access, caller);
        return expected === 'allowed' ? '✓' : String(expected);
      });
      return `| \`${route}\` | ${cells.join(' | ')} | ${access.note} |`;
    });
    return [`### ${service}`, '', `| route | ${CALLERS.map((c) => (c === 'none' ? 'no key' : c === 'unknown' ? 'unknown key' : c)).join(' | ')} | note |`, `| --- | ${CALLERS.map(() => '---').join(' | ')} | --- |`, ...rows].join('\n');
  });
  return sections.join('\n\n');
}
