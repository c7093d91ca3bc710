import { ConfluentSchemaRegistryValidationError } from '@kafkajs/confluent-schema-registry/dist/errors';
import { type ErrorContext, PlatformError } from '@i94/domain';
import { BrokerUnavailableError, DecodeError, RegistryUnavailableError } from './errors';

/** A record (or one record batch) larger than the broker takes: it can never be delivered as it is. */
export class RecordTooLargeError extends PlatformError {
  constructor(message: string, context?: ErrorContext, cause?: unknown) {
    super(message, false, context, { cause });
  }
}

/** The registry refused a schema (incompatible, invalid) or a value does not fit it: a bug, not an outage. */
export class SchemaRejectedError extends PlatformError {
  constructor(message: string, context?: ErrorContext, cause?: unknown) {
    super(message, false, context, { cause });
  }
}

/**
 * Another member now owns the partition (its transactional producer fenced ours, or the group
 * moved on): the work in hand must be dropped, neither retried nor dead-lettered.
 */
export class PartitionLostError extends PlatformError {
  constructor(message: string, context?: ErrorContext, cause?: unknown) {
    super(message, false, context, { cause });
  }
}

/**
 * The idempotent producer's sequence numbers no longer match the broker's (batches given up on
 * during an outage): the producer must be replaced; the send itself may be retried.
 */
export class ProducerSequenceError extends BrokerUnavailableError {}

// Kafka protocol error codes (org.apache.kafka.common.protocol.Errors) the platform acts on.
const TOO_LARGE = new Set([10 /* MESSAGE_TOO_LARGE */, 18 /* RECORD_LIST_TOO_LARGE */]);
const FENCED = new Set([47 /* INVALID_PRODUCER_EPOCH */, 90 /* PRODUCER_FENCED */, 52 /* INVALID_TXN_STATE */]);
const SEQUENCE = new Set([45 /* OUT_OF_ORDER_SEQUENCE_NUMBER */, 59 /* UNKNOWN_PRODUCER_ID */, 49 /* INVALID_PRODUCER_ID_MAPPING */]);
const GROUP_MOVED_ON = new Set([22 /* ILLEGAL_GENERATION */, 25 /* UNKNOWN_MEMBER_ID */, 27 /* REBALANCE_IN_PROGRESS */]);

// The registry client reports a registry it could not reach at all (refused, reset) as status 400
// and a timeout as 408; 429 and 5xx are the registry's own trouble. 401/403/404/409/422 are its answer.
const REGISTRY_REFUSED = new Set([401, 403, 404, 409, 422]);
const UNKNOWN_SCHEMA = new Set([404, 422]);

/** The kafkajs protocol error code inside `error`, following kafkajs's wrappers (retries exceeded, non-retriable). */
export function kafkaErrorCode(error: unknown): number | undefined {
  for (let e = error as { code?: unknown; originalError?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'number') return e.code;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return undefined;
}

/**
 * A failure of a produce, transaction or offset commit as a platform error, by kafkajs error
 * class and Kafka error code, never by message text: too large and fenced are final; everything
 * else from kafkajs means the broker is unreachable or busy now (retriable).
 */
export function classifyKafkaError(error: unknown, context: ErrorContext = {}): unknown {
  if (error instanceof PlatformError) return error;
  const code = kafkaErrorCode(error);
  const message = (error as Error)?.message;
  if (code !== undefined && TOO_LARGE.has(code)) return new RecordTooLargeError(`the broker refused a record as too large: ${message}`, context, error);
  if (code !== undefined && FENCED.has(code)) return new PartitionLostError(`fenced by a newer producer of the partition: ${message}`, context, error);
  if (code !== undefined && GROUP_MOVED_ON.has(code)) return new PartitionLostError(`the group moved on without this member: ${message}`, context, error);
  if (code !== undefined && SEQUENCE.has(code)) return new ProducerSequenceError(`the producer's sequence is out of step: ${message}`, context, error);
  if (String((error as Error)?.name).startsWith('KafkaJS')) return new BrokerUnavailableError(`Kafka did not accept the request: ${message}`, context, error);
  return error;
}

/**
 * A failure of a registry call as a platform error, by error class and HTTP status. Encoding:
 * refused (incompatible, invalid, value does not fit) is final; unreachable is retriable.
 * Decoding: a schema id the registry does not know is poison (DecodeError); unreachable is retriable.
 */
export function classifyRegistryError(error: unknown, operation: 'encode' | 'decode', context: ErrorContext = {}): PlatformError {
  if (error instanceof PlatformError) return error;
  const message = (error as Error)?.message;
  const status = (error as { status?: unknown })?.status;
  if (operation === 'decode') {
    if (typeof status === 'number' && !UNKNOWN_SCHEMA.has(status)) return new RegistryUnavailableError(`schema registry unavailable: ${message}`, context, error);
    return new DecodeError(`cannot decode: ${message}`, context, error);
  }
  if (error instanceof ConfluentSchemaRegistryValidationError) return new SchemaRejectedError(`value does not fit its schema: ${message}`, context, error);
  if (typeof status === 'number' && REGISTRY_REFUSED.has(status)) return new SchemaRejectedError(`schema registry refused the schema (${status}): ${message}`, context, error);
  return new RegistryUnavailableError(`schema registry unavailable: ${message}`, context, error);
}

/**
 * A failure of a produce or an encode, whichever client threw it: Kafka by code (classifyKafkaError),
 * the registry by status (classifyRegistryError); anything else (a bug) is returned as it is.
 */
export function classifyDeliveryError(error: unknown, context: ErrorContext = {}): unknown {
  const kafka = classifyKafkaError(error, context);
  if (kafka !== error) return kafka;
  const { name, status } = (error ?? {}) as { name?: unknown; status?: unknown };
  const fromRegistry = String(name).startsWith('ConfluentSchemaRegistry') || name === 'ResponseError' || typeof status === 'number';
  return fromRegistry ? classifyRegistryError(error, 'encode', context) : error;
}

/**
 * The batch in hand starts before the group's committed offset: another member committed past it
 * after this one fetched it. The batch is dropped and the partition fetched again from `committedOffset`.
 */
export class StalePositionError extends PlatformError {
  constructor(
    readonly committedOffset: string,
    context?: ErrorContext,
  ) {
    super(`the group has committed up to ${committedOffset}, past this batch`, false, context);
  }
}
