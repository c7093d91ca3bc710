import { type Kafka } from 'kafkajs';
import { groupRecordLag, type TopicNames } from '@i94/kafka';
import { PIPELINE_GROUPS } from '../ops/pipeline-groups';

/** A consumer group's position on its topic, per partition. */
export interface GroupLagStatus {
  group: string;
  service: string;
  topic: string;
  /** Records behind over all partitions (offsets holding only transaction markers or aborted records not counted). */
  lag: number;
  partitions: { partition: number; committed: number; high: number; lag: number }[];
}

/** The lag of every pipeline consumer group, with the namespace prefixed as the services do. */
export async function consumerLag(kafka: Kafka, namespace: string, topics: TopicNames): Promise<GroupLagStatus[]> {
  return Promise.all(
    PIPELINE_GROUPS.map(async (g) => {
      const group = `${namespace}${g.group}`;
      const partitions = await groupRecordLag(kafka, group, topics[g.topic]);
      return { group, service: g.service, topic: topics[g.topic], lag: partitions.reduce((n, p) => n + p.lag, 0), partitions };
    }),
  );
}
