// Calls to the query API and the remembered key. Browser code: no build step, no dependencies.

/** The local development reader key (LOCAL_DEV_KEYS.reader in @i94/auth): accepted only by a local stack. */
export const LOCAL_READER_KEY = 'i94-local-reader-key';

const STORAGE_KEY = 'i94.dashboard.apiKey';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** An HTTP failure of the API; 401 and 403 mean the key was refused. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }

  get keyRefused() {
    return this.status === 401 || this.status === 403;
  }
}

/** True when the page comes from this machine, where the local development key is the right default. */
export function isLocalPage(hostname = window.location.hostname) {
  return ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(hostname);
}

export function storedKey() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the key lives in the field only
  }
}

export function rememberKey(key) {
  try {
    if (key) window.localStorage.setItem(STORAGE_KEY, key);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage disabled: nothing to remember
  }
}

/** A client that sends `key()` in x-api-key on every call. */
export function createApi(key) {
  async function get(path) {
    let response;
    try {
      response = await fetch(path, { headers: { 'x-api-key': key(), accept: 'application/json' } });
    } catch {
      throw new ApiError(0, 'the query API is unreachable');
    }
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new ApiError(response.status, String(body.message ?? response.statusText));
    }
    return response.json();
  }

  return {
    // 'unknown' collects arrivals without a usable date: the API answers only YYYY-MM months.
    months: async () => (await get('/v1/aggregates/state-month/months')).filter((m) => MONTH.test(m)),
    month: (month) => get(`/v1/aggregates/state-month?month=${encodeURIComponent(month)}`),
    trend: (state, from, to) => get(`/v1/aggregates/state-month/${encodeURIComponent(state)}?from=${from}&to=${to}`),
  };
}
