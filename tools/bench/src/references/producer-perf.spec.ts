import { parseProducerPerformance } from './producer-perf';

describe('ProducerPerformance output', () => {
  it('reads the summary line, not the progress lines', () => {
    const output = [
      '86521 records sent, 17300.7 records/sec (2.96 MB/sec), 1200.1 ms avg latency, 1600.0 ms max latency.',
      '200000 records sent, 61234.5 records/sec (10.47 MB/sec), 900.12 ms avg latency, 1700.00 ms max latency, 850 ms 50th, 1500 ms 95th, 1650 ms 99th, 1690 ms 99.9th.',
    ].join('\n');
    expect(parseProducerPerformance(output)).toBe(61234.5);
    expect(() => parseProducerPerformance('nothing here')).toThrow(/no ProducerPerformance summary/);
  });
});
