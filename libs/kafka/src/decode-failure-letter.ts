import { type DeadLetter, toDeadLetter } from '@i94/avro';
import { type PlatformError } from '@i94/domain';
import { type KafkaMessage } from 'kafkajs';
import { RecordTooLargeError, SchemaRejectedError } from './delivery-errors';
import { type DecodeError } from './errors';

/** The DLQ reason code of a final error: what an operator filters the DLQ by. */
export function reasonCodeOf(error: PlatformError): string {
  if (error instanceof RecordTooLargeError) return 'RECORD_TOO_LARGE';
  if (error instanceof SchemaRejectedError) return 'SCHEMA_REJECTED';
  if (error.name === 'DecodeError') return 'DECODE_FAILED';
  return 'UNPROCESSABLE';
}

/** The dead letter of a consumed message that failed for good: its position, the error as the reason, and its original bytes. */
export function unprocessedLetter(service: string, error: PlatformError, message: KafkaMessage, topic: string, partition: number, failedAt = Date.now()): DeadLetter {
  const source = {
    service, batchId: message.headers?.batchId?.toString() ?? null, feedDate: null, sourceFile: null, sourceLine: null,
    sourceTopic: topic, sourcePartition: partition, sourceOffset: Number(message.offset),
  };
  return toDeadLetter([{ field: null, reason: reasonCodeOf(error), message: error.message }], source, { bytes: message.value ?? Buffer.alloc(0), format: 'AVRO' }, failedAt, error.name);
}

/** The dead letter of a consumed message that could not be decoded: its position and its original bytes. */
export function decodeFailureLetter(service: string, error: DecodeError, message: KafkaMessage, topic: string, partition: number, failedAt = Date.now()): DeadLetter {
  return unprocessedLetter(service, error, message, topic, partition, failedAt);
}
