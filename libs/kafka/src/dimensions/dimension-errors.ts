// The package's index does not re-export its error classes.
import { ConfluentSchemaRegistryValidationError } from '@kafkajs/confluent-schema-registry/dist/errors';
import { type ErrorContext, PlatformError } from '@i94/domain';
import { RegistryUnavailableError } from '../errors';

/** The registry refused a dimension's schema (incompatible, invalid) or a value does not fit it: a bug, not an outage. */
export class SchemaRejectedError extends PlatformError {
  constructor(message: string, context?: ErrorContext, cause?: unknown) {
    super(message, false, context, { cause });
  }
}

// Statuses by which the registry says no: unauthorised, incompatible, invalid schema. The client
// reports a connection that fails as 400, so every other status counts as "not reachable now".
const REJECTED_STATUSES = new Set([401, 403, 409, 422]);

/** An encoding failure as a platform error: retriable when the registry is down, not when it said no. */
export function encodeError(error: unknown, context: ErrorContext): PlatformError {
  if (error instanceof PlatformError) return error;
  const message = (error as Error).message;
  if (error instanceof ConfluentSchemaRegistryValidationError) return new SchemaRejectedError(`value does not fit its schema: ${message}`, context, error);
  const status = (error as { status?: number }).status;
  if (status !== undefined && REJECTED_STATUSES.has(status)) return new SchemaRejectedError(`schema registry refused the schema (${status}): ${message}`, context, error);
  return new RegistryUnavailableError(`schema registry unavailable: ${message}`, context, error);
}
