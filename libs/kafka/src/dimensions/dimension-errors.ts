import { type ErrorContext, type PlatformError } from '@i94/domain';
import { classifyRegistryError } from '../delivery-errors';

export { SchemaRejectedError } from '../delivery-errors';

/** An encoding failure as a platform error: retriable when the registry is down, not when it said no. */
export function encodeError(error: unknown, context: ErrorContext): PlatformError {
  return classifyRegistryError(error, 'encode', context);
}
