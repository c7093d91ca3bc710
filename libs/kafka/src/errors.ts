/** Where in Kafka an error happened, when it concerns a record. */
export interface ErrorContext {
  topic?: string;
  partition?: number;
  offset?: string;
  batchId?: string;
  [key: string]: unknown;
}

/**
 * Base of the platform's errors. `retriable` decides what a worker does: retry with backoff
 * (broker, registry, sink down) or dead-letter the record and move on. Never decide by message text.
 */
export class PlatformError extends Error {
  constructor(
    message: string,
    readonly retriable: boolean,
    readonly context: ErrorContext = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

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
