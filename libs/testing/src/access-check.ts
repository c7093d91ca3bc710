import { randomBytes } from 'node:crypto';
import { hashApiKey, ROLES, type Role } from '@i94/auth';
import { ACCESS_MATRIX, CALLERS, type Caller, expectedAccess, type ServiceWithApi } from './access-matrix';

/** Fresh secret keys, one per role plus one nobody configured, and the API_KEYS value (hashes only) that accepts them. */
export function randomAccessKeys(): { keys: Record<Role | 'unknown', string>; apiKeys: string } {
  const secret = (role: string) => `secret-${role}-${randomBytes(12).toString('hex')}`;
  const keys = { ...(Object.fromEntries(ROLES.map((role) => [role, secret(role)])) as Record<Role, string>), unknown: secret('unknown') };
  return { keys, apiKeys: ROLES.map((role) => `test-${role}:${role}:${hashApiKey(keys[role])}`).join(',') };
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
      const ok = expected === 'allowed' ? res.status !== 401 && res.status !== 403 : res.status === expected;
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
