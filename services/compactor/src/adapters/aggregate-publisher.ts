import { type Kafka, type Producer } from 'kafkajs';
import { type AvroSerde, I94_AGG_STATE_MONTH_V1_SCHEMA, type StateMonthAggregate as AggregateValue } from '@i94/avro';
import { type AggregateWriter } from '@i94/cassandra';
import { type StateMonthAggregate } from '@i94/domain';
import { BROKER_DEFAULT_MAX_MESSAGE_BYTES, BrokerUnavailableError, createProducer, splitBySize } from '@i94/kafka';
import { aggregatesObjectKey, encodeParquet, type ObjectStore, parquetColumns } from '@i94/s3-parquet';

const AGGREGATE_COLUMNS = parquetColumns(I94_AGG_STATE_MONTH_V1_SCHEMA as never);

/**
 * Every aggregate of a month carries the month's lineage, one entry per input file: about 110
 * bytes each, so a month of 1,260 rolls made 60 messages of 140 KB, and one send of them all was
 * a batch the broker refused. The sends are cut to the topic's limit (it sets none: the default).
 */
const SEND_LIMIT_BYTES = BROKER_DEFAULT_MAX_MESSAGE_BYTES;

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
    const messages = await this.unavailableAs(month, () =>
      Promise.all(aggregates.map(async (a) => ({ key: `${a.state}|${a.month}`, value: await this.serde.encode('i94.agg.state-month.v1', a as AggregateValue, this.topic) }))),
    );
    const { sends, tooLarge } = splitBySize(messages, SEND_LIMIT_BYTES);
    if (tooLarge.length > 0) throw new Error(`cannot publish aggregates of ${month}: ${messages[tooLarge[0]].key} alone is over ${SEND_LIMIT_BYTES} bytes (its lineage lists ${aggregates[tooLarge[0]].lineage.length} files)`);
    for (const batch of sends) await this.unavailableAs(month, () => this.producer.send({ topic: this.topic, acks: -1, messages: batch }));
  }

  private async unavailableAs<T>(month: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw new BrokerUnavailableError(`cannot publish aggregates of ${month}: ${(error as Error).message}`, { topic: this.topic }, error);
    }
  }
}
