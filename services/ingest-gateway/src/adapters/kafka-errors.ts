import { BrokerUnavailableError, PlatformError, RegistryUnavailableError } from '@i94/kafka';

/**
 * Classifies a failure of a produce or registry call: broker and registry trouble become
 * retriable errors (the client gets 503 and retries); anything else is re-thrown as it is.
 * Decided by error class names, never by message text.
 */
export function asPlatformError(error: unknown, topic: string): unknown {
  if (error instanceof PlatformError) return error;
  const name = (error as Error)?.name ?? '';
  if (name.startsWith('KafkaJS')) return new BrokerUnavailableError(`Kafka did not accept the write: ${(error as Error).message}`, { topic }, error);
  if (name.startsWith('ConfluentSchemaRegistry')) return new RegistryUnavailableError(`schema registry failed: ${(error as Error).message}`, { topic }, error);
  return error;
}
