import { type AggregationRow } from './arrival-facts';
import { LatestByCicid } from './dedupe-latest';

// Sample line 2 (cicid 4084316) as read back from a rolled-up Parquet file.
const base: AggregationRow = {
  cicid: 4084316, destinationState: 'HI', arrivalMonth: '2016-04', gender: 'F', i94visa: 2, i94mode: 1, age: 61, stayDays: 7,
  residenceCountry: 'JAPAN', i94port: 'HHW', portName: 'HONOLULU, HI', kafkaPartition: 0, kafkaOffset: 0,
};
const row = (overrides: Partial<AggregationRow>): AggregationRow => ({ ...base, ...overrides });

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

const kept = (rows: AggregationRow[]) => {
  const latest = new LatestByCicid();
  rows.forEach((r) => latest.add(r));
  return [...latest.facts()];
};

describe('LatestByCicid', () => {
  const copies = [
    row({ kafkaOffset: 5, destinationState: 'NY' }),
    row({ kafkaOffset: 9, destinationState: 'CA', gender: 'M' }),
    row({ kafkaOffset: 7, destinationState: 'FL' }),
  ];

  it.each(permutations(copies).map((order) => [order.map((r) => r.kafkaOffset).join(','), order]))(
    'keeps the highest offset whatever the order (%s)',
    (_label, order) => {
      expect(kept(order as AggregationRow[])).toEqual([expect.objectContaining({ state: 'CA', gender: 'male' })]);
    },
  );

  it('breaks equal offsets by the higher partition, in either order', () => {
    const p0 = row({ kafkaOffset: 4, kafkaPartition: 0, destinationState: 'NY' });
    const p2 = row({ kafkaOffset: 4, kafkaPartition: 2, destinationState: 'TX' });
    expect(kept([p0, p2])).toEqual(kept([p2, p0]));
    expect(kept([p0, p2])[0].state).toBe('TX');
  });

  it('counts a replayed file once, and counts what it read', () => {
    const file = [row({ cicid: 1, kafkaOffset: 10 }), row({ cicid: 2, kafkaOffset: 11 }), row({ cicid: 3, kafkaOffset: 12, arrivalMonth: null })];
    const latest = new LatestByCicid();
    expect([...file, ...file].map((r) => latest.add(r))).toEqual([true, true, true, false, false, false]);
    expect(latest.size).toBe(3);
    expect(latest.rowsRead).toBe(6);
    expect(latest.rowsReadFor('HI', '2016-04')).toBe(4);
    expect(latest.rowsReadFor('HI')).toBe(2);
    expect(latest.rowsReadFor('NY', '2016-04')).toBe(0);
  });

  it('keeps every field of many cicids across array growth', () => {
    const states = ['HI', 'NY', 'CA', '99'];
    const rows = Array.from({ length: 5000 }, (_, i) =>
      row({ cicid: i, kafkaOffset: i, destinationState: states[i % 4], age: i % 2 ? null : i % 100, stayDays: i % 3 ? i : null, residenceCountry: i % 5 ? `C${i % 7}` : null }),
    );
    const late = rows.slice(0, 100).map((r) => ({ ...r, kafkaOffset: r.kafkaOffset + 10_000, i94visa: 3 }));
    const facts = kept([...late, ...rows]);
    expect(facts).toHaveLength(5000);
    expect(facts.filter((f) => f.visa === 'student')).toHaveLength(100);
    expect(facts[4321]).toEqual(expect.objectContaining({ state: 'NY', age: null, stayDays: 4321, residenceCountry: 'C2' }));
    expect(facts[4320]).toEqual(expect.objectContaining({ state: 'HI', age: 20, stayDays: null, residenceCountry: null }));
    expect(facts.find((f) => f.stayDays === 4999)).toEqual(expect.objectContaining({ state: '99', age: null, residenceCountry: 'C1' }));
  });
});

describe('LatestByCicid.keeps', () => {
  it('answers true only for the kept copy of a cicid', () => {
    const latest = new LatestByCicid();
    const row = (kafkaOffset: number) => ({ cicid: 7, kafkaPartition: 2, kafkaOffset, destinationState: 'NY', arrivalMonth: '2016-04', gender: 'F', i94visa: 2, i94mode: 1, age: 30, stayDays: 5, residenceCountry: 'JAPAN', i94port: 'NYC', portName: 'NEW YORK, NY' });
    latest.add(row(10));
    latest.add(row(40));
    latest.add(row(20));
    expect([latest.keeps(7, 2, 40), latest.keeps(7, 2, 10), latest.keeps(7, 1, 40), latest.keeps(8, 2, 40)]).toEqual([true, false, false, false]);
  });
});

describe('LatestByCicid.claim', () => {
  it('claims the kept copy once', () => {
    const latest = new LatestByCicid();
    latest.add({ cicid: 9, kafkaPartition: 0, kafkaOffset: 3, destinationState: 'NY', arrivalMonth: '2016-04', gender: null, i94visa: null, i94mode: null, age: null, stayDays: null, residenceCountry: null, i94port: null, portName: null });
    expect([latest.claim(9, 0, 2), latest.claim(9, 0, 3), latest.claim(9, 0, 3)]).toEqual([false, true, false]);
  });
});
