import { type DimensionVersions } from './enriched-arrival';

/** What enrichment needs of a country (i94cntyl) entry. */
export interface CountryEntry {
  readonly name: string;
  /** False for codes the labels file itself marks invalid or collapsed: decoded as unknown. */
  readonly valid: boolean;
}

/** What enrichment needs of a port (i94prtl) entry. */
export interface PortEntry {
  readonly name: string;
  readonly city: string | null;
  /** US state or territory code, null for foreign ports. */
  readonly state: string | null;
  /** False for "No PORT Code", collapsed and unknown ports: decoded as unknown. */
  readonly valid: boolean;
}

/** A code list entry that is only a label: modes, states, visa categories. */
export interface NamedEntry {
  readonly name: string;
}

/** What enrichment needs of a state's city demographics. */
export interface StateDemographicsEntry {
  readonly totalPopulation: number;
  readonly foreignBornShare: number | null;
  readonly medianAge: number | null;
}

/**
 * The dimension lookups enrichment reads; every lookup answers null for a code it does not know.
 * Implemented over the dimension topics by `DimensionCache` in @i94/dimensions.
 */
export interface EnrichmentLookups {
  country(code: number): CountryEntry | null;
  port(code: string): PortEntry | null;
  mode(code: number): NamedEntry | null;
  visa(code: number): NamedEntry | null;
  state(code: string): NamedEntry | null;
  /** The i94addrl codes (including '99'), for `destinationStateCode`. */
  stateCodes(): ReadonlySet<string>;
  stateDemographics(stateCode: string): StateDemographicsEntry | null;
  /** Mean °C of a country (an I94 or temperature-file spelling) in calendar month 1-12. */
  countryTemperature(countryName: string, month: number): number | null;
  versions(): DimensionVersions;
}
