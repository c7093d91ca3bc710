import { type DeadLetter, toDeadLetter } from '@i94/avro';
import { type KafkaMessage } from 'kafkajs';
import { type DecodeError } from './errors';

/** The dead letter of a consumed message that could not be decoded: its position and its original bytes. */
export function decodeFailureLetter(service: string, error: DecodeError, message: KafkaMessage, topic: string, partition: number, failedAt = Date.now()): DeadLetter {
  const source = {
    service, batchId: message.headers?.batchId?.toString() ?? null, feedDate: null, sourceFile: null, sourceLine: null,
    sourceTopic: topic, sourcePartition: partition, sourceOffset: Number(message.offset),
  };
  return toDeadLetter([{ field: null, reason: 'DECODE_FAILED', message: error.message }], source, { bytes: message.value ?? Buffer.alloc(0), format: 'AVRO' }, failedAt, 'DecodeError');
}
