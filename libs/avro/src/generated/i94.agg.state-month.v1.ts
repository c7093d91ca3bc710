// Generated from schemas/i94.agg.state-month.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.agg.state-month.v1-value. */

export const I94_AGG_STATE_MONTH_V1_SCHEMA = {
  "type": "record",
  "name": "StateMonthAggregate",
  "namespace": "i94.agg.v1",
  "doc": "Arrivals of one (destination state, arrival month), each cicid counted once (its copy with the highest Kafka offset), joined with the state's demographics and climate. Compacted topic i94.agg.state-month.v1, key = state|month; also Cassandra state_month_aggregates and Parquet on S3.",
  "fields": [
    {
      "name": "state",
      "type": "string",
      "doc": "destination state: an i94addrl code, or '99' (All Other Codes) for i94addr values not in the list"
    },
    {
      "name": "stateName",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "the state's i94addrl label, e.g. 'NEW YORK', 'All Other Codes' for 99; null when the states dimension lacks the code"
    },
    {
      "name": "month",
      "type": "string",
      "doc": "arrival month YYYY-MM (from arrdate, else i94yr/i94mon), or 'unknown' for arrivals with neither"
    },
    {
      "name": "arrivals",
      "type": "long",
      "default": 0,
      "doc": "distinct cicids of this state and month"
    },
    {
      "name": "male",
      "type": "long",
      "default": 0,
      "doc": "arrivals with gender 'M' (trimmed, upper-cased)"
    },
    {
      "name": "female",
      "type": "long",
      "default": 0,
      "doc": "arrivals with gender 'F' (trimmed, upper-cased)"
    },
    {
      "name": "genderUnknown",
      "type": "long",
      "default": 0,
      "doc": "arrivals with any other gender: null, empty, 'X', 'U'"
    },
    {
      "name": "business",
      "type": "long",
      "default": 0,
      "doc": "arrivals with i94visa 1 (Business)"
    },
    {
      "name": "pleasure",
      "type": "long",
      "default": 0,
      "doc": "arrivals with i94visa 2 (Pleasure)"
    },
    {
      "name": "student",
      "type": "long",
      "default": 0,
      "doc": "arrivals with i94visa 3 (Student)"
    },
    {
      "name": "visaUnknown",
      "type": "long",
      "default": 0,
      "doc": "arrivals with a null or unlisted i94visa"
    },
    {
      "name": "air",
      "type": "long",
      "default": 0,
      "doc": "arrivals with i94mode 1 (Air)"
    },
    {
      "name": "sea",
      "type": "long",
      "default": 0,
      "doc": "arrivals with i94mode 2 (Sea)"
    },
    {
      "name": "land",
      "type": "long",
      "default": 0,
      "doc": "arrivals with i94mode 3 (Land)"
    },
    {
      "name": "modeNotReported",
      "type": "long",
      "default": 0,
      "doc": "arrivals with i94mode 9 (Not reported), null or an unlisted code, so air + sea + land + modeNotReported = arrivals"
    },
    {
      "name": "averageAge",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "mean age in years over the arrivals with an age; null when none has one"
    },
    {
      "name": "averageStayDays",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "mean stay (depdate - arrdate) in days over the arrivals with a stay; null when none has one"
    },
    {
      "name": "medianStayDays",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "exact median of the same stays, the mean of the two middle values for an even count; null when none has one"
    },
    {
      "name": "topResidenceCountries",
      "type": {
        "type": "array",
        "items": {
          "type": "record",
          "name": "ResidenceCountryCount",
          "doc": "a residence country and its arrivals in this state and month",
          "fields": [
            {
              "name": "country",
              "type": "string",
              "doc": "i94res decoded through i94cntyl"
            },
            {
              "name": "arrivals",
              "type": "long",
              "doc": "arrivals resident in that country"
            }
          ]
        }
      },
      "default": [],
      "doc": "up to 5 residence countries by arrivals, ties broken by name; arrivals with an unknown residence are left out"
    },
    {
      "name": "distinctPorts",
      "type": "long",
      "default": 0,
      "doc": "distinct i94port codes that decode to a known port"
    },
    {
      "name": "population",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "total population of the state's cities in the 2015 US city demographics (those cities only, not the whole state); null for 99 or a state without cities there"
    },
    {
      "name": "malePopulation",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "male population of those cities; null when unknown"
    },
    {
      "name": "femalePopulation",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "female population of those cities; null when unknown"
    },
    {
      "name": "foreignBorn",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "foreign-born people in those cities; null when unknown"
    },
    {
      "name": "foreignBornShare",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "foreign-born share (0..1) of those cities' population; null when unknown"
    },
    {
      "name": "medianAge",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "population-weighted median age of those cities; null when unknown"
    },
    {
      "name": "raceCounts",
      "type": {
        "type": "record",
        "name": "StateRaceCounts",
        "doc": "people per race in the state's cities (2015 US city demographics)",
        "fields": [
          {
            "name": "americanIndianAlaskaNative",
            "type": [
              "null",
              "long"
            ],
            "default": null,
            "doc": "American Indian and Alaska Native people in the state's cities; null when no city reports the figure"
          },
          {
            "name": "asian",
            "type": [
              "null",
              "long"
            ],
            "default": null,
            "doc": "Asian people in the state's cities; null when no city reports the figure"
          },
          {
            "name": "blackAfricanAmerican",
            "type": [
              "null",
              "long"
            ],
            "default": null,
            "doc": "Black or African-American people in the state's cities; null when no city reports the figure"
          },
          {
            "name": "hispanicLatino",
            "type": [
              "null",
              "long"
            ],
            "default": null,
            "doc": "Hispanic or Latino people in the state's cities; null when no city reports the figure"
          },
          {
            "name": "white",
            "type": [
              "null",
              "long"
            ],
            "default": null,
            "doc": "White people in the state's cities; null when no city reports the figure"
          }
        ]
      },
      "default": {
        "americanIndianAlaskaNative": null,
        "asian": null,
        "blackAfricanAmerican": null,
        "hispanicLatino": null,
        "white": null
      },
      "doc": "race counts of the state's cities; every count null for 99 or a state without cities there"
    },
    {
      "name": "averageTemperatureC",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "mean temperature in degrees C of the state's cities in this calendar month (Berkeley Earth major cities); null for 99, an unknown month, or a state or month the partial file lacks"
    },
    {
      "name": "inputRows",
      "type": "long",
      "default": 0,
      "doc": "rows read that carried this state and month, duplicates included: inputRows - arrivals copies were dropped"
    },
    {
      "name": "computedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      },
      "doc": "when the aggregate was computed"
    },
    {
      "name": "version",
      "type": "string",
      "doc": "first 16 hex digits of the SHA-256 of every other field but computedAt: recomputing unchanged input with unchanged dimensions gives the same version"
    },
    {
      "name": "lineage",
      "type": {
        "type": "array",
        "items": {
          "type": "record",
          "name": "AggregateLineageEntry",
          "doc": "one input Parquet file and the Kafka offsets it covers",
          "fields": [
            {
              "name": "objectKey",
              "type": "string",
              "doc": "S3 object key of the file"
            },
            {
              "name": "partition",
              "type": "int",
              "doc": "Kafka partition of i94.arrivals.enriched.v1 the rows came from"
            },
            {
              "name": "startOffset",
              "type": "long",
              "doc": "first offset in the file"
            },
            {
              "name": "endOffset",
              "type": "long",
              "doc": "last offset in the file, inclusive"
            },
            {
              "name": "rows",
              "type": "long",
              "doc": "rows in the file"
            }
          ]
        }
      },
      "default": [],
      "doc": "the input files of the run, sorted by objectKey, partition and startOffset"
    }
  ]
} as const;


