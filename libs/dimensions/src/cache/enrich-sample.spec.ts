import avro from 'avsc';
import { I94_ARRIVALS_ENRICHED_V1_SCHEMA, type EnrichedArrival } from '@i94/avro';
import { type RawArrivalLike, enrichArrival, parseRecords } from '@i94/domain';
import { readCsv } from '@i94/feed-readers';
import { readI94Sample, readReference } from '../../test/reference-files';
import { codeListsFrom } from './code-lists-from';
import { type DimensionCache } from './dimension-cache';
import { loadDimensionCache, referenceDimensionEntries } from './reference-dimensions';

const MS_PER_DAY = 86_400_000;
const ENRICHED_AT = Date.UTC(2016, 4, 1);
const approx = (value: number | null): unknown => (value === null ? null : expect.closeTo(value, 9));
const iso = (epochDay: number | null): string | null => (epochDay === null ? null : new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10));

function referenceCache(): DimensionCache {
  const files = { sasLabels: readReference('sas'), demographics: readReference('demographics'), airports: readReference('airports'), temperatures: readReference('temperatures') };
  return loadDimensionCache(referenceDimensionEntries(files));
}

/** The sample's 1,000 rows validated as the gateway does (with the code lists), as raw-topic values by file line. */
async function sampleArrivals(cache: DimensionCache): Promise<Map<number, RawArrivalLike>> {
  const out = new Map<number, RawArrivalLike>();
  for await (const { line, outcome } of parseRecords(readCsv([readI94Sample()]), codeListsFrom(cache))) {
    if (!outcome.ok) throw new Error(`sample line ${line} was refused`);
    const meta = { batchId: 'sample', feedDate: 16922, sourceFile: 'immigration_data_sample.csv', sourceLine: line, ingestedAt: ENRICHED_AT };
    out.set(line, { ...outcome.record, ...meta, qualityFlags: outcome.flags });
  }
  return out;
}

interface Expected {
  cit: string | null;
  res: string | null;
  port: [name: string, city: string, state: string | null] | null;
  mode: string;
  visa: string;
  dest: [code: string, name: string];
  dates: [arrival: string, departure: string | null, stay: number | null];
  age: number;
  until: string;
  flags: string[];
}

