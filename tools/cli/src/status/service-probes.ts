import { type PlatformEnv } from '@i94/command-line';

/** One service's answers to GET /health (alive) and GET /ready (its servers reachable). */
export interface ServiceStatus {
  service: string;
  url: string;
  /**
   * 'up': /health answered 2xx. 'unresponsive': the connection opened but no answer came in time
   * (a process so busy its event loop stalls). 'down': refused, or answered with an error.
   */
  health: 'up' | 'unresponsive' | 'down';
  /** /ready answered 2xx; null when the service is down. */
  ready: boolean | null;
  /** Why it is down or not ready (the connection error or the HTTP status and body). */
  detail: string | null;
}

/** The services and the variable holding each one's base URL (defaults: the ports `npm start` uses). */
export const serviceUrls = (env: PlatformEnv): { service: string; url: string }[] => [
  { service: 'ingest-gateway', url: env.I94_GATEWAY_URL },
  { service: 'query-api', url: env.I94_QUERY_API_URL },
  { service: 'enricher', url: env.I94_ENRICHER_URL },
  { service: 'raw-sink', url: env.I94_RAW_SINK_URL },
  { service: 'parquet-rollup', url: env.I94_ROLLUP_URL },
  { service: 'compactor', url: env.I94_COMPACTOR_URL },
];

type Probe = { ok: true } | { ok: false; timedOut: boolean; detail: string };

async function probe(url: string, path: string, timeoutMs: number): Promise<Probe> {
  try {
    const res = await fetch(new URL(path, url), { signal: AbortSignal.timeout(timeoutMs) });
    if (res.ok) return { ok: true };
    return { ok: false, timedOut: false, detail: `${path} answered ${res.status}: ${(await res.text()).slice(0, 200)}` };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return { ok: false, timedOut: true, detail: `${path}: no answer within ${timeoutMs} ms` };
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, timedOut: false, detail: `${path}: ${cause ?? (error as Error).message}` };
  }
}

/** Probes one service; a service that does not answer is reported down, never thrown. */
export async function probeService(service: string, url: string, timeoutMs = 10_000): Promise<ServiceStatus> {
  const health = await probe(url, '/health', timeoutMs);
  if (!health.ok) return { service, url, health: health.timedOut ? 'unresponsive' : 'down', ready: null, detail: health.detail };
  const ready = await probe(url, '/ready', timeoutMs);
  return { service, url, health: 'up', ready: ready.ok, detail: ready.ok ? null : ready.detail };
}

/** Probes every service at once; /ready checks the service's servers, so it may take seconds on a loaded machine. */
export const probeServices = (env: PlatformEnv, timeoutMs?: number): Promise<ServiceStatus[]> => Promise.all(serviceUrls(env).map((s) => probeService(s.service, s.url, timeoutMs)));
