import { z } from 'zod';

/** An integer from an environment string, within bounds. */
export const intVar = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(min).max(max).default(fallback);

/** A TCP port number. */
export const portVar = (fallback: number) => intVar(fallback, 1, 65535);

/** A boolean written as true/false/1/0/yes/no. */
export const boolVar = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { errorMap: () => ({ message: 'must be true or false' }) })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A comma-separated list of host:port pairs. */
export const hostListVar = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .refine((list) => list.length > 0 && list.every((h) => /^[^\s:]+:\d{1,5}$/.test(h)), 'must be host:port[,host:port...]');

/** An http(s) URL. */
export const urlVar = (fallback: string) => z.string().url('must be a URL').default(fallback);

export const logLevelVar = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');