// Real rows of data/sample/immigration_data_sample.csv by file line (the header is line 1), checked
// by hand against data/reference/I94_SAS_Labels_Descriptions.SAS (its line numbers in the comments);
// modes 973-976 (1 Air, 2 Sea, 3 Land, 9 Not reported), visas 1047-1049 (1 Business, 2 Pleasure, 3 Student).
const ROWS: [line: number, cicid: number, expected: Expected][] = [
  // 115 209 = 'JAPAN'; 418 'HHW' = 'HONOLULU, HI'; 994 'HI'='HAWAII'; arrdate 20566 = 2016-04-22, depdate 20573
  [2, 4084316, { cit: 'JAPAN', res: 'JAPAN', port: ['HONOLULU, HI', 'HONOLULU', 'HI'], mode: 'Air', visa: 'Pleasure', dest: ['HI', 'HAWAII'], dates: ['2016-04-22', '2016-04-29', 7], age: 61, until: '2016-07-20', flags: [] }],
  // 10 582 = 'MEXICO Air Sea, and Not Reported (I-94, no land arrivals)'; 729 'MCA' = 'MCALLEN, TX'; 1027 'TX'='TEXAS'
  [3, 4422636, { cit: 'MEXICO Air Sea, and Not Reported (I-94, no land arrivals)', res: 'MEXICO Air Sea, and Not Reported (I-94, no land arrivals)', port: ['MCALLEN, TX', 'MCALLEN', 'TX'], mode: 'Air', visa: 'Pleasure', dest: ['TX', 'TEXAS'], dates: ['2016-04-23', '2016-04-24', 1], age: 26, until: '2016-10-22', flags: [] }],
  // 148 is not in i94cntyl (lines 10-269); 87 112 = 'GERMANY'; 419 'OGG' = 'KAHULUI - MAUI, HI'; 991 'FL'='FLORIDA'
  [4, 1195600, { cit: null, res: 'GERMANY', port: ['KAHULUI - MAUI, HI', 'KAHULUI - MAUI', 'HI'], mode: 'Air', visa: 'Pleasure', dest: ['FL', 'FLORIDA'], dates: ['2016-04-07', '2016-04-27', 20], age: 76, until: '2016-07-05', flags: ['UNKNOWN_COUNTRY'] }],
  // 80 111 = 'FRANCE'; 619 'CHM' = 'CHAMPLAIN, NY'; mode 3 Land; 1017 'NY'='NEW YORK'
  [6, 985523, { cit: 'FRANCE', res: 'FRANCE', port: ['CHAMPLAIN, NY', 'CHAMPLAIN', 'NY'], mode: 'Land', visa: 'Pleasure', dest: ['NY', 'NEW YORK'], dates: ['2016-04-06', '2016-04-09', 3], age: 19, until: '2016-07-04', flags: [] }],
  // 388 'FTL' = 'FORT LAUDERDALE, FL'; mode 2 Sea; no i94addr -> 1036 '99'='All Other Codes' without a flag
  [14, 2711583, { cit: null, res: 'GERMANY', port: ['FORT LAUDERDALE, FL', 'FORT LAUDERDALE', 'FL'], mode: 'Sea', visa: 'Pleasure', dest: ['99', 'All Other Codes'], dates: ['2016-04-15', '2016-04-21', 6], age: 54, until: '2016-07-13', flags: ['UNKNOWN_COUNTRY'] }],
  // 252 is not in i94cntyl; res 115 209 = 'JAPAN'; 417 'AGA' = 'AGANA, GU'; 993 'GU'='GUAM'
  [37, 6055103, { cit: null, res: 'JAPAN', port: ['AGANA, GU', 'AGANA', 'GU'], mode: 'Air', visa: 'Pleasure', dest: ['GU', 'GUAM'], dates: ['2016-04-28', '2016-05-03', 5], age: 27, until: '2016-06-11', flags: ['UNKNOWN_COUNTRY'] }],
  // 719 'HOU' = 'HOUSTON, TX'; visa 3 Student, F1; dtaddto D/S is a status, not a date
  [72, 3599863, { cit: 'MEXICO Air Sea, and Not Reported (I-94, no land arrivals)', res: 'MEXICO Air Sea, and Not Reported (I-94, no land arrivals)', port: ['HOUSTON, TX', 'HOUSTON', 'TX'], mode: 'Air', visa: 'Student', dest: ['TX', 'TEXAS'], dates: ['2016-04-19', '2016-07-04', 76], age: 42, until: 'D/S', flags: [] }],
  // 250 574 = 'INVALID: CANADA' (listed but invalid); 101 206 = 'HONG KONG'; 782 'BLA' = 'BLAINE, WA'; 1012 'NE'='NEBRASKA'; no depdate
  [84, 1435383, { cit: null, res: 'HONG KONG', port: ['BLAINE, WA', 'BLAINE', 'WA'], mode: 'Land', visa: 'Pleasure', dest: ['NE', 'NEBRASKA'], dates: ['2016-04-08', null, null], age: 61, until: '2016-08-08', flags: ['UNKNOWN_COUNTRY'] }],
  // 51 245 = 'CHINA, PRC'; 690 'SAI' = 'SAIPAN, SPN' (SPN is no state code); MP is not in i94addrl (981-1036) -> '99'
  [99, 289809, { cit: 'CHINA, PRC', res: 'CHINA, PRC', port: ['SAIPAN, SPN', 'SAIPAN', null], mode: 'Air', visa: 'Pleasure', dest: ['99', 'All Other Codes'], dates: ['2016-04-02', '2016-04-09', 7], age: 29, until: '2016-10-02', flags: ['UNKNOWN_STATE'] }],
  // 39 525 = 'BRITISH VIRGIN ISLANDS'; 917 'X96' = 'No PORT Code (X96)' (invalid); VQ not in i94addrl -> '99'
  [273, 4348794, { cit: 'BRITISH VIRGIN ISLANDS', res: 'BRITISH VIRGIN ISLANDS', port: null, mode: 'Sea', visa: 'Pleasure', dest: ['99', 'All Other Codes'], dates: ['2016-04-23', '2016-07-30', 98], age: 48, until: '2016-10-22', flags: ['UNKNOWN_PORT', 'UNKNOWN_STATE'] }],
  // 574 invalid; 17 518 = 'ANTIGUA-BARBUDA'; 648 'CLM' = 'COLUMBUS, OH'; 1022 'PR'='PUERTO RICO'
  [287, 2573307, { cit: null, res: 'ANTIGUA-BARBUDA', port: ['COLUMBUS, OH', 'COLUMBUS', 'OH'], mode: 'Air', visa: 'Pleasure', dest: ['PR', 'PUERTO RICO'], dates: ['2016-04-14', '2016-04-18', 4], age: 4, until: '2016-10-13', flags: ['UNKNOWN_COUNTRY'] }],
  // 112 117 = 'ITALY'; 231 135 = 'UNITED KINGDOM'; 347 'LOS' = 'LOS ANGELES, CA'; mode 9 Not reported; no depdate
  [487, 6019750, { cit: 'ITALY', res: 'UNITED KINGDOM', port: ['LOS ANGELES, CA', 'LOS ANGELES', 'CA'], mode: 'Not reported', visa: 'Pleasure', dest: ['NY', 'NEW YORK'], dates: ['2016-04-08', null, null], age: 39, until: '2016-07-06', flags: [] }],
  // 117 ITALY; 214 131 = 'SWITZERLAND'; 629 'NYC' = 'NEW YORK, NY'; visa 1 Business; TE not in i94addrl -> '99'
  [783, 994837, { cit: 'ITALY', res: 'SWITZERLAND', port: ['NEW YORK, NY', 'NEW YORK', 'NY'], mode: 'Air', visa: 'Business', dest: ['99', 'All Other Codes'], dates: ['2016-04-06', '2016-04-11', 5], age: 60, until: '2016-07-04', flags: ['UNKNOWN_STATE'] }],
  // 148 unlisted; 112 GERMANY; 629 NYC; visa 1 Business, E2, admitted until 2018
  [933, 4302956, { cit: null, res: 'GERMANY', port: ['NEW YORK, NY', 'NEW YORK', 'NY'], mode: 'Air', visa: 'Business', dest: ['NY', 'NEW YORK'], dates: ['2016-04-23', '2016-05-11', 18], age: 43, until: '2018-04-22', flags: ['UNKNOWN_COUNTRY'] }],
];

