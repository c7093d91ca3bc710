import { type I94RawRecord } from '../i94-raw-record';

/**
 * A record as it travels on i94.arrivals.raw.v1: the 28 I94 fields plus ingest metadata, with
 * dates as Avro carries them. Mirrors the generated `RawArrival` without importing @i94/avro.
 */
export interface RawArrivalLike extends I94RawRecord {
  batchId: string;
  /** Days since 1970-01-01. */
  feedDate: number;
  sourceFile: string | null;
  sourceLine: number | null;
  /** Milliseconds since the epoch. */
  ingestedAt: number;
  qualityFlags: string[];
}

/** The version stamp of each dimension an enriched record was decoded with; null when not loaded. */
export interface DimensionVersions {
  countries: string | null;
  ports: string | null;
  modes: string | null;
  states: string | null;
  visas: string | null;
  stateDemographics: string | null;
  countryClimate: string | null;
}

/** The decoded and derived fields the enricher adds; see schemas/i94.arrivals.enriched.v1.avsc. */
export interface EnrichmentFields {
  /** Days since 1970-01-01. */
  arrivalDate: number | null;
  /** Days since 1970-01-01. */
  departureDate: number | null;
  stayDays: number | null;
  age: number | null;
  citizenshipCountry: string | null;
  residenceCountry: string | null;
  portName: string | null;
  portCity: string | null;
  portState: string | null;
  modeName: string | null;
  visaCategory: string | null;
  visaType: string | null;
  /** An i94addrl code, '99' for anything else; never null. */
  destinationState: string;
  destinationStateName: string | null;
  /** Days since 1970-01-01. */
  admittedUntilDate: number | null;
  admittedUntilStatus: string | null;
  arrivalMonth: string | null;
  residenceAvgTemperatureC: number | null;
  destinationPopulation: number | null;
  destinationForeignBornShare: number | null;
  destinationMedianAge: number | null;
  dimensionVersions: DimensionVersions;
  /** Milliseconds since the epoch. */
  enrichedAt: number;
}

/** A record of i94.arrivals.enriched.v1: the raw record unchanged (flags extended) plus the derived fields. */
export type EnrichedArrivalLike = RawArrivalLike & EnrichmentFields;
