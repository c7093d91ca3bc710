import { Registry } from 'prom-client';
import { type RawArrival } from '@i94/avro';
import { DecodeError, type KafkaMessage } from '@i94/kafka';
import { referenceCache, sampleRawArrivals } from '@i94/testing';
import { enricherMetrics } from './enricher.metrics';
import { type EnrichedBatch, EnricherService } from './enricher.service';

const cache = referenceCache();

/** Messages whose value is an index into `arrivals`; 'poison' values fail to decode. */
const messagesFor = (values: string[]): KafkaMessage[] =>
  values.map((v, i) => ({ key: null, value: Buffer.from(v), offset: String(100 + i), timestamp: '0', attributes: 0, headers: { batchId: Buffer.from(`feed-${i % 2}`) } }) as KafkaMessage);

describe('EnricherService', () => {
  let arrivals: RawArrival[];
  beforeAll(async () => {
    arrivals = await sampleRawArrivals('enricher-test');
  });

  function service(commits: EnrichedBatch[]) {
    return new EnricherService(
      {
        decode: async (value) => {
          const text = value!.toString();
          if (text === 'poison') throw new DecodeError('not avro');
          return arrivals[Number(text)];
        },
        commit: async (batch) => void commits.push(batch),
      },
      cache,
      enricherMetrics(new Registry()),
      () => 1_700_000_000_000,
    );
  }

  it('enriches a batch and commits output and the next offset together', async () => {
    const commits: EnrichedBatch[] = [];
    const report = await service(commits).handleBatch(messagesFor(['0', '1', '2']), { topic: 'raw', partition: 4, highWatermark: '110', generation: 1, heartbeat: async () => undefined });
    expect(commits).toHaveLength(1);
    expect(commits[0]).toMatchObject({ topic: 'raw', partition: 4, generation: 1, firstOffset: '100', nextOffset: '103', deadLetters: [] });
    expect(commits[0].enriched.map((m) => m.key)).toEqual(arrivals.slice(0, 3).map((a) => `2016-04/${a.cicid}`));
    // first sample row: 209 = JAPAN, HHW = HONOLULU, HI; arrdate 20566 = 2016-04-22
    expect(commits[0].enriched[0].value).toMatchObject({ citizenshipCountry: 'JAPAN', portCity: 'HONOLULU', destinationState: 'HI', arrivalMonth: '2016-04', stayDays: 7, enrichedAt: 1_700_000_000_000 });
    expect(report).toEqual({ partition: 4, records: 3, enriched: 3, deadLetters: 0, lag: 7, batchIds: ['feed-0', 'feed-1'] });
  });

  it('dead-letters an undecodable message in the same commit and keeps the others', async () => {
    const commits: EnrichedBatch[] = [];
    await service(commits).handleBatch(messagesFor(['0', 'poison', '2']), { topic: 'raw', partition: 0, highWatermark: '103', generation: 1, heartbeat: async () => undefined });
    expect(commits[0].enriched).toHaveLength(2);
    expect(commits[0].deadLetters).toEqual([expect.objectContaining({ reasonCode: 'DECODE_FAILED', sourceTopic: 'raw', sourcePartition: 0, sourceOffset: 101, payloadFormat: 'AVRO' })]);
  });

  it('commits nothing when decoding fails for a retriable reason', async () => {
    const commits: EnrichedBatch[] = [];
    const failing = new EnricherService(
      { decode: async () => Promise.reject(Object.assign(new Error('registry down'), { retriable: true })), commit: async (b) => void commits.push(b) },
      cache,
      enricherMetrics(new Registry()),
    );
    await expect(failing.handleBatch(messagesFor(['0']), { topic: 'raw', partition: 0, highWatermark: '1', generation: 1, heartbeat: async () => undefined })).rejects.toThrow('registry down');
    expect(commits).toEqual([]);
  });
});