describe('enrichArrival over a DimensionCache of the real reference files and the real sample', () => {
  let cache: DimensionCache;
  let arrivals: Map<number, RawArrivalLike>;
  beforeAll(async () => {
    cache = referenceCache();
    arrivals = await sampleArrivals(cache);
  });

  it.each(ROWS)('line %i (cicid %i) decodes as checked against the SAS labels', (line, cicid, expected) => {
    const raw = arrivals.get(line);
    if (raw === undefined) throw new Error(`no sample line ${line}`);
    const enriched = enrichArrival(raw, cache, ENRICHED_AT);
    expect(enriched.cicid).toBe(cicid);
    const [portName, portCity, portState] = expected.port ?? [null, null, null];
    const dateUntil = /^\d{4}-/.test(expected.until);
    expect({
      cit: enriched.citizenshipCountry, res: enriched.residenceCountry, port: [enriched.portName, enriched.portCity, enriched.portState],
      mode: enriched.modeName, visa: enriched.visaCategory, dest: [enriched.destinationState, enriched.destinationStateName],
      dates: [iso(enriched.arrivalDate), iso(enriched.departureDate), enriched.stayDays], age: enriched.age,
      until: [iso(enriched.admittedUntilDate), enriched.admittedUntilStatus], flags: enriched.qualityFlags,
    }).toEqual({
      ...expected, port: [portName, portCity, portState], until: dateUntil ? [expected.until, null] : [null, expected.until],
    });
    expect(enriched).toMatchObject({ visaType: raw.visatype, arrivalMonth: '2016-04', residenceAvgTemperatureC: null, enrichedAt: ENRICHED_AT });
  });

  it.each([
    // Urban Honolulu is the only Hawaiian city of us-cities-demographics.csv (lines 298, 800, 1099).
    [2, 352766, 101312 / 352766, 41.4],
    // Omaha (443,887, median 34.2, 48,263 foreign-born) and Lincoln (277,346, 32.3, 22,958).
    [84, 721233, (48263 + 22958) / 721233, (34.2 * 443887 + 32.3 * 277346) / 721233],
    // Seven Puerto Rican cities; none reports foreign-born, so the share is unknown, not zero.
    [287, 990226, null, (39.4 * 170259 + 40.4 * 77008 + 42.0 * 142066 + 42.2 * 70492 + 38.1 * 66581 + 40.5 * 121583 + 41.4 * 342237) / 990226],
    // Guam has no city in the file.
    [37, null, null, null],
    // No address, so '99': a bucket, not a state.
    [14, null, null, null],
  ])('line %i: destination demographics %p, %p, %p', (line, population, share, medianAge) => {
    const enriched = enrichArrival(arrivals.get(line) as RawArrivalLike, cache, ENRICHED_AT);
    const { destinationPopulation, destinationForeignBornShare, destinationMedianAge } = enriched;
    expect([destinationPopulation, destinationForeignBornShare, destinationMedianAge]).toEqual([population, approx(share), approx(medianAge)]);
  });
});

