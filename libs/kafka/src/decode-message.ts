import { type AvroSerde } from '@i94/avro';
import { type ErrorContext, PlatformError } from '@i94/domain';
import { DecodeError, RegistryUnavailableError } from './errors';

// 404/422 from the registry: the message names a schema id it does not know — poison, not outage.
const UNKNOWN_SCHEMA_STATUSES = new Set([404, 422]);

/**
 * Decodes a Confluent-framed Avro message. Bytes that are not a valid frame or do not match their
 * schema become a DecodeError (dead-letter it); a registry that cannot be reached becomes a
 * retriable RegistryUnavailableError (wait and retry). Decided by error class and HTTP status.
 */
export async function decodeMessage<T>(serde: AvroSerde, value: Buffer | null, context: ErrorContext): Promise<T> {
  if (!value || value.length < 5 || value[0] !== 0) throw new DecodeError('not a Confluent Avro frame (magic byte 0 + schema id)', context);
  try {
    return await serde.decode<T>(value);
  } catch (error) {
    if (error instanceof PlatformError) throw error;
    const status = (error as { status?: number }).status;
    if (status !== undefined && !UNKNOWN_SCHEMA_STATUSES.has(status)) {
      throw new RegistryUnavailableError(`schema registry unavailable: ${(error as Error).message}`, context, error);
    }
    throw new DecodeError(`cannot decode: ${(error as Error).message}`, context, error);
  }
}
