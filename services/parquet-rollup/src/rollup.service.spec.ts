import { Registry } from 'prom-client';
import { type DeadLetter, type EnrichedArrival } from '@i94/avro';
import { DecodeError, type KafkaMessage } from '@i94/kafka';
import { type RollManifest, type RollPosition } from '@i94/s3-parquet';
import { type RollToCommit } from './partition-roll';
import { rollupMetrics } from './rollup.metrics';
import { type RollupPorts, RollupService } from './rollup.service';

const HOUR_10 = Date.UTC(2016, 3, 30, 10, 5);
const messagesFor = (values: string[]): KafkaMessage[] =>
  values.map((v, i) => ({ key: null, value: Buffer.from(v), offset: String(10 + i), timestamp: '0', attributes: 0, headers: {} }) as KafkaMessage);
const context = { topic: 'enriched', partition: 1, highWatermark: '20', generation: 1, heartbeat: async () => undefined };

/** Strict fake ports: decodes 'feed-N' values into records of batch feed-N, 'poison' fails; remembers what was committed. */
class FakePorts implements RollupPorts {
  rolls: RollToCommit[] = [];
  dead: DeadLetter[] = [];
  async decode(value: Buffer | null, { offset }: { offset: string }) {
    const text = value!.toString();
    if (text === 'poison') throw new DecodeError('not avro');
    return { cicid: Number(offset), ingestedAt: HOUR_10, batchId: text } as EnrichedArrival;
  }
  async deadLetter(letters: readonly DeadLetter[]) {
    this.dead.push(...letters);
  }
  async findRecorded(_position: RollPosition) {
    return null;
  }
  async commitRoll(roll: RollToCommit) {
    this.rolls.push(roll);
    return { partition: roll.position.partition, startOffset: roll.position.startOffset, endOffset: roll.endOffset, rows: roll.records.length, files: [{}, {}] } as unknown as RollManifest;
  }
  async commitOffset() {}
}

describe('RollupService', () => {
  it('counts records in, dead letters, lag per partition and the batch time for /metrics', async () => {
    const registry = new Registry();
    const ports = new FakePorts();
    const service = new RollupService('enriched', { maxRows: 100, idleMs: 1000 }, ports, rollupMetrics(registry));
    service.assigned([1], 1);
    await service.handleEnriched(messagesFor(['feed-a', 'poison', 'feed-a']), context);
    const text = await registry.metrics();
    expect(ports.dead).toHaveLength(1);
    expect(text).toContain('i94_rollup_records_in_total 3');
    expect(text).toContain('i94_rollup_dead_letters_total 1');
    expect(text).toContain('i94_rollup_lag_records{partition="1"} 7');
    expect(text).toContain('i94_rollup_rows_buffered{partition="1"} 2');
    expect(text).toContain('i94_rollup_batch_seconds_count 1');
  });

  it('reports a committed roll with the feed batches it holds, and counts rows, files and the commit time', async () => {
    const registry = new Registry();
    const ports = new FakePorts();
    const service = new RollupService('enriched', { maxRows: 3, idleMs: 1000 }, ports, rollupMetrics(registry));
    service.assigned([1], 1);
    await service.handleEnriched(messagesFor(['feed-a', 'feed-b', 'feed-a']), context);
    const manifest = await ports.commitRoll(ports.rolls[0]);
    const report = service.committed(ports.rolls[0], manifest, 1_700_000_000_000);
    expect(report).toEqual({ partition: 1, startOffset: 10, endOffset: 12, rows: 3, files: 2, batchIds: ['feed-a', 'feed-b'] });
    const text = await registry.metrics();
    expect(text).toContain('i94_rollup_rows_committed_total 3');
    expect(text).toContain('i94_rollup_files_total 2');
    expect(text).toContain('i94_rollup_last_commit_timestamp_seconds 1700000000');
    expect(text).toContain('i94_rollup_rolls_total{reason="size"} 1');
  });

  it('drops every open roll at a group join, ignores batches fetched before it and ticks only what it owns', async () => {
    const registry = new Registry();
    const ports = new FakePorts();
    const service = new RollupService('enriched', { maxRows: 100, idleMs: 0 }, ports, rollupMetrics(registry));
    service.assigned([1], 1);
    await service.handleEnriched(messagesFor(['feed-a', 'feed-a']), context);
    service.assigned([2], 2); // partition 1 went to another member
    expect(await registry.metrics()).toContain('i94_rollup_rows_buffered{partition="1"} 0');
    await service.handleEnriched(messagesFor(['feed-a']), context); // a batch of partition 1 fetched in generation 1
    await service.handleEnriched(messagesFor(['feed-b']), { ...context, partition: 2 }); // generation 1 too: stale
    await service.tick();
    await service.flushAll('feed-completed');
    expect(ports.rolls).toEqual([]);
    await service.handleEnriched(messagesFor(['feed-b']), { ...context, partition: 2, generation: 2 });
    await service.tick();
    expect(ports.rolls.map((r) => [r.position.partition, r.records.length])).toEqual([[2, 1]]);
  });
});
