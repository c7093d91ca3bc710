// Generated from schemas/i94.dim.airports.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.dim.airports.v1-value. */

export const I94_DIM_AIRPORTS_V1_SCHEMA = {
  "type": "record",
  "name": "AirportDimension",
  "namespace": "i94.dim.v1",
  "doc": "An airport or other landing place (OurAirports). Compacted topic i94.dim.airports.v1, key = code; a null value deletes the code.",
  "fields": [
    {
      "name": "code",
      "type": "string",
      "doc": "OurAirports ident, e.g. 'KJFK'"
    },
    {
      "name": "type",
      "type": "string",
      "doc": "e.g. 'large_airport'"
    },
    {
      "name": "name",
      "type": "string",
      "doc": "airport name"
    },
    {
      "name": "elevationFt",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "elevation in feet"
    },
    {
      "name": "continent",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "continent code"
    },
    {
      "name": "isoCountry",
      "type": "string",
      "doc": "ISO country code"
    },
    {
      "name": "isoRegion",
      "type": "string",
      "doc": "ISO region, e.g. 'US-NY'"
    },
    {
      "name": "municipality",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "town served"
    },
    {
      "name": "gpsCode",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "ICAO-style code"
    },
    {
      "name": "iataCode",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "three-letter IATA code; missing for most rows"
    },
    {
      "name": "localCode",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "local code"
    },
    {
      "name": "state",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "US state or territory code"
    },
    {
      "name": "longitude",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "decimal degrees, east positive"
    },
    {
      "name": "latitude",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "decimal degrees, north positive"
    },
    {
      "name": "version",
      "type": "string",
      "doc": "first 12 hex digits of the SHA-256 of the source file(s) this record was built from"
    }
  ]
} as const;


/** An airport or other landing place (OurAirports). Compacted topic i94.dim.airports.v1, key = code; a null value deletes the code. */
export interface AirportDimension {
  /** OurAirports ident, e.g. 'KJFK' */
  code: string;
  /** e.g. 'large_airport' */
  type: string;
  /** airport name */
  name: string;
  /** elevation in feet */
  elevationFt: null | number;
  /** continent code */
  continent: null | string;
  /** ISO country code */
  isoCountry: string;
  /** ISO region, e.g. 'US-NY' */
  isoRegion: string;
  /** town served */
  municipality: null | string;
  /** ICAO-style code */
  gpsCode: null | string;
  /** three-letter IATA code; missing for most rows */
  iataCode: null | string;
  /** local code */
  localCode: null | string;
  /** US state or territory code */
  state: null | string;
  /** decimal degrees, east positive */
  longitude: null | number;
  /** decimal degrees, north positive */
  latitude: null | number;
  /** first 12 hex digits of the SHA-256 of the source file(s) this record was built from */
  version: string;
}
