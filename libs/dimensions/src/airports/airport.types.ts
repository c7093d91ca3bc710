/** An airport, heliport or other landing place from OurAirports, keyed by its `ident`. */
export interface AirportRecord {
  /** The OurAirports ident ('00A', 'KJFK'); the only code every row has. */
  readonly code: string;
  readonly type: string;
  readonly name: string;
  readonly elevationFt: number | null;
  readonly continent: string | null;
  readonly isoCountry: string;
  readonly isoRegion: string;
  readonly municipality: string | null;
  /** ICAO-style code; missing for many small fields. */
  readonly gpsCode: string | null;
  /** Three-letter IATA code; missing for most rows. */
  readonly iataCode: string | null;
  readonly localCode: string | null;
  /** US state or territory code from `iso_region` 'US-XX' (or the country code of PR, GU, VI, AS, MP). */
  readonly state: string | null;
  readonly longitude: number | null;
  readonly latitude: number | null;
}
