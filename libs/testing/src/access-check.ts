import { randomBytes } from 'node:crypto';
import { hashApiKey, ROLES, type Role } from '@i94/auth';
import { ACCESS_MATRIX, CALLERS, type Caller, expectedAccess, type ServiceWithApi } from './access-matrix';

/**
 * Fresh secret keys: one per role, a second admin key (`spare`, for per-key limits) and one nobody
 * configured; and the API_KEYS value (hashes only) that accepts the configured ones.
 */
export function randomAccessKeys(): { keys: Record<Role | 'unknown' | 'spare', string>; apiKeys: string } {
  const secret = (role: string) => `secret-${role}-${randomBytes(12).toString('hex')}`;
  const keys = { ...(Object.fromEntries(ROLES.map((role) => [role, secret(role)])) as Record<Role, string>), unknown: secret('unknown'), spare: secret('spare') };
  const entries = [...ROLES.map((role) => `test-${role}:${role}:${hashApiKey(keys[role])}`), `test-spare:admin:${hashApiKey(keys.spare)}`];
  return { keys, apiKeys: entries.join(',') };
}

/** One call that did not get what the matrix says. */
export interface AccessMismatch {
  route: string;
  caller: Caller;
  expected: 401 | 403 | 'allowed';
  got: number;
}

/** A small request a handler can refuse for its content (400) but not crash on. */
function requestFor(method: string, key: string | undefined): RequestInit {
  const headers: Record<string, string> = key ? { 'x-api-key': key } : {};
  if (method === 'GET') return { method, headers };
  return { method, headers: { ...headers, 'content-type': 'application/json' }, body: '{}' };
}

/** Calls every route of `service`'s matrix as every caller; returns what differs from the matrix. */
export async function accessMismatches(baseUrl: string, service: ServiceWithApi, keys: Record<Role | 'unknown', string>): Promise<AccessMismatch[]> {
  const mismatches: AccessMismatch[] = [];
  for (const [route, access] of Object.entries(ACCESS_MATRIX[service])) {
    const method = route.split(' ')[0];
    for (const caller of CALLERS) {
      const res = await fetch(`${baseUrl}${access.sample}`, requestFor(method, caller === 'none' ? undefined : keys[caller]));
      await res.arrayBuffer();
      const expected = expectedAccess(access, caller);
      const ok = expected === 'allowed' ? ![401, 403, 429].includes(res.status) : res.status === expected;
      if (!ok) mismatches.push({ route, caller, expected, got: res.status });
    }
  }
  return mismatches;
}

/**
 * Sends every key where a careless log line would pick it up: the header on a route that exists,
 * a path that does not, the query string, an Authorization header, a JSON body.
 */
export async function sendKeysEverywhere(baseUrl: string, service: ServiceWithApi, keys: Record<Role | 'unknown', string>): Promise<void> {
  const [route, access] = Object.entries(ACCESS_MATRIX[service]).find(([, a]) => a.access !== 'public')!;
  const method = route.split(' ')[0];
  for (const key of Object.values(keys)) {
    const calls: [string, RequestInit][] = [
      [`${baseUrl}${access.sample}`, requestFor(method, key)],
      [`${baseUrl}/no-such-route/${key}`, requestFor('GET', key)],
      [`${baseUrl}${access.sample}${access.sample.includes('?') ? '&' : '?'}api_key=${key}`, { method, headers: { authorization: `Bearer ${key}` } }],
      [`${baseUrl}${access.sample}`, { method: 'POST', headers: { 'x-api-key': key, 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: key }) }],
    ];
    for (const [url, init] of calls) await (await fetch(url, init)).arrayBuffer();
  }
}

/** The keys that appear in `output`. */
export const leakedKeys = (output: string, keys: Record<string, string>) => Object.entries(keys).filter(([, key]) => output.includes(key)).map(([name]) => name);

/** What a per-key rate limit did: after how many requests `key` got 429, its Retry-After, and what `otherKey` got next. */
export interface Throttling {
  throttledAfter: number | null;
  retryAfter: number;
  other: number;
}

/** Calls the first guarded route of `service` with `key` until 429 (at most `max` times), then once with `otherKey`. */
export async function throttling(baseUrl: string, service: ServiceWithApi, key: string, otherKey: string, max = 500): Promise<Throttling> {
  const [route, access] = Object.entries(ACCESS_MATRIX[service]).find(([, a]) => a.access !== 'public')!;
  const method = route.split(' ')[0];
  for (let i = 1; i <= max; i++) {
    const res = await fetch(`${baseUrl}${access.sample}`, requestFor(method, key));
    await res.arrayBuffer();
    if (res.status === 429) {
      const other = await fetch(`${baseUrl}${access.sample}`, requestFor(method, otherKey));
      await other.arrayBuffer();
      return { throttledAfter: i - 1, retryAfter: Number(res.headers.get('retry-after')), other: other.status };
    }
  }
  return { throttledAfter: null, retryAfter: 0, other: 0 };
}
