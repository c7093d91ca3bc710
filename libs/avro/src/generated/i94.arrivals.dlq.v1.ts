// Generated from schemas/i94.arrivals.dlq.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.arrivals.dlq.v1-value. */

export const I94_ARRIVALS_DLQ_V1_SCHEMA = {
  "type": "record",
  "name": "DeadLetter",
  "namespace": "i94.arrivals.v1",
  "doc": "A record that was not processed, with the reason and the original payload. Topic i94.arrivals.dlq.v1.",
  "fields": [
    {
      "name": "reasonCode",
      "type": "string",
      "doc": "machine-readable reason, e.g. MISSING_CICID, NOT_A_NUMBER, DECODE_FAILED"
    },
    {
      "name": "field",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "the field at fault, when one is"
    },
    {
      "name": "message",
      "type": "string",
      "doc": "human-readable explanation"
    },
    {
      "name": "errorClass",
      "type": "string",
      "doc": "class of the error that rejected it"
    },
    {
      "name": "service",
      "type": "string",
      "doc": "the service that rejected it"
    },
    {
      "name": "batchId",
      "type": [
        "null",
        "string"
      ],
      "default": null
    },
    {
      "name": "feedDate",
      "type": [
        "null",
        {
          "type": "int",
          "logicalType": "date"
        }
      ],
      "default": null
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
      "name": "sourceLine",
      "type": [
        "null",
        "long"
      ],
      "default": null
    },
    {
      "name": "sourceTopic",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "for records rejected downstream: where they were consumed"
    },
    {
      "name": "sourcePartition",
      "type": [
        "null",
        "int"
      ],
      "default": null
    },
    {
      "name": "sourceOffset",
      "type": [
        "null",
        "long"
      ],
      "default": null
    },
    {
      "name": "attempts",
      "type": "int",
      "default": 1
    },
    {
      "name": "failedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    },
    {
      "name": "payload",
      "type": "bytes",
      "doc": "the original bytes: a CSV line, an NDJSON line or an Avro message"
    },
    {
      "name": "payloadFormat",
      "type": {
        "type": "enum",
        "name": "PayloadFormat",
        "symbols": [
          "CSV",
          "NDJSON",
          "PARQUET_ROW",
          "SAS7BDAT_ROW",
          "AVRO"
        ]
      }
    }
  ]
} as const;


export type PayloadFormat = 'CSV' | 'NDJSON' | 'PARQUET_ROW' | 'SAS7BDAT_ROW' | 'AVRO';

/** A record that was not processed, with the reason and the original payload. Topic i94.arrivals.dlq.v1. */
export interface DeadLetter {
  /** machine-readable reason, e.g. MISSING_CICID, NOT_A_NUMBER, DECODE_FAILED */
  reasonCode: string;
  /** the field at fault, when one is */
  field: null | string;
  /** human-readable explanation */
  message: string;
  /** class of the error that rejected it */
  errorClass: string;
  /** the service that rejected it */
  service: string;
  batchId: null | string;
  /** date: days since 1970-01-01 */
  feedDate: null | number;
  sourceFile: null | string;
  sourceLine: null | number;
  /** for records rejected downstream: where they were consumed */
  sourceTopic: null | string;
  sourcePartition: null | number;
  sourceOffset: null | number;
  attempts: number;
  /** timestamp-millis: milliseconds since the epoch */
  failedAt: number;
  /** the original bytes: a CSV line, an NDJSON line or an Avro message */
  payload: Buffer;
  payloadFormat: PayloadFormat;
}
