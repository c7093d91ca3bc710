// Generated from schemas/i94.rollups.committed.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.rollups.committed.v1-value. */

export const I94_ROLLUPS_COMMITTED_V1_SCHEMA = {
  "type": "record",
  "name": "RollupCommitted",
  "namespace": "i94.rollups.v1",
  "doc": "A Parquet file of enriched arrivals committed to S3 by parquet-rollup. Topic i94.rollups.committed.v1, key = arrivalMonth (a month's announcements share a partition, so one compactor instance owns the month). Announced after the object and its manifest entry are durable and before the consumed offsets are committed, so a replay may announce the same object again: consumers deduplicate by objectKey.",
  "fields": [
    {
      "name": "objectKey",
      "type": "string"
    },
    {
      "name": "manifestKey",
      "type": "string",
      "doc": "the roll's manifest entry in the same bucket"
    },
    {
      "name": "bucket",
      "type": "string"
    },
    {
      "name": "topic",
      "type": "string",
      "doc": "the enriched topic the rows were read from"
    },
    {
      "name": "partition",
      "type": "int"
    },
    {
      "name": "startOffset",
      "type": "long"
    },
    {
      "name": "endOffset",
      "type": "long",
      "doc": "last offset of the roll, inclusive"
    },
    {
      "name": "ingestHour",
      "type": "string",
      "doc": "YYYY-MM-DDTHH (UTC)"
    },
    {
      "name": "arrivalMonth",
      "type": "string",
      "doc": "YYYY-MM, or unknown"
    },
    {
      "name": "rows",
      "type": "long"
    },
    {
      "name": "minArrivalDate",
      "type": [
        "null",
        "string"
      ],
      "default": null
    },
    {
      "name": "maxArrivalDate",
      "type": [
        "null",
        "string"
      ],
      "default": null
    },
    {
      "name": "committedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    }
  ]
} as const;


/** A Parquet file of enriched arrivals committed to S3 by parquet-rollup. Topic i94.rollups.committed.v1, key = arrivalMonth (a month's announcements share a partition, so one compactor instance owns the month). Announced after the object and its manifest entry are durable and before the consumed offsets are committed, so a replay may announce the same object again: consumers deduplicate by objectKey. */
export interface RollupCommitted {
  objectKey: string;
  /** the roll's manifest entry in the same bucket */
  manifestKey: string;
  bucket: string;
  /** the enriched topic the rows were read from */
  topic: string;
  partition: number;
  startOffset: number;
  /** last offset of the roll, inclusive */
  endOffset: number;
  /** YYYY-MM-DDTHH (UTC) */
  ingestHour: string;
  /** YYYY-MM, or unknown */
  arrivalMonth: string;
  rows: number;
  minArrivalDate: null | string;
  maxArrivalDate: null | string;
  /** timestamp-millis: milliseconds since the epoch */
  committedAt: number;
}
