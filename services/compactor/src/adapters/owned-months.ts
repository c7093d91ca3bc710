import { type Kafka } from 'kafkajs';
import { type RollCatalog } from '@i94/s3-parquet';
import { type DirtyMonths } from '../compactor.service';
import { monthPartition } from '../month-partition';

/**
 * The dirty months this instance owns: those whose announcements land on a partition of the
 * rollups topic the consumer group gave it. With N instances each sweep compacts each month on
 * one of them only; a month whose owner died is swept by the member its partition moves to.
 */
export class OwnedMonths implements DirtyMonths {
  constructor(
    private readonly catalog: RollCatalog,
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly owns: (topic: string, partition: number) => boolean,
  ) {}

  async monthsWithNewFiles(): Promise<string[]> {
    const dirty = await this.catalog.monthsWithNewFiles();
    if (dirty.length === 0) return dirty;
    const partitions = await this.partitionCount();
    return dirty.filter((month) => this.owns(this.topic, monthPartition(month, partitions)));
  }

  // Asked each time, not taken from the topic spec: a topic given more partitions moves months.
  private async partitionCount(): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [this.topic] });
      return topics[0].partitions.length;
    } finally {
      await admin.disconnect();
    }
  }
}
