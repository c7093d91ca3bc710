import { type AvroSerde } from '@i94/avro';
import { type ErrorContext } from '@i94/domain';
import { classifyRegistryError } from './delivery-errors';
import { DecodeError } from './errors';

/**
 * Decodes a Confluent-framed Avro message. Bytes that are not a valid frame or do not match their
 * schema, or name a schema id the registry does not know, become a DecodeError (dead-letter it); a
 * registry that cannot be reached becomes a retriable RegistryUnavailableError (wait and retry).
 */
export async function decodeMessage<T>(serde: AvroSerde, value: Buffer | null, context: ErrorContext): Promise<T> {
  if (!value || value.length < 5 || value[0] !== 0) throw new DecodeError('not a Confluent Avro frame (magic byte 0 + schema id)', context);
  try {
    return await serde.decode<T>(value);
  } catch (error) {
    throw classifyRegistryError(error, 'decode', context);
  }
}
