import { type I94RawRecord } from '../i94-raw-record';
import { type DimensionVersions, type RawArrivalLike } from './enriched-arrival';
import { type EnrichmentLookups, type StateDemographicsEntry } from './enrichment-lookups';
import { enrichArrival } from './enrich-arrival';

// A few real entries of data/reference/I94_SAS_Labels_Descriptions.SAS (line numbers in comments)
// and of the demographics and temperature files; libs/dimensions tests the same rules on the full files.
const COUNTRIES = new Map([
  [209, { name: 'JAPAN', valid: true }], // 115
  [206, { name: 'HONG KONG', valid: true }], // 101
  [525, { name: 'BRITISH VIRGIN ISLANDS', valid: true }], // 39
  [582, { name: 'MEXICO Air Sea, and Not Reported (I-94, no land arrivals)', valid: true }], // 10
  [574, { name: 'INVALID: CANADA', valid: false }], // 250
]);
const PORTS = new Map([
  ['HHW', { name: 'HONOLULU, HI', city: 'HONOLULU', state: 'HI', valid: true }], // 418
  ['BLA', { name: 'BLAINE, WA', city: 'BLAINE', state: 'WA', valid: true }], // 782
  ['HOU', { name: 'HOUSTON, TX', city: 'HOUSTON', state: 'TX', valid: true }], // 719
  ['X96', { name: 'No PORT Code (X96)', city: null, state: null, valid: false }], // 917
]);
const MODES = new Map([[1, 'Air'], [2, 'Sea'], [3, 'Land'], [9, 'Not reported']]); // 973-976
const VISAS = new Map([[1, 'Business'], [2, 'Pleasure'], [3, 'Student']]); // 1047-1049
const STATES = new Map([['HI', 'HAWAII'], ['NE', 'NEBRASKA'], ['TX', 'TEXAS'], ['99', 'All Other Codes']]); // 994, 1012, 1027, 1036
// Urban Honolulu is the only Hawaiian city of us-cities-demographics.csv.
const DEMOGRAPHICS = new Map<string, StateDemographicsEntry>([['HI', { totalPopulation: 352766, foreignBornShare: 101312 / 352766, medianAge: 41.4 }]]);
const VERSIONS: DimensionVersions = {
  countries: 'sas000000001', ports: 'sas000000001', modes: 'sas000000001', states: 'sas000000001', visas: 'sas000000001',
  stateDemographics: 'dem000000001', countryClimate: 'tmp000000001',
};

const named = (name: string | undefined) => (name === undefined ? null : { name });
const lookups: EnrichmentLookups = {
  country: (code) => COUNTRIES.get(code) ?? null,
  port: (code) => PORTS.get(code) ?? null,
  mode: (code) => named(MODES.get(code)),
  visa: (code) => named(VISAS.get(code)),
  state: (code) => named(STATES.get(code)),
  stateCodes: () => new Set(STATES.keys()),
  stateDemographics: (code) => DEMOGRAPHICS.get(code) ?? null,
  // Tokyo and Nagoya in January; the partial temperature file has no other month for Japan.
  countryTemperature: (country, month) => (country === 'JAPAN' && month === 1 ? 3.1253182 : null),
  versions: () => VERSIONS,
};

// Real rows of data/sample/immigration_data_sample.csv (file line in the comment), typed.
const LINE_2: I94RawRecord = {
  cicid: 4084316, i94yr: 2016, i94mon: 4, i94cit: 209, i94res: 209, i94port: 'HHW', arrdate: 20566, i94mode: 1, i94addr: 'HI',
  depdate: 20573, i94bir: 61, i94visa: 2, count: 1, dtadfile: '20160422', visapost: null, occup: null, entdepa: 'G', entdepd: 'O',
  entdepu: null, matflag: 'M', biryear: 1955, dtaddto: '07202016', gender: 'F', insnum: null, airline: 'JL', admnum: 56582674633,
  fltno: '00782', visatype: 'WT',
};
const LINE_84: I94RawRecord = {
  ...LINE_2, cicid: 1435383, i94cit: 574, i94res: 206, i94port: 'BLA', arrdate: 20552, i94mode: 3, i94addr: 'NE', depdate: null,
  i94bir: 61, dtadfile: '20160408', entdepa: 'Z', entdepd: null, matflag: null, biryear: 1955, dtaddto: '08082016', airline: null,
  admnum: 87733074030, fltno: '01788', visatype: 'B2',
};
const LINE_273: I94RawRecord = {
  ...LINE_2, cicid: 4348794, i94cit: 525, i94res: 525, i94port: 'X96', arrdate: 20567, i94mode: 2, i94addr: 'VQ', depdate: 20665,
  i94bir: 48, dtadfile: '20160423', visapost: 'SAJ', entdepd: 'I', biryear: 1968, dtaddto: '10222016', airline: 'VES',
  admnum: 94354672630, fltno: 'MANAD', visatype: 'B2',
};
const LINE_72: I94RawRecord = {
  ...LINE_2, cicid: 3599863, i94cit: 582, i94res: 582, i94port: 'HOU', arrdate: 20563, i94mode: 1, i94addr: 'TX', depdate: 20639,
  i94bir: 42, i94visa: 3, dtadfile: '20160419', visapost: 'MEX', entdepd: 'Q', biryear: 1974, dtaddto: 'D/S', airline: 'WN',
  admnum: 93991159230, fltno: '02831', visatype: 'F1',
};

