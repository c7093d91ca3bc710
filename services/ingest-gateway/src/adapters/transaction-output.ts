import { type Message } from 'kafkajs';
import { type AvroSerde, type DeadLetter, epochDaysToIsoDate, isoDateToEpochDays, type RawArrival, type SchemaTopic, toDeadLetter, type TopicValues } from '@i94/avro';
import { arrivalKeyString } from '@i94/domain';
import { deadLetterHeaders, type DeliveryTransaction, RecordTooLargeError, singleRecordBatchBytes, type TopicNames } from '@i94/kafka';
import { type BatchSummary, type RequestOutput } from '../ports/feed-publisher';
import { asPlatformError } from './kafka-errors';

export interface Keyed<T> {
  key: string;
  value: T;
  headers?: Record<string, string>;
}

/**
 * One request's output inside its Kafka transaction. A raw record larger than the raw topic takes
 * (its max.message.bytes) can never be delivered: the transaction never sends it (a refused send
 * would break the transaction) and it goes to the DLQ, in the same transaction, as RECORD_TOO_LARGE.
 */
export class TransactionOutput implements RequestOutput {
  constructor(
    private readonly transaction: DeliveryTransaction,
    private readonly serde: AvroSerde,
    private readonly topics: TopicNames,
  ) {}

  async publishRaw(records: readonly RawArrival[]): Promise<void> {
    const encoded = await encodeAll(this.serde, 'i94.arrivals.raw.v1', this.topics.raw, records.map((r) => ({ key: arrivalKeyString(r), value: r, headers: { batchId: r.batchId } })));
    const tooLarge = await this.deliver(this.topics.raw, encoded);
    if (tooLarge.length > 0) await this.publishDeadLetters(tooLarge.map((i) => tooLargeLetter(records[i], encoded[i])));
  }

  async publishDeadLetters(letters: readonly DeadLetter[]): Promise<void> {
    const encoded = await encodeAll(this.serde, 'i94.arrivals.dlq.v1', this.topics.dlq, letters.map((l) => ({ key: l.batchId ?? 'unknown', value: l, headers: deadLetterHeaders(l) })));
    const tooLarge = await this.deliver(this.topics.dlq, encoded);
    if (tooLarge.length > 0) {
      throw new RecordTooLargeError(`${tooLarge.length} dead letters are larger than ${this.topics.dlq} takes (first: line ${letters[tooLarge[0]].sourceLine})`, { topic: this.topics.dlq });
    }
  }

  async publishBatchSummary(summary: BatchSummary): Promise<void> {
    const value = { ...summary, feedDate: isoDateToEpochDays(summary.feedDate), acceptedAt: Date.now() };
    const encoded = await encodeAll(this.serde, 'i94.feeds.batches.v1', this.topics.feedBatches, [{ key: summary.batchId, value }]);
    if ((await this.deliver(this.topics.feedBatches, encoded)).length > 0) throw new RecordTooLargeError('the batch summary is larger than its topic takes', { topic: this.topics.feedBatches });
  }

  private async deliver(topic: string, messages: Message[]): Promise<number[]> {
    try {
      return await this.transaction.send(topic, messages);
    } catch (error) {
      throw asPlatformError(error, topic);
    }
  }
}

/** Encodes values with the registry's schema `schema` for `topic` (the same name in its namespace). */
export async function encodeAll<T extends SchemaTopic>(serde: AvroSerde, schema: T, topic: string, messages: Keyed<TopicValues[T]>[]): Promise<Message[]> {
  try {
    return await Promise.all(messages.map(async (m) => ({ key: m.key, value: await serde.encode(schema, m.value, topic), headers: m.headers })));
  } catch (error) {
    throw asPlatformError(error, topic);
  }
}

/** The dead letter of a raw arrival larger than the raw topic takes: where it came from and its Avro bytes. */
function tooLargeLetter(record: RawArrival, message: Message): DeadLetter {
  const error = new RecordTooLargeError(`its record batch alone is ${singleRecordBatchBytes(message)} bytes, more than the topic's max.message.bytes`);
  const source = { service: 'ingest-gateway', batchId: record.batchId, feedDate: epochDaysToIsoDate(record.feedDate), sourceFile: record.sourceFile, sourceLine: record.sourceLine };
  return toDeadLetter([{ field: null, reason: 'RECORD_TOO_LARGE', message: error.message }], source, { bytes: message.value as Buffer, format: 'AVRO' }, Date.now(), error.name);
}
