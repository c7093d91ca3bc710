import { z } from 'zod';
import { parseApiKeys } from './api-keys';
import { LOCAL_DEV_API_KEYS } from './local-dev-keys';

/** The API_KEYS variable of a service's config: name:role:sha256hex entries, the local dev keys by default. */
export const apiKeysVar = () =>
  z
    .string()
    .default(LOCAL_DEV_API_KEYS)
    .transform((spec, ctx) => {
      try {
        return parseApiKeys(spec);
      } catch (error) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message });
        return z.NEVER;
      }
    });
