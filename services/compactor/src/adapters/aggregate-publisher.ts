import { type Kafka, type Producer } from 'kafkajs';
import { type AvroSerde, I94_AGG_STATE_MONTH_V1_SCHEMA, type StateMonthAggregate as AggregateValue } from '@i94/avro';
import { type AggregateWriter } from '@i94/cassandra';
import { type StateMonthAggregate } from '@i94/domain';
import { BrokerUnavailableError, createProducer } from '@i94/kafka';
import { aggregatesObjectKey, encodeParquet, type ObjectStore, parquetColumns } from '@i94/s3-parquet';

const AGGREGATE_COLUMNS = parquetColumns(I94_AGG_STATE_MONTH_V1_SCHEMA as never);

/** Publishes a month's aggregates to Cassandra, to S3 as Parquet and to the compacted aggregate topic. */
export class AggregatePublisher {
  private readonly producer: Producer;

  constructor(
    kafka: Kafka,
    private readonly serde: AvroSerde,
    private readonly cassandra: AggregateWriter,
    private readonly store: ObjectStore,
    private readonly topic: string,
  ) {
    this.producer = createProducer(kafka);
  }

  connect = () => this.producer.connect();
  disconnect = () => this.producer.disconnect();

  async publish(month: string, aggregates: readonly StateMonthAggregate[]): Promise<void> {
    await this.cassandra.write(aggregates);
    await this.store.put(aggregatesObjectKey(month), await encodeParquet(AGGREGATE_COLUMNS, aggregates as never), 'application/vnd.apache.parquet');
    try {
      const messages = await Promise.all(
        aggregates.map(async (a) => ({ key: `${a.state}|${a.month}`, value: await this.serde.encode('i94.agg.state-month.v1', a as AggregateValue, this.topic) })),
      );
      await this.producer.send({ topic: this.topic, acks: -1, messages });
    } catch (error) {
      throw new BrokerUnavailableError(`cannot publish aggregates of ${month}: ${(error as Error).message}`, { topic: this.topic }, error);
    }
  }
}
