import { ingestHourOf, type RollManifest, type RollPosition } from '@i94/s3-parquet';

const MS_PER_HOUR = 3_600_000;

export type RollState = 'committed' | 'open' | 'rotating';
export type RollReason = 'hour' | 'size' | 'idle' | 'feed-completed' | 'replay' | 'shutdown';

/**
 * A buffered record: its Avro bytes as read (about 0.4 KB), not the decoded object (about 1.4 KB
 * of heap), so six partitions' open rolls fit a worker's memory; decoded again when the roll commits.
 */
export interface OffsetRecord {
  offset: number;
  /** Milliseconds since the epoch: decides the roll's ingest hour. */
  ingestedAt: number;
  /** The feed batch it came in, for the commit log line. */
  batchId: string;
  bytes: Buffer;
}

export interface RollToCommit {
  position: RollPosition;
  endOffset: number;
  ingestHour: string;
  records: readonly OffsetRecord[];
}

/** What a roll needs from outside: the manifest, the upload, and the offset commit. */
export interface RollPorts {
  findManifest(position: RollPosition): Promise<RollManifest | null>;
  /** Uploads the roll's objects, writes its manifest entry and announces it; resolves when durable. */
  commitRoll(roll: RollToCommit): Promise<RollManifest>;
  commitOffset(partition: number, nextOffset: number): Promise<void>;
}

export interface RollLimits {
  maxRows: number;
  idleMs: number;
}

/**
 * The open file of one topic-partition. States: `committed` (nothing buffered), `open`
 * (buffering), `rotating` (uploading). A roll closes at an ingest-hour change, at `maxRows`,
 * when idle, on a completed feed, or — replaying a roll the manifest already holds — exactly at
 * its recorded end offset, so the replay rewrites the same objects. Offsets are committed only
 * after the roll is durable. Calls are serialized per partition.
 */
export class PartitionRoll {
  state: RollState = 'committed';
  private records: OffsetRecord[] = [];
  private startOffset = -1;
  private lastOffset = -1;
  /** Whole hours since the epoch of the open roll's ingest hour; formatted only when a roll opens. */
  private hour = -1;
  private hourLabel = '';
  private plannedEnd: number | null = null;
  private lastAddedAt = 0;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly topic: string,
    private readonly partition: number,
    private readonly limits: RollLimits,
    private readonly ports: RollPorts,
    private readonly clock: () => number = Date.now,
  ) {}

  get buffered(): number {
    return this.records.length;
  }

  /** Adds records in offset order; records at or below the last one added are ignored (a retried batch). */
  add(records: readonly OffsetRecord[]): Promise<RollReason[]> {
    return this.serialized(async () => {
      const rolled: RollReason[] = [];
      for (const record of records) {
        if (record.offset <= this.lastOffset) continue;
        const hour = Math.floor(record.ingestedAt / MS_PER_HOUR);
        if (this.state === 'open' && this.plannedEnd === null && hour !== this.hour) rolled.push(await this.rotate('hour'));
        if (this.state === 'committed') await this.open(record.offset, hour);
        this.records.push(record);
        this.lastOffset = record.offset;
        this.lastAddedAt = this.clock();
        if (this.plannedEnd !== null ? record.offset >= this.plannedEnd : this.records.length >= this.limits.maxRows) {
          rolled.push(await this.rotate(this.plannedEnd !== null ? 'replay' : 'size'));
        }
      }
      return rolled;
    });
  }

  /** Closes the roll if it has been idle for the limit (not while replaying a recorded roll). */
  tick(): Promise<RollReason | null> {
    return this.serialized(async () =>
      this.state === 'open' && this.plannedEnd === null && this.clock() - this.lastAddedAt >= this.limits.idleMs ? this.rotate('idle') : null,
    );
  }

  /** Closes the roll now, if one is open and not replaying a recorded roll. */
  flush(reason: RollReason): Promise<RollReason | null> {
    return this.serialized(async () => (this.state === 'open' && this.plannedEnd === null ? this.rotate(reason) : null));
  }

  private async open(offset: number, hour: number) {
    const manifest = await this.ports.findManifest(this.position(offset));
    this.startOffset = offset;
    this.hour = hour;
    this.hourLabel = manifest?.ingestHour ?? ingestHourOf(hour * MS_PER_HOUR);
    this.plannedEnd = manifest?.endOffset ?? null;
    this.state = 'open';
  }

  private async rotate(reason: RollReason): Promise<RollReason> {
    this.state = 'rotating';
    try {
      const endOffset = this.records[this.records.length - 1].offset;
      await this.ports.commitRoll({ position: this.position(this.startOffset), endOffset, ingestHour: this.hourLabel, records: this.records });
      await this.ports.commitOffset(this.partition, endOffset + 1);
      this.records = [];
      this.plannedEnd = null;
      this.state = 'committed';
      return reason;
    } catch (error) {
      this.state = 'open'; // nothing is lost: the buffer stays and the next trigger retries
      throw error;
    }
  }

  private position(startOffset: number): RollPosition {
    return { topic: this.topic, partition: this.partition, startOffset };
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }
}
