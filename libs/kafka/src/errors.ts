import { type ErrorContext, PlatformError } from '@i94/domain';

/** The Kafka broker cannot be reached or did not acknowledge. */
export class BrokerUnavailableError extends PlatformError {
  constructor(message: string, context?: ErrorContext, cause?: unknown) {
    super(message, true, context, { cause });
  }
}

/** The schema registry cannot be reached. */
export class RegistryUnavailableError extends PlatformError {
  constructor(message: string, context?: ErrorContext, cause?: unknown) {
    super(message, true, context, { cause });
  }
}

/** A message's bytes cannot be decoded with its schema. */
export class DecodeError extends PlatformError {
  constructor(message: string, context?: ErrorContext, cause?: unknown) {
    super(message, false, context, { cause });
  }
}
