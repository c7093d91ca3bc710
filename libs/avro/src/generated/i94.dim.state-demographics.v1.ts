// Generated from schemas/i94.dim.state-demographics.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.dim.state-demographics.v1-value. */

export const I94_DIM_STATE_DEMOGRAPHICS_V1_SCHEMA = {
  "type": "record",
  "name": "StateDemographicsDimension",
  "namespace": "i94.dim.v1",
  "doc": "The 2015 US city demographics added up per state (only the cities in the file). Compacted topic i94.dim.state-demographics.v1, key = code; a null value deletes the code.",
  "fields": [
    {
      "name": "code",
      "type": "string",
      "doc": "two-letter state code"
    },
    {
      "name": "state",
      "type": "string",
      "doc": "state name"
    },
    {
      "name": "cityCount",
      "type": "int",
      "doc": "cities of the state in the file"
    },
    {
      "name": "totalPopulation",
      "type": "long",
      "doc": "sum over the cities"
    },
    {
      "name": "malePopulation",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "sum over the cities that report it"
    },
    {
      "name": "femalePopulation",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "sum over the cities that report it"
    },
    {
      "name": "veterans",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "sum over the cities that report it"
    },
    {
      "name": "foreignBorn",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "sum over the cities that report it"
    },
    {
      "name": "foreignBornShare",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "foreignBorn / population of the reporting cities, 0..1"
    },
    {
      "name": "medianAge",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "population-weighted median age of the reporting cities"
    },
    {
      "name": "americanIndianAlaskaNative",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "people of the race, over the cities with a line for it"
    },
    {
      "name": "asian",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "people of the race, over the cities with a line for it"
    },
    {
      "name": "blackAfricanAmerican",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "people of the race, over the cities with a line for it"
    },
    {
      "name": "hispanicLatino",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "people of the race, over the cities with a line for it"
    },
    {
      "name": "white",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "people of the race, over the cities with a line for it"
    },
    {
      "name": "version",
      "type": "string",
      "doc": "first 12 hex digits of the SHA-256 of the source file(s) this record was built from"
    }
  ]
} as const;


/** The 2015 US city demographics added up per state (only the cities in the file). Compacted topic i94.dim.state-demographics.v1, key = code; a null value deletes the code. */
export interface StateDemographicsDimension {
  /** two-letter state code */
  code: string;
  /** state name */
  state: string;
  /** cities of the state in the file */
  cityCount: number;
  /** sum over the cities */
  totalPopulation: number;
  /** sum over the cities that report it */
  malePopulation: null | number;
  /** sum over the cities that report it */
  femalePopulation: null | number;
  /** sum over the cities that report it */
  veterans: null | number;
  /** sum over the cities that report it */
  foreignBorn: null | number;
  /** foreignBorn / population of the reporting cities, 0..1 */
  foreignBornShare: null | number;
  /** population-weighted median age of the reporting cities */
  medianAge: null | number;
  /** people of the race, over the cities with a line for it */
  americanIndianAlaskaNative: null | number;
  /** people of the race, over the cities with a line for it */
  asian: null | number;
  /** people of the race, over the cities with a line for it */
  blackAfricanAmerican: null | number;
  /** people of the race, over the cities with a line for it */
  hispanicLatino: null | number;
  /** people of the race, over the cities with a line for it */
  white: null | number;
  /** first 12 hex digits of the SHA-256 of the source file(s) this record was built from */
  version: string;
}
