import { type Kafka, type Producer } from 'kafkajs';
import { type AvroSerde, type EnrichedArrival, epochDaysToIsoDate, I94_ARRIVALS_ENRICHED_V1_SCHEMA } from '@i94/avro';
import { BrokerUnavailableError, createProducer, decodeMessage } from '@i94/kafka';
import {
  encodeParquet, type ObjectStore, type ParquetColumn, parquetColumns, parseRollManifest, rollClaimKey, type RollFile, type RollManifest, rollManifestKey, rollupObjectKey, type RollPosition,
} from '@i94/s3-parquet';
import { type RollToCommit } from '../partition-roll';
import { type RecordedRoll, RollTakenError } from '../roll-taken';

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

function parseClaim(bytes: Buffer): RecordedRoll {
  const { endOffset, ingestHour } = JSON.parse(bytes.toString()) as RecordedRoll;
  if (typeof endOffset !== 'number' || typeof ingestHour !== 'string') throw new Error('not a roll claim');
  return { endOffset, ingestHour };
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
    this.producer = createProducer(kafka);
  }

  connect = () => this.producer.connect();
  disconnect = () => this.producer.disconnect();

  /** The roll claimed at this start offset (by any member), else one a manifest records (rolls from before claims). */
  async findRecorded(position: RollPosition): Promise<RecordedRoll | null> {
    const claim = await this.store.get(rollClaimKey(position));
    if (claim) return parseClaim(claim);
    const manifest = await this.store.get(rollManifestKey(position));
    return manifest ? parseRollManifest(manifest) : null;
  }

  /**
   * Claims the roll (a create-only write of its end and hour), then uploads its objects and
   * writes its manifest (create-only: a replay leaves the first one as it is). A claim another
   * member made first with another end rejects with RollTakenError: nothing is uploaded, so no
   * object is ever overwritten with different rows; the same claim means the same records.
   */
  async commitRoll(roll: RollToCommit): Promise<RollManifest> {
    const claimKey = rollClaimKey(roll.position);
    const claim: RecordedRoll = { endOffset: roll.endOffset, ingestHour: roll.ingestHour };
    if (!(await this.store.putIfUnchanged(claimKey, JSON.stringify(claim), 'application/json', null))) {
      const existing = await this.store.get(claimKey);
      const recorded = existing ? parseClaim(existing) : null;
      if (!recorded || recorded.endOffset !== claim.endOffset || recorded.ingestHour !== claim.ingestHour) throw new RollTakenError(recorded ?? claim);
    }
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
    await this.store.putIfUnchanged(manifestKey, JSON.stringify(manifest, null, 2), 'application/json', null);
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
          // keyed by month: a month's announcements land on one partition, so one compactor instance owns it
          key: f.arrivalMonth,
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
