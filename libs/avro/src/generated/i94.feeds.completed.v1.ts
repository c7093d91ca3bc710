// Generated from schemas/i94.feeds.completed.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.feeds.completed.v1-value. */

export const I94_FEEDS_COMPLETED_V1_SCHEMA = {
  "type": "record",
  "name": "FeedCompleted",
  "namespace": "i94.feeds.v1",
  "doc": "End-of-feed marker: the producer says a daily feed is complete. Topic i94.feeds.completed.v1, key = feedDate. The end offsets are a watermark: a consumer of the raw topic has seen the whole feed once it has passed them on every partition.",
  "fields": [
    {
      "name": "feedDate",
      "type": {
        "type": "int",
        "logicalType": "date"
      }
    },
    {
      "name": "expectedCount",
      "type": "long",
      "doc": "records the producer says it sent for the feed"
    },
    {
      "name": "acceptedCount",
      "type": "long",
      "doc": "records the gateway accepted for the feed"
    },
    {
      "name": "rejectedCount",
      "type": "long",
      "doc": "records the gateway rejected for the feed"
    },
    {
      "name": "rawEndOffsets",
      "type": {
        "type": "array",
        "items": {
          "type": "record",
          "name": "PartitionOffset",
          "fields": [
            {
              "name": "partition",
              "type": "int"
            },
            {
              "name": "offset",
              "type": "long"
            }
          ]
        }
      },
      "doc": "high watermark of each raw-topic partition when the marker was published"
    },
    {
      "name": "completedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      }
    }
  ]
} as const;


export interface PartitionOffset {
  partition: number;
  offset: number;
}

/** End-of-feed marker: the producer says a daily feed is complete. Topic i94.feeds.completed.v1, key = feedDate. The end offsets are a watermark: a consumer of the raw topic has seen the whole feed once it has passed them on every partition. */
export interface FeedCompleted {
  /** date: days since 1970-01-01 */
  feedDate: number;
  /** records the producer says it sent for the feed */
  expectedCount: number;
  /** records the gateway accepted for the feed */
  acceptedCount: number;
  /** records the gateway rejected for the feed */
  rejectedCount: number;
  /** high watermark of each raw-topic partition when the marker was published */
  rawEndOffsets: PartitionOffset[];
  /** timestamp-millis: milliseconds since the epoch */
  completedAt: number;
}
