import { type DimensionVersions, type EnrichmentLookups } from '@i94/domain';
import { type AirportRecord } from '../airports/airport.types';
import { type StateDemographicsRecord } from '../demographics/demographics.types';
import { type CountryRecord, type ModeRecord, type PortRecord, type StateRecord, type VisaRecord } from '../sas-labels/sas-label.types';
import { type CountryClimateRecord, type StateClimateRecord } from '../temperatures/climate.types';
import { countryKey } from '../temperatures/country-key';
import { DIMENSION_NAMES, type DimensionName, type DimensionRecords, dimensionKey } from './dimension-names';

/** How often a dimension was asked for a code, and how often it had nothing. */
export interface LookupStats {
  lookups: number;
  misses: number;
}

type Tables = { [D in DimensionName]: Map<string, DimensionRecords[D]> };

const byName = <T>(make: () => T): Record<DimensionName, T> =>
  Object.fromEntries(DIMENSION_NAMES.map((name) => [name, make()])) as Record<DimensionName, T>;

/**
 * The current records of every dimension, kept in memory and updated record by record from the
 * compacted `i94.dim.*` topics (no Kafka here). Lookups are map reads and count their misses.
 */
export class DimensionCache implements EnrichmentLookups {
  private readonly tables = byName(() => new Map()) as Tables;
  private readonly currentVersions = new Map<DimensionName, string>();
  private readonly counters = byName((): LookupStats => ({ lookups: 0, misses: 0 }));
  // Kept beside the states table so `stateCodes()` hands out a set without copying per record.
  private readonly stateCodeSet = new Set<string>();

  /** Puts (or, for a null record, deletes) one code; `version` becomes the dimension's current version. */
  apply<D extends DimensionName>(dimension: D, code: string | number, record: DimensionRecords[D] | null, version?: string): void {
    const key = dimensionKey(code);
    const table = this.tables[dimension];
    if (record === null) table.delete(key);
    else table.set(key, record);
    if (dimension === 'states') {
      if (record === null) this.stateCodeSet.delete(key);
      else this.stateCodeSet.add(key);
    }
    if (version !== undefined) this.currentVersions.set(dimension, version);
  }

  /** The record of a code, counted as a lookup (and a miss when absent). */
  get<D extends DimensionName>(dimension: D, code: string | number): DimensionRecords[D] | null {
    return this.count(dimension, this.tables[dimension].get(dimensionKey(code)) ?? null);
  }

  /** Every current record of a dimension (not counted as lookups). */
  records<D extends DimensionName>(dimension: D): DimensionRecords[D][] {
    return [...this.tables[dimension].values()];
  }

  /** How many codes a dimension holds. */
  size(dimension: DimensionName): number {
    return this.tables[dimension].size;
  }

  /** The version of the last record applied to a dimension; null before any. */
  version(dimension: DimensionName): string | null {
    return this.currentVersions.get(dimension) ?? null;
  }

  /** Lookups and misses per dimension since the cache was made. */
  stats(): Record<DimensionName, LookupStats> {
    return Object.fromEntries(DIMENSION_NAMES.map((name) => [name, { ...this.counters[name] }])) as Record<DimensionName, LookupStats>;
  }

  /** An i94cntyl country by code (invalid ones included, with `valid: false`). */
  country(code: number): CountryRecord | null {
    return this.get('countries', code);
  }

  /** An i94prtl port by code (invalid ones included, with `valid: false`). */
  port(code: string): PortRecord | null {
    return this.get('ports', code);
  }

  /** An i94model mode by code. */
  mode(code: number): ModeRecord | null {
    return this.get('modes', code);
  }

  /** A visa category by i94visa code. */
  visa(code: number): VisaRecord | null {
    return this.get('visas', code);
  }

  /** An i94addrl state by code, '99' included. */
  state(code: string): StateRecord | null {
    return this.get('states', code);
  }

  /** The city demographics of a state, by two-letter code. */
  stateDemographics(stateCode: string): StateDemographicsRecord | null {
    return this.get('state-demographics', stateCode);
  }

  /** The climate of a state, by two-letter code. */
  stateClimate(stateCode: string): StateClimateRecord | null {
    return this.get('state-climate', stateCode);
  }

  /** An airport by OurAirports ident. */
  airport(ident: string): AirportRecord | null {
    return this.get('airports', ident);
  }

  /** The i94addrl codes currently held, including '99'. */
  stateCodes(): ReadonlySet<string> {
    return this.stateCodeSet;
  }

  /** A country's climate by any spelling `countryKey` understands ('CHINA, PRC', 'Japan'). */
  countryClimate(countryName: string): CountryClimateRecord | null {
    return this.get('country-climate', countryKey(countryName));
  }

  /** Mean °C of a country in a calendar month; a miss when the country or the month is absent. */
  countryTemperature(countryName: string, month: number): number | null {
    const record = this.tables['country-climate'].get(countryKey(countryName));
    return this.count('country-climate', monthMean(record, month));
  }

  /** Mean °C of a state in a calendar month; a miss when the state or the month is absent. */
  stateTemperature(stateCode: string, month: number): number | null {
    const record = this.tables['state-climate'].get(dimensionKey(stateCode));
    return this.count('state-climate', monthMean(record, month));
  }

  /** The versions of the dimensions enrichment reads. */
  versions(): DimensionVersions {
    return {
      countries: this.version('countries'),
      ports: this.version('ports'),
      modes: this.version('modes'),
      states: this.version('states'),
      visas: this.version('visas'),
      stateDemographics: this.version('state-demographics'),
      countryClimate: this.version('country-climate'),
    };
  }

  private count<T>(dimension: DimensionName, found: T | null): T | null {
    const counter = this.counters[dimension];
    counter.lookups += 1;
    if (found === null) counter.misses += 1;
    return found;
  }
}

function monthMean(record: CountryClimateRecord | StateClimateRecord | undefined, month: number): number | null {
  return record?.months.find((m) => m.month === month)?.averageTemperature ?? null;
}
