import { Registry } from 'prom-client';
import { type DeadLetter, type RawArrival } from '@i94/avro';
import { type PositionedArrival } from '@i94/cassandra';
import { DecodeError, type KafkaMessage } from '@i94/kafka';
import { sampleRawArrivals } from '@i94/testing';
import { rawSinkMetrics } from './raw-sink.metrics';
import { RawSinkService } from './raw-sink.service';

/** Messages whose value is an index into the sample; 'poison' fails to decode. Two feed batches alternate. */
const messagesFor = (values: string[]): KafkaMessage[] =>
  values.map((v, i) => ({ key: null, value: Buffer.from(v), offset: String(200 + i), timestamp: '0', attributes: 0, headers: { batchId: Buffer.from(`feed-${i % 2}`) } }) as KafkaMessage);

const context = { topic: 'raw', partition: 2, highWatermark: '250', generation: 1, heartbeat: async () => undefined };

describe('RawSinkService', () => {
  let arrivals: RawArrival[];
  beforeAll(async () => {
    arrivals = await sampleRawArrivals('raw-sink-test');
  });

  function service(written: PositionedArrival[], dead: DeadLetter[], registry = new Registry()) {
    return new RawSinkService(
      {
        decode: async (value) => {
          if (value!.toString() === 'poison') throw new DecodeError('not avro');
          return arrivals[Number(value!.toString())];
        },
        write: async (rows) => written.push(...rows),
        deadLetter: async (letters) => void dead.push(...letters),
      },
      rawSinkMetrics(registry),
      () => 1_700_000_000_000,
    );
  }

  it('writes the decodable records, dead-letters the rest, and reports the batch with its feed batch ids', async () => {
    const written: PositionedArrival[] = [];
    const dead: DeadLetter[] = [];
    const report = await service(written, dead).handleBatch(messagesFor(['0', 'poison', '2']), context);
    expect(written.map((w) => w.at)).toEqual([{ topic: 'raw', partition: 2, offset: 200 }, { topic: 'raw', partition: 2, offset: 202 }]);
    expect(dead).toEqual([expect.objectContaining({ reasonCode: 'DECODE_FAILED', sourceOffset: 201, batchId: 'feed-1' })]);
    expect(report).toEqual({ partition: 2, records: 3, written: 2, deadLetters: 1, lag: 47, batchIds: ['feed-0', 'feed-1'] });
  });

  it('counts records in, rows written, dead letters, lag per partition and the batch time for /metrics', async () => {
    const registry = new Registry();
    await service([], [], registry).handleBatch(messagesFor(['0', 'poison', '2']), context);
    const text = await registry.metrics();
    expect(text).toContain('i94_raw_sink_records_in_total 3');
    expect(text).toContain('i94_raw_sink_rows_written_total 2');
    expect(text).toContain('i94_raw_sink_dead_letters_total{reason="DECODE_FAILED"} 1');
    expect(text).toContain('i94_raw_sink_lag_records{partition="2"} 47');
    expect(text).toContain('i94_raw_sink_batch_seconds_count 1');
  });

  it('writes nothing and counts nothing when the sink is down, so the runner retries the batch', async () => {
    const registry = new Registry();
    const down = new RawSinkService(
      { decode: async (v) => arrivals[Number(v!.toString())], write: async () => Promise.reject(new Error('cassandra down')), deadLetter: async () => undefined },
      rawSinkMetrics(registry),
    );
    await expect(down.handleBatch(messagesFor(['0']), context)).rejects.toThrow('cassandra down');
    expect(await registry.metrics()).toContain('i94_raw_sink_records_in_total 0');
  });
});
