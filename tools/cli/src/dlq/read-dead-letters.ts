import { type Kafka } from 'kafkajs';
import { type AvroSerde, type DeadLetter } from '@i94/avro';
import { readTopicToEnd } from '@i94/kafka';

/** A dead letter and where it sits on the DLQ topic. */
export interface DeadLetterEntry {
  partition: number;
  offset: number;
  letter: DeadLetter;
}

/** The DLQ position as the replay ledger records it: "partition:offset". */
export const dlqPosition = (e: { partition: number; offset: number }): string => `${e.partition}:${e.offset}`;

/**
 * Every dead letter on the DLQ topic up to its current end, optionally only those of one reason
 * (filtered on the `reason` header, so others are not decoded), in partition and offset order.
 */
export async function readDeadLetters(kafka: Kafka, serde: AvroSerde, topic: string, reason?: string): Promise<DeadLetterEntry[]> {
  const entries: DeadLetterEntry[] = [];
  await readTopicToEnd(kafka, topic, async (m, partition) => {
    if (reason !== undefined && m.headers?.reason?.toString() !== reason) return;
    entries.push({ partition, offset: Number(m.offset), letter: await serde.decode<DeadLetter>(m.value as Buffer) });
  });
  return entries.sort((a, b) => a.partition - b.partition || a.offset - b.offset);
}
