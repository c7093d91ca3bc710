/** Where an error happened: the record's Kafka position, batch, or other facts for the log. */
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
