import { readFileSync } from 'node:fs';
import avro from 'avsc';
import { join } from 'node:path';
import { enrichArrival } from '../enrichment/enrich-arrival';
import { type RawArrivalLike } from '../enrichment/enriched-arrival';
import { type EnrichmentLookups } from '../enrichment/enrichment-lookups';
import { parseRecords } from '../readers/parse-records';
import { csvRows } from '../../test/sample-data';
import { type AggregationRow } from './arrival-facts';
import { type AggregationLookups } from './join-dimensions';
import { type StateMonthAggregate, stateMonthAggregates } from './state-month-aggregate';

// The 1,000-row sample read with csv-parse (test/sample-data), enriched, aggregated, and checked against a
// plain recount of the CSV columns that shares no code with the aggregation. @i94/testing's
// referenceCache would close a domain -> testing -> domain cycle in the Nx graph, so the code
// lists are read here, plainly, from the SAS labels file (no demographics or climate: those joins
// are covered in join-dimensions.spec.ts and by libs/dimensions).
const DATA = join(__dirname, '../../../../data');
const SAMPLE_CSV = join(DATA, 'sample/immigration_data_sample.csv');
const SAS = readFileSync(join(DATA, 'reference/I94_SAS_Labels_Descriptions.SAS'), 'utf8');

/** The code = 'label' pairs of one SAS value block. */
function sasBlock(name: string): Map<string, string> {
  const start = SAS.indexOf(`value ${name}`);
  const block = SAS.slice(start, SAS.indexOf(';', start));
  return new Map([...block.matchAll(/^\s*'?([^'=\r\n]+?)'?\s*=\s*'([^']*)'/gm)].map((m) => [m[1].trim(), m[2].trim()]));
}

const COUNTRIES = sasBlock('i94cntyl');
const PORTS = sasBlock('$i94prtl');
const STATES = sasBlock('i94addrl');
const MODES = sasBlock('i94model');
const VISAS = new Map([['1', 'Business'], ['2', 'Pleasure'], ['3', 'Student']]);
const named = (name: string | undefined) => (name === undefined ? null : { name });

const lookups: EnrichmentLookups & AggregationLookups = {
  country: (code) => {
    const name = COUNTRIES.get(String(code));
    return name === undefined ? null : { name, valid: !/^INVALID|^No Country Code|Collapsed/i.test(name) };
  },
  port: (code) => {
    const name = PORTS.get(code);
    if (name === undefined) return null;
    const comma = name.lastIndexOf(',');
    const valid = comma > 0 && !/No PORT Code|Collapsed|UNKNOWN/i.test(name);
    return { name, city: valid ? name.slice(0, comma) : null, state: valid ? name.slice(comma + 1).trim().slice(0, 2) : null, valid };
  },
  mode: (code) => named(MODES.get(String(code))),
  visa: (code) => named(VISAS.get(String(code))),
  state: (code) => named(STATES.get(code)),
  stateCodes: () => new Set(STATES.keys()),
  stateDemographics: () => null,
  stateTemperature: () => null,
  countryTemperature: () => null,
  versions: () => ({ countries: null, ports: null, modes: null, states: null, visas: null, stateDemographics: null, countryClimate: null }),
};

/** Per state: arrivals and the gender, visa and mode buckets, counted plainly from the CSV columns. */
function plainRecount(): { months: Set<string>; byState: Map<string, Record<string, number>> } {
  const [header, ...lines] = readFileSync(SAMPLE_CSV, 'utf8').trim().split('\n');
  const col = Object.fromEntries(header.split(',').map((name, i) => [name, i]));
  const byState = new Map<string, Record<string, number>>();
  const months = new Set<string>();
  for (const cells of lines.map((line) => line.split(','))) {
    const addr = cells[col.i94addr];
    const state = STATES.has(addr) ? addr : '99';
    months.add(`${Number(cells[col.i94yr])}-${String(Number(cells[col.i94mon])).padStart(2, '0')}`);
    const counts = byState.get(state) ?? {};
    const bump = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
    bump('arrivals');
    const gender = cells[col.gender];
    bump(gender === 'M' ? 'male' : gender === 'F' ? 'female' : 'genderUnknown');
    bump({ 1: 'business', 2: 'pleasure', 3: 'student' }[Number(cells[col.i94visa])] ?? 'visaUnknown');
    bump({ 1: 'air', 2: 'sea', 3: 'land' }[Number(cells[col.i94mode])] ?? 'modeNotReported');
    byState.set(state, counts);
  }
  return { months, byState };
}

