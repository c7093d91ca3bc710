import { classifyDeliveryError } from '@i94/kafka';

/**
 * Classifies a failure of a produce or registry call with libs/kafka's one classifier (by error
 * class, Kafka error code and HTTP status, never by message text): broker and registry trouble
 * become retriable errors (the client gets 503 and retries); anything else is returned as it is.
 */
export function asPlatformError(error: unknown, topic: string): unknown {
  return classifyDeliveryError(error, { topic });
}
