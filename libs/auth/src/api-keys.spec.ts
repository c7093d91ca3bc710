import { findApiKey, hashApiKey, parseApiKeys, roleAllows } from './api-keys';
import { LOCAL_DEV_API_KEYS, LOCAL_DEV_KEYS } from './local-dev-keys';

describe('API keys', () => {
  const entries = parseApiKeys(`feeds:producer:${hashApiKey('secret-1')}, analysts:reader:${hashApiKey('secret-2')}`);

  it('finds a key by its hash and never keeps the key itself', () => {
    expect(findApiKey(entries, 'secret-2')).toMatchObject({ name: 'analysts', role: 'reader' });
    expect(JSON.stringify(entries)).not.toContain('secret');
  });

  it('does not find an unknown key', () => {
    expect(findApiKey(entries, 'secret-3')).toBeUndefined();
    expect(findApiKey(entries, '')).toBeUndefined();
  });

  it.each(['justaname', 'x:superuser:' + 'a'.repeat(64), 'x:reader:nothex'])('refuses the malformed entry %s', (spec) => {
    expect(() => parseApiKeys(spec)).toThrow(/must be name:role:sha256hex/);
  });

  it('lets admin do anything and others only what they are allowed', () => {
    expect(roleAllows('admin', ['producer'])).toBe(true);
    expect(roleAllows('reader', ['producer'])).toBe(false);
    expect(roleAllows('producer', ['producer'])).toBe(true);
  });

  it('accepts the documented local development keys', () => {
    const local = parseApiKeys(LOCAL_DEV_API_KEYS);
    expect(findApiKey(local, LOCAL_DEV_KEYS.producer)?.role).toBe('producer');
    expect(findApiKey(local, LOCAL_DEV_KEYS.admin)?.role).toBe('admin');
  });
});
