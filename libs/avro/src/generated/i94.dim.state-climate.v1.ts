// Generated from schemas/i94.dim.state-climate.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.dim.state-climate.v1-value. */

export const I94_DIM_STATE_CLIMATE_V1_SCHEMA = {
  "type": "record",
  "name": "StateClimateDimension",
  "namespace": "i94.dim.v1",
  "doc": "A US state's monthly mean temperatures from its cities in the temperature file. Compacted topic i94.dim.state-climate.v1, key = code; a null value deletes the code.",
  "fields": [
    {
      "name": "code",
      "type": "string",
      "doc": "two-letter state code"
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
          "name": "StateMonthlyTemperature",
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


export interface StateMonthlyTemperature {
  /** calendar month 1-12 */
  month: number;
  /** mean of the observations of that month, degrees C */
  avgTemperatureC: number;
}

/** A US state's monthly mean temperatures from its cities in the temperature file. Compacted topic i94.dim.state-climate.v1, key = code; a null value deletes the code. */
export interface StateClimateDimension {
  /** two-letter state code */
  code: string;
  /** the cities of the temperature file the means are taken over */
  cities: string[];
  /** only the months the source has, in calendar order (the partial file has January only) */
  months: StateMonthlyTemperature[];
  /** first 12 hex digits of the SHA-256 of the source file(s) this record was built from */
  version: string;
}
