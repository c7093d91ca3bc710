import { createHash, timingSafeEqual } from 'node:crypto';

export const ROLES = ['producer', 'reader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A configured key: only its SHA-256 is kept, never the key itself. */
export interface ApiKeyEntry {
  name: string;
  role: Role;
  sha256: Buffer;
}

export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/**
 * Parses API_KEYS: comma-separated `name:role:sha256hex` entries. Hashes, not keys, live in
 * config, so a leaked environment does not leak credentials.
 */
export function parseApiKeys(spec: string): ApiKeyEntry[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name, role, hash] = entry.split(':');
      if (!name || !ROLES.includes(role as Role) || !/^[0-9a-f]{64}$/.test(hash ?? '')) {
        throw new Error(`API_KEYS entry "${name ?? entry}" must be name:role:sha256hex with role one of ${ROLES.join(', ')}`);
      }
      return { name, role: role as Role, sha256: Buffer.from(hash, 'hex') };
    });
}

/** The entry whose hash matches `presented`, compared in constant time; undefined if none. */
export function findApiKey(entries: readonly ApiKeyEntry[], presented: string): ApiKeyEntry | undefined {
  const digest = Buffer.from(hashApiKey(presented), 'hex');
  return entries.find((e) => timingSafeEqual(e.sha256, digest));
}

/** admin may do everything; otherwise the role must be one of those allowed. */
export const roleAllows = (role: Role, allowed: readonly Role[]): boolean => role === 'admin' || allowed.includes(role);
