export { findApiKey, hashApiKey, parseApiKeys, roleAllows, ROLES, type ApiKeyEntry, type Role } from './api-keys';
export { LOCAL_DEV_API_KEYS, LOCAL_DEV_KEYS } from './local-dev-keys';
export { API_KEY_ENTRIES, ApiKeyGuard, RequireRoles, type Caller } from './api-key.guard';
export { apiKeysVar } from './api-keys-var';
export { RATE_LIMITER, RateLimitGuard, rateLimitProviders } from './rate-limit.guard';
export { TokenBuckets } from './token-buckets';
