import { hashApiKey } from './api-keys';

/**
 * Keys for the local stack only (documented in the README): `npm start` and the CLI use them
 * when no key is configured. Any other environment sets API_KEYS and I94_API_KEY.
 */
export const LOCAL_DEV_KEYS = {
  producer: 'i94-local-producer-key',
  reader: 'i94-local-reader-key',
  admin: 'i94-local-admin-key',
} as const;

/** API_KEYS value that accepts the local development keys. */
export const LOCAL_DEV_API_KEYS = Object.entries(LOCAL_DEV_KEYS)
  .map(([role, key]) => `local-${role}:${role}:${hashApiKey(key)}`)
  .join(',');