/** a residence country and its arrivals in this state and month */
export interface ResidenceCountryCount {
  /** i94res decoded through i94cntyl */
  country: string;
  /** arrivals resident in that country */
  arrivals: number;
}

/** people per race in the state's cities (2015 US city demographics) */
export interface StateRaceCounts {
  /** American Indian and Alaska Native people in the state's cities; null when no city reports the figure */
  americanIndianAlaskaNative: null | number;
  /** Asian people in the state's cities; null when no city reports the figure */
  asian: null | number;
  /** Black or African-American people in the state's cities; null when no city reports the figure */
  blackAfricanAmerican: null | number;
  /** Hispanic or Latino people in the state's cities; null when no city reports the figure */
  hispanicLatino: null | number;
  /** White people in the state's cities; null when no city reports the figure */
  white: null | number;
}

/** one input Parquet file and the Kafka offsets it covers */
export interface AggregateLineageEntry {
  /** S3 object key of the file */
  objectKey: string;
  /** Kafka partition of i94.arrivals.enriched.v1 the rows came from */
  partition: number;
  /** first offset in the file */
  startOffset: number;
  /** last offset in the file, inclusive */
  endOffset: number;
  /** rows in the file */
  rows: number;
}

/** Arrivals of one (destination state, arrival month), each cicid counted once (its copy with the highest Kafka offset), joined with the state's demographics and climate. Compacted topic i94.agg.state-month.v1, key = state|month; also Cassandra state_month_aggregates and Parquet on S3. */
export interface StateMonthAggregate {
  /** destination state: an i94addrl code, or '99' (All Other Codes) for i94addr values not in the list */
  state: string;
  /** the state's i94addrl label, e.g. 'NEW YORK', 'All Other Codes' for 99; null when the states dimension lacks the code */
  stateName: null | string;
  /** arrival month YYYY-MM (from arrdate, else i94yr/i94mon), or 'unknown' for arrivals with neither */
  month: string;
  /** distinct cicids of this state and month */
  arrivals: number;
  /** arrivals with gender 'M' (trimmed, upper-cased) */
  male: number;
  /** arrivals with gender 'F' (trimmed, upper-cased) */
  female: number;
  /** arrivals with any other gender: null, empty, 'X', 'U' */
  genderUnknown: number;
  /** arrivals with i94visa 1 (Business) */
  business: number;
  /** arrivals with i94visa 2 (Pleasure) */
  pleasure: number;
  /** arrivals with i94visa 3 (Student) */
  student: number;
  /** arrivals with a null or unlisted i94visa */
  visaUnknown: number;
  /** arrivals with i94mode 1 (Air) */
  air: number;
  /** arrivals with i94mode 2 (Sea) */
  sea: number;
  /** arrivals with i94mode 3 (Land) */
  land: number;
  /** arrivals with i94mode 9 (Not reported), null or an unlisted code, so air + sea + land + modeNotReported = arrivals */
  modeNotReported: number;
  /** mean age in years over the arrivals with an age; null when none has one */
  averageAge: null | number;
  /** mean stay (depdate - arrdate) in days over the arrivals with a stay; null when none has one */
  averageStayDays: null | number;
  /** exact median of the same stays, the mean of the two middle values for an even count; null when none has one */
  medianStayDays: null | number;
  /** up to 5 residence countries by arrivals, ties broken by name; arrivals with an unknown residence are left out */
  topResidenceCountries: ResidenceCountryCount[];
  /** distinct i94port codes that decode to a known port */
  distinctPorts: number;
  /** total population of the state's cities in the 2015 US city demographics (those cities only, not the whole state); null for 99 or a state without cities there */
  population: null | number;
  /** male population of those cities; null when unknown */
  malePopulation: null | number;
  /** female population of those cities; null when unknown */
  femalePopulation: null | number;
  /** foreign-born people in those cities; null when unknown */
  foreignBorn: null | number;
  /** foreign-born share (0..1) of those cities' population; null when unknown */
  foreignBornShare: null | number;
  /** population-weighted median age of those cities; null when unknown */
  medianAge: null | number;
  /** race counts of the state's cities; every count null for 99 or a state without cities there */
  raceCounts: StateRaceCounts;
  /** mean temperature in degrees C of the state's cities in this calendar month (Berkeley Earth major cities); null for 99, an unknown month, or a state or month the partial file lacks */
  averageTemperatureC: null | number;
  /** rows read that carried this state and month, duplicates included: inputRows - arrivals copies were dropped */
  inputRows: number;
  /** when the aggregate was computed; timestamp-millis: milliseconds since the epoch */
  computedAt: number;
  /** first 16 hex digits of the SHA-256 of every other field but computedAt: recomputing unchanged input with unchanged dimensions gives the same version */
  version: string;
  /** the input files of the run, sorted by objectKey, partition and startOffset */
  lineage: AggregateLineageEntry[];
}
