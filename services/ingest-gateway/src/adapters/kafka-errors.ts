import { BrokerUnavailableError, PlatformError, RegistryUnavailableError } from '@i94/kafka';

// The registry client (mappersmith) reports a registry it could not reach at all (refused, reset)
// as a ResponseError with status 400 and a timeout as 408; 429 and 5xx are the registry's own
// trouble. 401/403/404/409/422 are answers about our request: not an outage.
const registryUnavailable = (status: unknown) => typeof status === 'number' && (status === 400 || status === 408 || status === 429 || status >= 500);

/**
 * Classifies a failure of a produce or registry call: broker and registry trouble become
 * retriable errors (the client gets 503 and retries); anything else is re-thrown as it is.
 * Decided by error class names and HTTP status, never by message text.
 */
export function asPlatformError(error: unknown, topic: string): unknown {
  if (error instanceof PlatformError) return error;
  const name = (error as Error)?.name ?? '';
  if (name.startsWith('KafkaJS')) return new BrokerUnavailableError(`Kafka did not accept the write: ${(error as Error).message}`, { topic }, error);
  const registryResponse = name === 'ResponseError' && registryUnavailable((error as { status?: unknown }).status);
  if (name.startsWith('ConfluentSchemaRegistry') || registryResponse) {
    return new RegistryUnavailableError(`schema registry failed: ${(error as Error).message}`, { topic }, error);
  }
  return error;
}
