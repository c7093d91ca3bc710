import { ingestHourOf, type RollManifest, type RollPosition } from '@i94/s3-parquet';
import { RollTakenError, type RecordedRoll } from './roll-taken';

const MS_PER_HOUR = 3_600_000;
const first = (reasons: RollReason[]): RollReason | null => reasons[0] ?? null;

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

/** What a roll needs from outside: what is recorded at a start offset, the upload, and the offset commit. */
export interface RollPorts {
  /** The roll recorded (claimed) at this start offset by any member, or null. */
  findRecorded(position: RollPosition): Promise<RecordedRoll | null>;
  /**
   * Records the roll at its start offset unless another end is recorded there (then rejects with
   * RollTakenError), uploads its objects, writes its manifest entry and announces it; resolves when durable.
   */
  commitRoll(roll: RollToCommit): Promise<RollManifest>;
  /** Commits the offset unless the partition is no longer this member's in `generation`. */
  commitOffset(partition: number, nextOffset: number, generation: number): Promise<unknown>;
}

export interface RollLimits {
  maxRows: number;
  idleMs: number;
}

/**
 * The open file of one topic-partition. States: `committed` (nothing buffered), `open`
 * (buffering), `rotating` (uploading). A roll closes at an ingest-hour change, at `maxRows`,
 * when idle, on a completed feed, or — replaying a roll already recorded at its start offset,
 * by this member or another — exactly at its recorded end offset, so every member that rolls
 * those offsets writes the same objects with the same bytes. Offsets are committed only after the
 * roll is durable, and only in the group generation the roll was opened in. Calls are serialized.
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
  private dropped = false;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly topic: string,
    private readonly partition: number,
    private readonly limits: RollLimits,
    private readonly ports: RollPorts,
    private readonly clock: () => number = Date.now,
    /** The group generation this member owned the partition in when the roll was made. */
    readonly generation = 0,
  ) {}

  get buffered(): number {
    return this.records.length;
  }

  /** Adds records in offset order; records at or below the last one added are ignored (a retried batch). */
  add(records: readonly OffsetRecord[]): Promise<RollReason[]> {
    return this.serialized(async () => {
      const rolled: RollReason[] = [];
      await this.append(records, rolled);
      return rolled;
    });
  }

  /** Closes the roll if it has been idle for the limit (not while replaying a recorded roll). */
  tick(): Promise<RollReason | null> {
    return this.serialized(async () =>
      this.state === 'open' && this.plannedEnd === null && this.clock() - this.lastAddedAt >= this.limits.idleMs ? first(await this.rotate('idle')) : null,
    );
  }

  /** Closes the roll now, if one is open and not replaying a recorded roll. */
  flush(reason: RollReason): Promise<RollReason | null> {
    return this.serialized(async () => (this.state === 'open' && this.plannedEnd === null ? first(await this.rotate(reason)) : null));
  }

  /**
   * Forgets the buffer for good: the partition was revoked. The records are read again from the
   * committed offset by whoever owns it now; an upload in flight may finish (the same bytes any
   * member would write) but its offsets are not committed.
   */
  drop(): void {
    this.dropped = true;
    this.records = [];
    this.plannedEnd = null;
    this.state = 'committed';
  }

  private async append(records: readonly OffsetRecord[], rolled: RollReason[]): Promise<void> {
    for (const record of records) {
      if (this.dropped) return;
      if (record.offset <= this.lastOffset) continue;
      const hour = Math.floor(record.ingestedAt / MS_PER_HOUR);
      if (this.state === 'open' && this.plannedEnd === null && hour !== this.hour) rolled.push(...(await this.rotate('hour')));
      if (this.state === 'committed') await this.open(record.offset, hour);
      this.records.push(record);
      this.lastOffset = record.offset;
      this.lastAddedAt = this.clock();
      if (this.plannedEnd !== null ? record.offset >= this.plannedEnd : this.records.length >= this.limits.maxRows) {
        rolled.push(...(await this.rotate(this.plannedEnd !== null ? 'replay' : 'size')));
      }
    }
  }

  private async open(offset: number, hour: number) {
    const recorded = await this.ports.findRecorded(this.position(offset));
    this.startOffset = offset;
    this.hour = hour;
    this.hourLabel = recorded?.ingestHour ?? ingestHourOf(hour * MS_PER_HOUR);
    this.plannedEnd = recorded?.endOffset ?? null;
    this.state = 'open';
  }

  private async rotate(reason: RollReason): Promise<RollReason[]> {
    if (this.dropped) return [];
    this.state = 'rotating';
    const endOffset = this.records[this.records.length - 1].offset;
    try {
      await this.ports.commitRoll({ position: this.position(this.startOffset), endOffset, ingestHour: this.hourLabel, records: this.records });
    } catch (error) {
      this.state = 'open'; // nothing is lost: the buffer stays and the next trigger retries
      if (error instanceof RollTakenError) return this.adopt(error.recorded);
      throw error;
    }
    if (this.dropped) return [reason];
    await this.ports.commitOffset(this.partition, endOffset + 1, this.generation);
    this.records = [];
    this.plannedEnd = null;
    this.state = 'committed';
    return [reason];
  }

  /**
   * Another member recorded a roll at this start offset first (both held the partition for a
   * moment, around a rebalance): roll exactly what it recorded, so the objects are the same, and
   * keep the records after its end for the next roll.
   */
  private async adopt(recorded: RecordedRoll): Promise<RollReason[]> {
    this.plannedEnd = recorded.endOffset;
    this.hourLabel = recorded.ingestHour;
    if (this.lastOffset < recorded.endOffset) return [];
    const rest = this.records.filter((r) => r.offset > recorded.endOffset);
    this.records = this.records.filter((r) => r.offset <= recorded.endOffset);
    let rolled: RollReason[];
    try {
      rolled = await this.rotate('replay');
    } catch (error) {
      this.records.push(...rest); // kept whole; the next trigger splits it again
      throw error;
    }
    this.lastOffset = recorded.endOffset;
    await this.append(rest, rolled);
    return rolled;
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
