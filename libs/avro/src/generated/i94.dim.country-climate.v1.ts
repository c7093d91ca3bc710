// Generated from schemas/i94.dim.country-climate.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.dim.country-climate.v1-value. */

export const I94_DIM_COUNTRY_CLIMATE_V1_SCHEMA = {
  "type": "record",
  "name": "CountryClimateDimension",
  "namespace": "i94.dim.v1",
  "doc": "A country's monthly mean temperatures (Berkeley Earth, major cities). Compacted topic i94.dim.country-climate.v1, key = code; a null value deletes the code.",
  "fields": [
    {
      "name": "code",
      "type": "string",
      "doc": "normalised country name (countryKey), e.g. 'JAPAN'"
    },
    {
      "name": "country",
      "type": "string",
      "doc": "the country as the temperature file spells it"
    },
    {
      "name": "cities",
      "type": {
        "type": "array",
        "items": "string"
      },
      "doc": "the cities of the temperature file the means are taken over"
    },
    {
      "name": "months",
      "type": {
        "type": "array",
        "items": {
          "type": "record",
          "name": "CountryMonthlyTemperature",
          "fields": [
            {
              "name": "month",
              "type": "int",
              "doc": "calendar month 1-12"
            },
            {
              "name": "avgTemperatureC",
              "type": "double",
              "doc": "mean of the observations of that month, degrees C"
            }
          ]
        }
      },
      "doc": "only the months the source has, in calendar order (the partial file has January only)"
    },
    {
      "name": "version",
      "type": "string",
      "doc": "first 12 hex digits of the SHA-256 of the source file(s) this record was built from"
    }
  ]
} as const;


export interface CountryMonthlyTemperature {
  /** calendar month 1-12 */
  month: number;
  /** mean of the observations of that month, degrees C */
  avgTemperatureC: number;
}

/** A country's monthly mean temperatures (Berkeley Earth, major cities). Compacted topic i94.dim.country-climate.v1, key = code; a null value deletes the code. */
export interface CountryClimateDimension {
  /** normalised country name (countryKey), e.g. 'JAPAN' */
  code: string;
  /** the country as the temperature file spells it */
  country: string;
  /** the cities of the temperature file the means are taken over */
  cities: string[];
  /** only the months the source has, in calendar order (the partial file has January only) */
  months: CountryMonthlyTemperature[];
  /** first 12 hex digits of the SHA-256 of the source file(s) this record was built from */
  version: string;
}
