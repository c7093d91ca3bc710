import { type DeadLetter } from '@i94/avro';
import { type KafkaMessage } from 'kafkajs';
import { decodeFailureLetter } from './decode-failure-letter';
import { DecodeError } from './errors';

/** A consumed message and its decoded value. */
export interface Decoded<T> {
  message: KafkaMessage;
  value: T;
}

/** Where a batch came from, for decode contexts and dead letters. */
export interface BatchSource {
  service: string;
  topic: string;
  partition: number;
}

/**
 * The workers' first step on a batch: decode every message; one that cannot be decoded (poison)
 * becomes a dead letter with its position and original bytes, and the others go on. Any other
 * failure (the registry unreachable) is thrown, so the runner retries the batch.
 */
export async function decodeBatch<T>(
  messages: readonly KafkaMessage[],
  decode: (value: Buffer | null, context: { topic: string; partition: number; offset: string }) => Promise<T>,
  { service, topic, partition }: BatchSource,
  clock: () => number = Date.now,
): Promise<{ decoded: Decoded<T>[]; deadLetters: DeadLetter[] }> {
  const decoded: Decoded<T>[] = [];
  const deadLetters: DeadLetter[] = [];
  for (const message of messages) {
    try {
      decoded.push({ message, value: await decode(message.value, { topic, partition, offset: message.offset }) });
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      deadLetters.push(decodeFailureLetter(service, error, message, topic, partition, clock()));
    }
  }
  return { decoded, deadLetters };
}
