import { errors, types } from 'cassandra-driver';
import { PlatformError } from '@i94/domain';

/** Cassandra cannot take writes now (down, overloaded, timing out): retry with backoff, lose nothing. */
export class SinkUnavailableError extends PlatformError {
  constructor(message: string, cause?: unknown) {
    super(message, true, {}, { cause });
  }
}

const RETRIABLE_CODES = new Set<number>([
  types.responseErrorCodes.writeTimeout,
  types.responseErrorCodes.readTimeout,
  types.responseErrorCodes.unavailableException,
  types.responseErrorCodes.overloaded,
  types.responseErrorCodes.isBootstrapping,
  types.responseErrorCodes.truncateError,
]);

/** Classifies a driver error by its class and response code, never by its message. */
export function asSinkError(error: unknown): unknown {
  if (error instanceof PlatformError) return error;
  const retriable =
    error instanceof errors.NoHostAvailableError ||
    error instanceof errors.OperationTimedOutError ||
    error instanceof errors.BusyConnectionError ||
    (error instanceof errors.ResponseError && RETRIABLE_CODES.has(error.code));
  return retriable ? new SinkUnavailableError(`Cassandra unavailable: ${(error as Error).message}`, error) : error;
}
