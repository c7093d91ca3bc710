import { type Kafka, Partitioners, type Producer } from 'kafkajs';
import { type AvroSerde, type EnrichedArrival, epochDaysToIsoDate, I94_ARRIVALS_ENRICHED_V1_SCHEMA } from '@i94/avro';
import { BrokerUnavailableError, decodeMessage } from '@i94/kafka';
import {
  encodeParquet, type ObjectStore, type ParquetColumn, parquetColumns, parseRollManifest, type RollFile, type RollManifest, rollManifestKey, rollupObjectKey, type RollPosition,
} from '@i94/s3-parquet';
import { type RollToCommit } from '../partition-roll';

// Every enriched field, plus where the row was read: the compactor keeps the highest offset of a cicid.
const COLUMNS: ParquetColumn[] = [
  ...parquetColumns(I94_ARRIVALS_ENRICHED_V1_SCHEMA as never),
  { name: 'kafkaPartition', kind: 'int32', optional: false },
  { name: 'kafkaOffset', kind: 'int64', optional: false },
];

interface DecodedRecord {
  offset: number;
  value: EnrichedArrival;
}

/** Groups a roll's records by arrival month ('unknown' when the record has none), without copying them. */
function byMonth(records: readonly DecodedRecord[]): Map<string, DecodedRecord[]> {
  const months = new Map<string, DecodedRecord[]>();
  for (const record of records) {
    const month = record.value.arrivalMonth ?? 'unknown';
    const list = months.get(month);
    if (list) list.push(record);
    else months.set(month, [record]);
  }
  return months;
}

/** A cell of a roll's row: the enriched field, or where the record was read (partition, offset). */
const cellOf = (partition: number) => (record: DecodedRecord, column: string): unknown =>
  column === 'kafkaOffset' ? record.offset : column === 'kafkaPartition' ? partition : record.value[column as keyof EnrichedArrival];

function dateRange(records: readonly DecodedRecord[]): [string | null, string | null] {
  let min = Infinity;
  let max = -Infinity;
  for (const { value: { arrivalDate } } of records) {
    if (arrivalDate === null) continue;
    min = Math.min(min, arrivalDate);
    max = Math.max(max, arrivalDate);
  }
  return min === Infinity ? [null, null] : [epochDaysToIsoDate(min), epochDaysToIsoDate(max)];
}

/**
 * Commits rolls to S3: one Parquet object per arrival month, then the roll's manifest entry,
 * then one announcement per object on the rollups topic (acks=all). Every key is derived from
 * the roll's start offset, so a replay overwrites instead of adding.
 */
export class S3RollPorts {
  private readonly producer: Producer;

  constructor(
    kafka: Kafka,
    private readonly serde: AvroSerde,
    private readonly store: ObjectStore,
    private readonly rollupsTopic: string,
  ) {
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  }

  connect = () => this.producer.connect();
  disconnect = () => this.producer.disconnect();

  async findManifest(position: RollPosition): Promise<RollManifest | null> {
    const bytes = await this.store.get(rollManifestKey(position));
    return bytes ? parseRollManifest(bytes) : null;
  }

  async commitRoll(roll: RollToCommit): Promise<RollManifest> {
    const files: RollFile[] = [];
    for (const [month, records] of byMonth(await this.decode(roll))) {
      const key = rollupObjectKey(roll.position, roll.ingestHour, month);
      const metadata = { topic: roll.position.topic, partition: String(roll.position.partition), startOffset: String(roll.position.startOffset), endOffset: String(roll.endOffset) };
      await this.store.put(key, await encodeParquet(COLUMNS, records, { kvMetadata: metadata, cellOf: cellOf(roll.position.partition) }), 'application/vnd.apache.parquet');
      const [minArrivalDate, maxArrivalDate] = dateRange(records);
      files.push({ key, arrivalMonth: month, rows: records.length, minArrivalDate, maxArrivalDate });
    }
    const manifest: RollManifest = {
      ...roll.position, endOffset: roll.endOffset, ingestHour: roll.ingestHour, rows: roll.records.length, schemaId: null, files, committedAt: new Date().toISOString(),
    };
    const manifestKey = rollManifestKey(roll.position);
    await this.store.put(manifestKey, JSON.stringify(manifest, null, 2), 'application/json');
    await this.announce(manifest, manifestKey);
    return manifest;
  }

  /** The roll's records decoded again (they were decoded once on arrival, so the schema is cached). */
  private async decode({ records, position: { topic, partition } }: RollToCommit): Promise<DecodedRecord[]> {
    const decoded: DecodedRecord[] = new Array(records.length);
    for (let i = 0; i < records.length; i++) {
      const { offset, bytes } = records[i];
      decoded[i] = { offset, value: await decodeMessage<EnrichedArrival>(this.serde, bytes, { topic, partition, offset: String(offset) }) };
    }
    return decoded;
  }

  private async announce(manifest: RollManifest, manifestKey: string) {
    try {
      const messages = await Promise.all(
        manifest.files.map(async (f) => ({
          key: f.key,
          value: await this.serde.encode('i94.rollups.committed.v1', {
            objectKey: f.key, manifestKey, bucket: this.store.options.bucket, topic: manifest.topic, partition: manifest.partition,
            startOffset: manifest.startOffset, endOffset: manifest.endOffset, ingestHour: manifest.ingestHour, arrivalMonth: f.arrivalMonth,
            rows: f.rows, minArrivalDate: f.minArrivalDate, maxArrivalDate: f.maxArrivalDate, committedAt: Date.now(),
          }, this.rollupsTopic),
        })),
      );
      await this.producer.send({ topic: this.rollupsTopic, acks: -1, messages });
    } catch (error) {
      throw new BrokerUnavailableError(`cannot announce the roll: ${(error as Error).message}`, { topic: this.rollupsTopic }, error);
    }
  }
}
