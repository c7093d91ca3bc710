import { type Message } from 'kafkajs';

/** max.message.bytes of a topic that sets none: the broker's default (message.max.bytes). */
export const BROKER_DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;

/** A record batch's fixed fields (magic v2): base offset, length, epoch, magic, CRC, attributes, deltas, timestamps, producer id/epoch, sequence, count. */
const BATCH_HEADER_BYTES = 61;
/** The widest varint a delta takes (offset deltas are int32; timestamp deltas within a send stay far below 2^34 ms). */
const MAX_DELTA_BYTES = 5;

const varIntBytes = (n: number): number => {
  let zigzag = n >= 0 ? n * 2 : -n * 2 - 1;
  let bytes = 1;
  while (zigzag >= 0x80) {
    zigzag = Math.floor(zigzag / 0x80);
    bytes++;
  }
  return bytes;
};

const sizeOf = (field: Message['key'] | Message['value']): number => (field == null ? -1 : Buffer.isBuffer(field) ? field.length : Buffer.byteLength(field));
const varIntBytesField = (field: Message['key'] | Message['value']): number => {
  const size = sizeOf(field);
  return varIntBytes(size) + Math.max(0, size);
};

/** A record's bytes in a batch, without its length prefix, with its two deltas taking `deltaBytes` together. */
function recordBodyBytes(message: Message, deltaBytes: number): number {
  let bytes = 1 + deltaBytes + varIntBytesField(message.key) + varIntBytesField(message.value);
  const headers = Object.entries(message.headers ?? {}).flatMap(([key, value]) => (Array.isArray(value) ? value.map((v) => [key, v] as const) : [[key, value] as const]));
  bytes += varIntBytes(headers.length);
  for (const [key, value] of headers) bytes += varIntBytesField(key) + (value === undefined ? varIntBytes(-1) : varIntBytesField(value as Buffer | string | null));
  return bytes;
}

/**
 * The exact size of the record batch that carries `message` alone, uncompressed, as the broker
 * compares it with the topic's max.message.bytes: more than that and the broker refuses it.
 */
export function singleRecordBatchBytes(message: Message): number {
  const body = recordBodyBytes(message, 2); // both deltas are 0: one byte each
  return BATCH_HEADER_BYTES + varIntBytes(body) + body;
}

/** An upper bound of what `message` adds to a batch of several records (deltas at their widest, no batch header). */
export function recordInBatchBytes(message: Message): number {
  const body = recordBodyBytes(message, 2 * MAX_DELTA_BYTES);
  return varIntBytes(body) + body;
}

/**
 * Splits `messages` into sends none of which the broker refuses as too large: each send's batch
 * (of any of its partitions) stays within `limit`. Messages that exceed it alone are returned
 * apart, by index: no send can ever carry them.
 */
export function splitBySize(messages: readonly Message[], limit: number): { sends: Message[][]; tooLarge: number[] } {
  const sends: Message[][] = [];
  const tooLarge: number[] = [];
  let send: Message[] = [];
  let bytes = BATCH_HEADER_BYTES;
  messages.forEach((message, index) => {
    if (singleRecordBatchBytes(message) > limit) return void tooLarge.push(index);
    const added = recordInBatchBytes(message);
    if (send.length > 0 && bytes + added > limit) {
      sends.push(send);
      send = [];
      bytes = BATCH_HEADER_BYTES;
    }
    send.push(message);
    bytes += added;
  });
  if (send.length > 0) sends.push(send);
  return { sends, tooLarge };
}
