import { type z } from 'zod';
import { ConfigError } from './config-error';

/**
 * Parses the environment against a service's schema once, at boot. Every problem is reported
 * together, each naming its variable, so an operator fixes them in one go.
 */
export function loadConfig<S extends z.ZodTypeAny>(
  service: string,
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    variable: issue.path.join('.') || '(environment)',
    message: issue.message,
  }));
  throw new ConfigError(service, problems);
}