const raw = (record: I94RawRecord, qualityFlags: string[] = []): RawArrivalLike => ({
  ...record, batchId: 'b-1', feedDate: 16913, sourceFile: 'immigration_data_sample.csv', sourceLine: 2, ingestedAt: 1_461_283_200_000, qualityFlags,
});
const epochDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const ENRICHED_AT = 1_461_300_000_000;

describe('enrichArrival', () => {
  it('keeps every raw field and adds the decoded ones (sample line 2, a Japanese visitor to Honolulu)', () => {
    expect(enrichArrival(raw(LINE_2), lookups, ENRICHED_AT)).toEqual({
      ...raw(LINE_2),
      arrivalDate: epochDay('2016-04-22'), departureDate: epochDay('2016-04-29'), stayDays: 7, age: 61,
      citizenshipCountry: 'JAPAN', residenceCountry: 'JAPAN', portName: 'HONOLULU, HI', portCity: 'HONOLULU', portState: 'HI',
      modeName: 'Air', visaCategory: 'Pleasure', visaType: 'WT', destinationState: 'HI', destinationStateName: 'HAWAII',
      destinationPopulation: 352766, destinationForeignBornShare: 101312 / 352766, destinationMedianAge: 41.4,
      admittedUntilDate: epochDay('2016-07-20'), admittedUntilStatus: null, arrivalMonth: '2016-04',
      // April: the partial temperature file has January only.
      residenceAvgTemperatureC: null,
      dimensionVersions: VERSIONS, enrichedAt: ENRICHED_AT,
    });
  });

  it.each([
    // line 84: 574 = 'INVALID: CANADA' names no country; no depdate; NE has no demographics here
    ['line 84, cicid 1435383', LINE_84, { citizenshipCountry: null, residenceCountry: 'HONG KONG', portName: 'BLAINE, WA', modeName: 'Land', destinationState: 'NE', departureDate: null, stayDays: null, destinationPopulation: null }, ['UNKNOWN_COUNTRY']],
    // line 273: 'X96' = 'No PORT Code (X96)'; VQ is not in i94addrl, so '99'
    ['line 273, cicid 4348794', LINE_273, { portName: null, portCity: null, portState: null, modeName: 'Sea', destinationState: '99', destinationStateName: 'All Other Codes', stayDays: 98 }, ['UNKNOWN_PORT', 'UNKNOWN_STATE']],
    // line 72: a Mexican student; dtaddto D/S is a status, not a date
    ['line 72, cicid 3599863', LINE_72, { visaCategory: 'Student', visaType: 'F1', admittedUntilDate: null, admittedUntilStatus: 'D/S', stayDays: 76, age: 42 }, []],
  ])('%s: decodes what it can and flags the rest', (_line, record, expected, flags) => {
    const enriched = enrichArrival(raw(record), lookups, ENRICHED_AT);
    expect(enriched).toMatchObject(expected);
    expect(enriched.qualityFlags).toEqual(flags);
  });

  it('keeps the ingest flags and adds each new flag once', () => {
    const enriched = enrichArrival(raw(LINE_273, ['UNKNOWN_PORT', 'UNKNOWN_STATE', 'AGE_BIRYEAR_MISMATCH']), lookups, ENRICHED_AT);
    expect(enriched.qualityFlags).toEqual(['UNKNOWN_PORT', 'UNKNOWN_STATE', 'AGE_BIRYEAR_MISMATCH']);
  });

  it('gives the residence temperature when the arrival month is in the climate data', () => {
    // Line 2 moved to January 2016 (SAS day 20469 = 2016-01-16), the only month the partial file has.
    const january = { ...LINE_2, i94mon: 1, arrdate: 20469, depdate: 20476 };
    expect(enrichArrival(raw(january), lookups, ENRICHED_AT)).toMatchObject({ arrivalMonth: '2016-01', residenceAvgTemperatureC: 3.1253182 });
  });

  it('leaves missing codes null without flags, and sends a missing address to 99', () => {
    const bare = { ...LINE_2, i94cit: null, i94res: null, i94port: null, i94mode: null, i94visa: null, i94addr: null, arrdate: null, depdate: null, i94yr: null };
    const enriched = enrichArrival(raw(bare), lookups, ENRICHED_AT);
    expect(enriched).toMatchObject({ citizenshipCountry: null, portName: null, modeName: null, visaCategory: null, destinationState: '99', arrivalMonth: null, age: 61 });
    expect(enriched.qualityFlags).toEqual([]);
  });

  it('flags unlisted mode and visa codes', () => {
    const odd = { ...LINE_2, i94mode: 7, i94visa: 4 };
    const enriched = enrichArrival(raw(odd), lookups, ENRICHED_AT);
    expect(enriched).toMatchObject({ modeName: null, visaCategory: null });
    expect(enriched.qualityFlags).toEqual(['UNKNOWN_MODE', 'UNKNOWN_VISA']);
  });
});
