// Generated from schemas/i94.feeds.batches.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.feeds.batches.v1-value. */

export const I94_FEEDS_BATCHES_V1_SCHEMA = {
  "type": "record",
  "name": "BatchAccepted",
  "namespace": "i94.feeds.v1",
  "doc": "Totals of one request the gateway made durable. Topic i94.feeds.batches.v1 (compacted), key = batchId. Summed per feed date when the feed is completed; looked up by idempotencyKey when a client resends a request.",
  "fields": [
    {
      "name": "batchId",
      "type": "string"
    },
    {
      "name": "feedDate",
      "type": {
        "type": "int",
        "logicalType": "date"
      }
    },
    {
      "name": "accepted",
      "type": "long"
    },
    {
      "name": "rejected",
      "type": "long"
    },
    {
      "name": "sourceFile",
      "type": [
        "null",
        "string"
      ],
      "default": null
    },
    {
      "name": "acceptedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "idempotencyKey",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "The request's Idempotency-Key header, when the client sent one: a resend with the same key after its first attempt committed is answered from this summary and writes nothing."
    },
    {
      "name": "requestSha256",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "SHA-256 of the request (feed date, format, charset, source file, line offset, then the body as received): a resend under the same idempotencyKey is answered from this summary only when it is the same request."
    }
  ]
} as const;


/** Totals of one request the gateway made durable. Topic i94.feeds.batches.v1 (compacted), key = batchId. Summed per feed date when the feed is completed; looked up by idempotencyKey when a client resends a request. */
export interface BatchAccepted {
  batchId: string;
  /** date: days since 1970-01-01 */
  feedDate: number;
  accepted: number;
  rejected: number;
  sourceFile: null | string;
  /** timestamp-millis: milliseconds since the epoch */
  acceptedAt: number;
  /** The request's Idempotency-Key header, when the client sent one: a resend with the same key after its first attempt committed is answered from this summary and writes nothing. */
  idempotencyKey: null | string;
  /** SHA-256 of the request (feed date, format, charset, source file, line offset, then the body as received): a resend under the same idempotencyKey is answered from this summary only when it is the same request. */
  requestSha256: null | string;
}
