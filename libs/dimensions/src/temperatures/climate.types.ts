/** One month of a climatology: the mean of every observation of that calendar month. */
export interface MonthlyTemperature {
  /** Calendar month, 1–12. */
  readonly month: number;
  /** Mean of `AverageTemperature` in °C. */
  readonly averageTemperature: number;
  /** How many city-month observations the mean is taken over. */
  readonly observations: number;
}

/** A country's monthly temperature climatology, keyed by its normalised name (see `countryKey`). */
export interface CountryClimateRecord {
  /** `countryKey` of the country, e.g. 'UNITED STATES', 'COTE D IVOIRE'. */
  readonly code: string;
  /** The country as the temperature file spells it. */
  readonly country: string;
  readonly cities: readonly string[];
  /** Only the months the source has, in calendar order. */
  readonly months: readonly MonthlyTemperature[];
}

/** A US state's monthly temperature climatology from its cities in the temperature file. */
export interface StateClimateRecord {
  /** Two-letter state code. */
  readonly code: string;
  readonly cities: readonly string[];
  readonly months: readonly MonthlyTemperature[];
}

/** One row of the Berkeley Earth by-city file that has a temperature. */
export interface TemperatureObservation {
  readonly line: number;
  readonly year: number;
  readonly month: number;
  readonly averageTemperature: number;
  readonly uncertainty: number | null;
  readonly city: string;
  readonly country: string;
  /** Decimal degrees, north positive ('5.63N' is 5.63); null when unreadable. */
  readonly latitude: number | null;
  /** Decimal degrees, east positive ('3.23W' is -3.23); null when unreadable. */
  readonly longitude: number | null;
}