describe('the whole sample through the enriched schema', () => {
  const enrichedType = avro.Type.forSchema(I94_ARRIVALS_ENRICHED_V1_SCHEMA as unknown as avro.Schema);

  it('enriches all 1,000 rows into valid Avro values that round-trip, flagging the unknown codes', async () => {
    const cache = referenceCache();
    const arrivals = [...(await sampleArrivals(cache)).values()];
    // Typed as the generated value: the domain's output must stay assignable to it.
    const values: EnrichedArrival[] = arrivals.map((raw) => enrichArrival(raw, cache, ENRICHED_AT));
    const invalid = values.filter((value) => !enrichedType.isValid(value)).map((value) => value.cicid);
    expect(values).toHaveLength(1000);
    expect(invalid).toEqual([]);
    expect(values.map((value) => enrichedType.fromBuffer(enrichedType.toBuffer(value)))).toEqual(values);
    const flagged = (flag: string): number => values.filter((value) => value.qualityFlags.includes(flag)).length;
    // 127 citizenship codes are not in i94cntyl at all; 2 more are 574 'INVALID: CANADA'.
    // X96 is the one invalid port; MP, UN, VQ, SW and TE are the 8 unlisted addresses.
    expect(['UNKNOWN_COUNTRY', 'UNKNOWN_PORT', 'UNKNOWN_STATE', 'UNKNOWN_MODE', 'UNKNOWN_VISA'].map(flagged)).toEqual([129, 1, 8, 0, 0]);
  });

  it('counts the dimension lookups and misses of the sample', async () => {
    const cache = referenceCache();
    for (const raw of (await sampleArrivals(cache)).values()) enrichArrival(raw, cache, ENRICHED_AT);
    expect(cache.stats()).toEqual({
      countries: { lookups: 2000, misses: 127 },
      ports: { lookups: 1000, misses: 0 },
      modes: { lookups: 1000, misses: 0 },
      states: { lookups: 1000, misses: 0 },
      visas: { lookups: 1000, misses: 0 },
      // 67 rows go to '99', which is not looked up; Guam (27 rows) and Vermont (2) have no city in the file.
      'state-demographics': { lookups: 933, misses: 29 },
      // Every row arrives in April and the partial temperature file has only January: all null, by design.
      'country-climate': { lookups: 1000, misses: 1000 },
      'state-climate': { lookups: 0, misses: 0 },
      airports: { lookups: 0, misses: 0 },
    });
  });
});
