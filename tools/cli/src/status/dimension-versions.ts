import { type Kafka } from 'kafkajs';
import { DIMENSION_NAMES } from '@i94/dimensions';
import { DIMENSION_VERSION_HEADER, namespacedDimensionTopic, readTopicToEnd } from '@i94/kafka';

/** What a dimension topic holds: its records by the source version they were published from. */
export interface DimensionStatus {
  dimension: string;
  topic: string;
  /** Records on the topic (tombstones not counted; a compacted topic may still hold superseded copies). */
  records: number;
  /** Records per version header, so a half-published new version shows as two entries. */
  versions: Record<string, number>;
  /** The version of the record published last. */
  latest: string | null;
}

/** Reads each dimension topic of the namespace to its end and counts its version headers. */
export function dimensionVersions(kafka: Kafka, namespace: string): Promise<DimensionStatus[]> {
  const topicFor = namespacedDimensionTopic(namespace);
  return Promise.all(
    DIMENSION_NAMES.map(async (dimension) => {
      const status: DimensionStatus = { dimension, topic: topicFor(dimension), records: 0, versions: {}, latest: null };
      await readTopicToEnd(kafka, status.topic, (m) => {
        if (m.value === null) return;
        const version = m.headers?.[DIMENSION_VERSION_HEADER]?.toString() ?? 'none';
        status.records += 1;
        status.versions[version] = (status.versions[version] ?? 0) + 1;
        status.latest = version; // one partition: the last one read is the last published
      });
      return status;
    }),
  );
}
