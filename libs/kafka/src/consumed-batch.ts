import { type KafkaMessage } from 'kafkajs';

/** At most this many batch ids go into one log line; a backlog batch can span many feed requests. */
const MAX_LOGGED_BATCH_IDS = 20;

/**
 * The feed batch ids (the gateway's correlation ids, carried in each message's `batchId` header)
 * of a consumed batch, each once and in order of first appearance, for the worker's log line.
 */
export function batchIdsOf(messages: readonly KafkaMessage[], max = MAX_LOGGED_BATCH_IDS): string[] {
  const ids = new Set<string>();
  for (const message of messages) {
    const id = message.headers?.batchId?.toString();
    if (id) ids.add(id);
    if (ids.size >= max) break;
  }
  return [...ids];
}

/** Records still behind the partition's end once `nextOffset` is committed: the consumer lag a worker reports. */
export function lagAfter(highWatermark: string, nextOffset: string | number): number {
  return Math.max(0, Number(highWatermark) - Number(nextOffset));
}

/** The offset to commit after a batch: one past its last message. */
export function nextOffsetOf(messages: readonly KafkaMessage[]): string {
  return String(Number(messages[messages.length - 1].offset) + 1);
}