async function sampleRows(): Promise<AggregationRow[]> {
  const rows: AggregationRow[] = [];
  for await (const { line, outcome } of parseRecords(csvRows(readFileSync(SAMPLE_CSV, 'utf8')))) {
    if (!outcome.ok) throw new Error(`sample line ${line} was refused`);
    const raw: RawArrivalLike = { ...outcome.record, batchId: 'sample', feedDate: 16921, sourceFile: 'sample.csv', sourceLine: line, ingestedAt: 0, qualityFlags: outcome.flags };
    rows.push({ ...enrichArrival(raw, lookups, 1_700_000_000_000), kafkaPartition: 0, kafkaOffset: rows.length });
  }
  return rows;
}

describe('state/month aggregates of the real sample', () => {
  const run = { computedAt: 1_700_000_000_000, lineage: [{ objectKey: 'sample.parquet', partition: 0, startOffset: 0, endOffset: 999, rows: 1000 }] };
  let rows: AggregationRow[];
  let aggregates: StateMonthAggregate[];

  beforeAll(async () => {
    rows = await sampleRows();
    aggregates = stateMonthAggregates(rows, lookups, run);
  });

  it('counts all 1,000 arrivals once', () => {
    expect(rows).toHaveLength(1000);
    expect(aggregates.reduce((sum, a) => sum + a.arrivals, 0)).toBe(1000);
    expect(aggregates.reduce((sum, a) => sum + a.inputRows, 0)).toBe(1000);
  });

  it('agrees with a plain recount of the CSV for FL, NY and 99', () => {
    const plain = plainRecount();
    expect(plain.byState.get('FL')?.arrivals).toBe(188); // guards the recount itself: 188 rows have i94addr FL
    expect([...new Set(aggregates.map((a) => a.month))]).toEqual([...plain.months]);
    expect(aggregates).toHaveLength(plain.byState.size);
    const zero = { male: 0, female: 0, genderUnknown: 0, business: 0, pleasure: 0, student: 0, visaUnknown: 0, air: 0, sea: 0, land: 0, modeNotReported: 0 };
    for (const state of ['FL', 'NY', '99']) {
      expect(aggregates.find((a) => a.state === state)).toMatchObject({ ...zero, ...plain.byState.get(state), state });
    }
  });

  it('names the states and ranks the residence countries', () => {
    const florida = aggregates.find((a) => a.state === 'FL') as StateMonthAggregate;
    expect(florida.stateName).toBe('FLORIDA');
    expect(florida.topResidenceCountries).toHaveLength(5);
    const counts = florida.topResidenceCountries.map((c) => c.arrivals);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(florida.distinctPorts).toBeGreaterThan(1);
  });

  it('round-trips every aggregate through schemas/i94.agg.state-month.v1.avsc', () => {
    const schema = JSON.parse(readFileSync(join(DATA, '../schemas/i94.agg.state-month.v1.avsc'), 'utf8')) as avro.Schema;
    const type = avro.Type.forSchema(schema);
    for (const aggregate of aggregates) expect(type.fromBuffer(type.toBuffer(aggregate))).toEqual(aggregate);
  });

  it('is the same for the sample replayed in reverse on top of itself, but for the rows read', () => {
    const replay = rows.map((row) => ({ ...row, kafkaOffset: row.kafkaOffset + 1000 })).reverse();
    const again = stateMonthAggregates([...replay, ...rows], lookups, run);
    const figures = (list: StateMonthAggregate[]) => list.map(({ inputRows: _rows, version: _version, ...rest }) => rest);
    expect(figures(again)).toEqual(figures(aggregates));
    expect(stateMonthAggregates([...rows].reverse(), lookups, run)).toEqual(aggregates);
  });
});
