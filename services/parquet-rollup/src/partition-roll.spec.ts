import { type RollManifest, type RollPosition } from '@i94/s3-parquet';
import { type OffsetRecord, PartitionRoll, type RollPorts, type RollToCommit } from './partition-roll';
import { type RecordedRoll, RollTakenError } from './roll-taken';

const HOUR_10 = Date.UTC(2016, 3, 30, 10, 5);
const HOUR_11 = Date.UTC(2016, 3, 30, 11, 1);
const rec = (offset: number, ingestedAt = HOUR_10): OffsetRecord => ({ offset, ingestedAt, batchId: 'b-1', bytes: Buffer.from([offset & 0xff]) });

/**
 * Strict fake ports: remembers commits; what is recorded at a start offset comes from `known`
 * (and every committed roll records itself there, as the S3 claim does); can fail the next upload.
 */
class FakePorts implements RollPorts {
  rolls: RollToCommit[] = [];
  offsets: number[] = [];
  generations: number[] = [];
  known = new Map<number, RecordedRoll>();
  failNext = false;
  onCommitRoll?: () => void;
  async findRecorded(p: RollPosition) {
    return this.known.get(p.startOffset) ?? null;
  }
  async commitRoll(roll: RollToCommit) {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('S3 down');
    }
    const recorded = this.known.get(roll.position.startOffset);
    if (recorded && recorded.endOffset !== roll.endOffset) throw new RollTakenError(recorded);
    this.known.set(roll.position.startOffset, { endOffset: roll.endOffset, ingestHour: roll.ingestHour });
    this.rolls.push(roll);
    this.onCommitRoll?.();
    return { startOffset: roll.position.startOffset, endOffset: roll.endOffset } as RollManifest;
  }
  async commitOffset(_partition: number, next: number, generation: number) {
    this.offsets.push(next);
    this.generations.push(generation);
  }
}

const ranges = (ports: FakePorts) => ports.rolls.map((r) => [r.position.startOffset, r.endOffset, r.records.length]);

describe('PartitionRoll', () => {
  let now = 0;
  const make = (ports: FakePorts, maxRows = 3) => new PartitionRoll('enriched', 2, { maxRows, idleMs: 1000 }, ports, () => now, 7);

  it('rolls at the size bound and commits the next offset only after the roll', async () => {
    const ports = new FakePorts();
    const roll = make(ports);
    await roll.add([rec(0), rec(1), rec(2), rec(3)]);
    expect(ranges(ports)).toEqual([[0, 2, 3]]);
    expect(ports.offsets).toEqual([3]);
    expect(roll.state).toBe('open');
    expect(roll.buffered).toBe(1);
  });

  it('rolls when the ingest hour changes', async () => {
    const ports = new FakePorts();
    await make(ports, 100).add([rec(10), rec(11), rec(12, HOUR_11)]);
    expect(ranges(ports)).toEqual([[10, 11, 2]]);
    expect(ports.rolls[0].ingestHour).toBe('2016-04-30T10');
  });

  it('rolls when idle, and not before', async () => {
    const ports = new FakePorts();
    const roll = make(ports, 100);
    now = 0;
    await roll.add([rec(5)]);
    now = 999;
    expect(await roll.tick()).toBeNull();
    now = 1000;
    expect(await roll.tick()).toBe('idle');
    expect(roll.state).toBe('committed');
  });

  it('replays a recorded roll to exactly its recorded end, whatever the limits say', async () => {
    const ports = new FakePorts();
    ports.known.set(0, { endOffset: 4, ingestHour: '2016-04-30T10' });
    const roll = make(ports, 2);
    await roll.add([rec(0), rec(1), rec(2)]);
    expect(await roll.tick()).toBeNull(); // no idle roll while replaying
    await roll.add([rec(3), rec(4), rec(5)]);
    expect(ranges(ports)[0]).toEqual([0, 4, 5]);
    expect(ports.offsets[0]).toBe(5);
  });

  it('keeps the buffer when the upload fails and ignores re-added records on retry', async () => {
    const ports = new FakePorts();
    const roll = make(ports);
    ports.failNext = true;
    await expect(roll.add([rec(0), rec(1), rec(2)])).rejects.toThrow('S3 down');
    expect(roll.state).toBe('open');
    expect(ports.offsets).toEqual([]);
    await roll.add([rec(0), rec(1), rec(2)]); // the runner retries the same batch
    expect(await roll.flush('feed-completed')).toBe('feed-completed');
    expect(ranges(ports)).toEqual([[0, 2, 3]]);
    expect(ports.offsets).toEqual([3]);
  });

  it('commits offsets in the generation it was made in', async () => {
    const ports = new FakePorts();
    await make(ports).add([rec(0), rec(1), rec(2)]);
    expect(ports.generations).toEqual([7]);
  });

  it('rolls exactly what another member recorded first at its start, and keeps the rest for the next roll', async () => {
    const ports = new FakePorts();
    const roll = make(ports, 100);
    await roll.add([rec(0), rec(1), rec(2), rec(3), rec(4)]);
    ports.known.set(0, { endOffset: 2, ingestHour: '2016-04-30T10' }); // the other member closed 0-2 meanwhile
    expect(await roll.flush('feed-completed')).toBe('replay');
    expect(ranges(ports)).toEqual([[0, 2, 3]]);
    expect(ports.offsets).toEqual([3]);
    expect(roll.buffered).toBe(2);
    expect(await roll.flush('feed-completed')).toBe('feed-completed');
    expect(ranges(ports)).toEqual([[0, 2, 3], [3, 4, 2]]);
  });

  it('waits for the records up to an end another member recorded further on', async () => {
    const ports = new FakePorts();
    const roll = make(ports, 100);
    await roll.add([rec(0), rec(1)]);
    ports.known.set(0, { endOffset: 3, ingestHour: '2016-04-30T10' });
    expect(await roll.flush('feed-completed')).toBeNull(); // nothing rolled yet: 2 and 3 are not here
    await roll.add([rec(2), rec(3), rec(4)]);
    expect(ranges(ports)).toEqual([[0, 3, 4]]);
    expect(roll.buffered).toBe(1);
  });

  it('commits no offset for an upload that was in flight when the partition was revoked, and takes no more records', async () => {
    const ports = new FakePorts();
    const roll = make(ports, 100);
    await roll.add([rec(0), rec(1)]);
    ports.onCommitRoll = () => roll.drop();
    await roll.flush('feed-completed');
    expect(ports.rolls).toHaveLength(1);
    expect(ports.offsets).toEqual([]);
    expect(await roll.add([rec(2)])).toEqual([]);
    expect(roll.buffered).toBe(0);
  });
});
