// Generated from schemas/i94.arrivals.enriched.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.arrivals.enriched.v1-value. */

export const I94_ARRIVALS_ENRICHED_V1_SCHEMA = {
  "type": "record",
  "name": "EnrichedArrival",
  "namespace": "i94.arrivals.v1",
  "doc": "One I-94 arrival: every raw field unchanged, plus dates, decoded codes and dimension facts. Unknown codes are not errors: their decoded fields are null and a quality flag is added. Topic i94.arrivals.enriched.v1, key = cicid.",
  "fields": [
    {
      "name": "cicid",
      "type": "long",
      "doc": "CIC record id: unique per arrival; the Kafka key"
    },
    {
      "name": "i94yr",
      "type": [
        "null",
        "int"
      ],
      "default": null,
      "doc": "4-digit year of the record"
    },
    {
      "name": "i94mon",
      "type": [
        "null",
        "int"
      ],
      "default": null,
      "doc": "numeric month 1-12"
    },
    {
      "name": "i94cit",
      "type": [
        "null",
        "int"
      ],
      "default": null,
      "doc": "country of citizenship (i94cntyl code)"
    },
    {
      "name": "i94res",
      "type": [
        "null",
        "int"
      ],
      "default": null,
      "doc": "country of residence (i94cntyl code)"
    },
    {
      "name": "i94port",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "port of admission (i94prtl code)"
    },
    {
      "name": "arrdate",
      "type": [
        "null",
        "int"
      ],
      "default": null,
      "doc": "arrival date as a SAS day number (days since 1960-01-01)"
    },
    {
      "name": "i94mode",
      "type": [
        "null",
        "int"
      ],
      "default": null,
      "doc": "mode of arrival: 1 Air, 2 Sea, 3 Land, 9 Not reported"
    },
    {
      "name": "i94addr",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "US state of destination as given (may be invalid)"
    },
    {
      "name": "depdate",
      "type": [
        "null",
        "int"
      ],
      "default": null,
      "doc": "departure date as a SAS day number"
    },
    {
      "name": "i94bir",
      "type": [
        "null",
        "int"
      ],
      "default": null,
      "doc": "age of respondent in years"
    },
    {
      "name": "i94visa",
      "type": [
        "null",
        "int"
      ],
      "default": null,
      "doc": "visa category: 1 Business, 2 Pleasure, 3 Student"
    },
    {
      "name": "count",
      "type": [
        "null",
        "int"
      ],
      "default": null,
      "doc": "summary-statistics count, always 1 in the source"
    },
    {
      "name": "dtadfile",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "date added to the I-94 files, YYYYMMDD as given"
    },
    {
      "name": "visapost",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "Department of State office that issued the visa"
    },
    {
      "name": "occup",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "occupation that will be performed in the US"
    },
    {
      "name": "entdepa",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "arrival flag"
    },
    {
      "name": "entdepd",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "departure flag"
    },
    {
      "name": "entdepu",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "update flag"
    },
    {
      "name": "matflag",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "match flag: arrival and departure records matched"
    },
    {
      "name": "biryear",
      "type": [
        "null",
        "int"
      ],
      "default": null,
      "doc": "4-digit year of birth"
    },
    {
      "name": "dtaddto",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "date admitted to the US until, MMDDYYYY, or a status code such as D/S"
    },
    {
      "name": "gender",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "non-immigrant sex as given"
    },
    {
      "name": "insnum",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "INS number (personal)"
    },
    {
      "name": "airline",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "airline used to arrive"
    },
    {
      "name": "admnum",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "admission number (personal)"
    },
    {
      "name": "fltno",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "flight number (personal)"
    },
    {
      "name": "visatype",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "class of admission, e.g. B2, WT, F1"
    },
    {
      "name": "batchId",
      "type": "string",
      "doc": "the gateway's batch id: correlation id of one pushed request"
    },
    {
      "name": "feedDate",
      "type": {
        "type": "int",
        "logicalType": "date"
      },
      "doc": "the daily feed the record came in"
    },
    {
      "name": "sourceFile",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "file name the producer pushed, if given"
    },
    {
      "name": "sourceLine",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "1-based line (or row) of the record in its source"
    },
    {
      "name": "ingestedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      },
      "doc": "when the gateway accepted the record"
    },
    {
      "name": "qualityFlags",
      "type": {
        "type": "array",
        "items": "string"
      },
      "default": [],
      "doc": "soft problems found at ingest, plus the UNKNOWN_* flags the enricher adds for codes it could not decode (each flag once)"
    },
    {
      "name": "arrivalDate",
      "type": [
        "null",
        {
          "type": "int",
          "logicalType": "date"
        }
      ],
      "default": null,
      "doc": "arrdate as a calendar date (SAS day - 3653); null when arrdate is missing"
    },
    {
      "name": "departureDate",
      "type": [
        "null",
        {
          "type": "int",
          "logicalType": "date"
        }
      ],
      "default": null,
      "doc": "depdate as a calendar date (SAS day - 3653); null when depdate is missing"
    },
    {
      "name": "stayDays",
      "type": [
        "null",
        "int"
      ],
      "default": null,
      "doc": "depdate - arrdate in days; null when either is missing or the difference is negative"
    },
    {
      "name": "age",
      "type": [
        "null",
        "int"
      ],
      "default": null,
      "doc": "age in years: i94bir when within 0..120, else i94yr - biryear when that is within 0..120, else null"
    },
    {
      "name": "citizenshipCountry",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "i94cit decoded through i94cntyl; null (and UNKNOWN_COUNTRY) for an unlisted or invalid code"
    },
    {
      "name": "residenceCountry",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "i94res decoded through i94cntyl; null (and UNKNOWN_COUNTRY) for an unlisted or invalid code"
    },
    {
      "name": "portName",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "i94port decoded through i94prtl, the full label, e.g. 'HONOLULU, HI'; null (and UNKNOWN_PORT) for an unlisted or invalid code"
    },
    {
      "name": "portCity",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "the port label before its last comma, e.g. 'HONOLULU'; null when the port is unknown"
    },
    {
      "name": "portState",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "US state or territory code of the port, e.g. 'HI'; null for foreign or unknown ports"
    },
    {
      "name": "modeName",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "i94mode decoded through i94model: Air, Sea, Land or Not reported; null (and UNKNOWN_MODE) for an unlisted code"
    },
    {
      "name": "visaCategory",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "i94visa decoded: Business, Pleasure or Student; null (and UNKNOWN_VISA) for an unlisted code"
    },
    {
      "name": "visaType",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "class of admission, the same value as visatype (e.g. B2, WT, F1)"
    },
    {
      "name": "destinationState",
      "type": "string",
      "doc": "i94addr when it is an i94addrl code, else '99' (All Other Codes) as the SAS labels file prescribes; never null"
    },
    {
      "name": "destinationStateName",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "destinationState decoded through i94addrl, 'ALL OTHER CODES' for 99; null only when the states dimension lacks the code"
    },
    {
      "name": "destinationPopulation",
      "type": [
        "null",
        "long"
      ],
      "default": null,
      "doc": "total population of the destination state's cities in the 2015 US city demographics (only cities in that file, not the whole state); null for 99 or a state without cities there"
    },
    {
      "name": "destinationForeignBornShare",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "foreign-born share (0..1) of those cities' population; null when unknown"
    },
    {
      "name": "destinationMedianAge",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "population-weighted median age of those cities; null when unknown"
    },
    {
      "name": "admittedUntilDate",
      "type": [
        "null",
        {
          "type": "int",
          "logicalType": "date"
        }
      ],
      "default": null,
      "doc": "dtaddto (MMDDYYYY) as a calendar date; null when dtaddto is missing or not a date"
    },
    {
      "name": "admittedUntilStatus",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "dtaddto when it is not a date, e.g. 'D/S' (duration of status); null when dtaddto is a date or missing"
    },
    {
      "name": "arrivalMonth",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "YYYY-MM of arrival: from arrdate, else from i94yr/i94mon; null when neither gives one"
    },
    {
      "name": "residenceAvgTemperatureC",
      "type": [
        "null",
        "double"
      ],
      "default": null,
      "doc": "mean temperature in degrees C of the residence country for the calendar month of arrival (Berkeley Earth major cities). The reference file is partial (mostly January only), so this is null for most records; null also when the country or month is not in the file"
    },
    {
      "name": "dimensionVersions",
      "type": {
        "type": "record",
        "name": "DimensionVersions",
        "doc": "version stamp (first 12 hex digits of the SHA-256 of the source file) of each dimension used; null when the dimension was not loaded",
        "fields": [
          {
            "name": "countries",
            "type": [
              "null",
              "string"
            ],
            "default": null,
            "doc": "version of i94.dim.countries.v1 used"
          },
          {
            "name": "ports",
            "type": [
              "null",
              "string"
            ],
            "default": null,
            "doc": "version of i94.dim.ports.v1 used"
          },
          {
            "name": "modes",
            "type": [
              "null",
              "string"
            ],
            "default": null,
            "doc": "version of i94.dim.modes.v1 used"
          },
          {
            "name": "states",
            "type": [
              "null",
              "string"
            ],
            "default": null,
            "doc": "version of i94.dim.states.v1 used"
          },
          {
            "name": "visas",
            "type": [
              "null",
              "string"
            ],
            "default": null,
            "doc": "version of i94.dim.visas.v1 used"
          },
          {
            "name": "stateDemographics",
            "type": [
              "null",
              "string"
            ],
            "default": null,
            "doc": "version of i94.dim.state-demographics.v1 used"
          },
          {
            "name": "countryClimate",
            "type": [
              "null",
              "string"
            ],
            "default": null,
            "doc": "version of i94.dim.country-climate.v1 used"
          }
        ]
      },
      "doc": "the dimension versions this record was enriched with"
    },
    {
      "name": "enrichedAt",
      "type": {
        "type": "long",
        "logicalType": "timestamp-millis"
      },
      "doc": "when the enricher produced the record"
    }
  ]
} as const;


/** version stamp (first 12 hex digits of the SHA-256 of the source file) of each dimension used; null when the dimension was not loaded */
export interface DimensionVersions {
  /** version of i94.dim.countries.v1 used */
  countries: null | string;
  /** version of i94.dim.ports.v1 used */
  ports: null | string;
  /** version of i94.dim.modes.v1 used */
  modes: null | string;
  /** version of i94.dim.states.v1 used */
  states: null | string;
  /** version of i94.dim.visas.v1 used */
  visas: null | string;
  /** version of i94.dim.state-demographics.v1 used */
  stateDemographics: null | string;
  /** version of i94.dim.country-climate.v1 used */
  countryClimate: null | string;
}

/** One I-94 arrival: every raw field unchanged, plus dates, decoded codes and dimension facts. Unknown codes are not errors: their decoded fields are null and a quality flag is added. Topic i94.arrivals.enriched.v1, key = cicid. */
export interface EnrichedArrival {
  /** CIC record id: unique per arrival; the Kafka key */
  cicid: number;
  /** 4-digit year of the record */
  i94yr: null | number;
  /** numeric month 1-12 */
  i94mon: null | number;
  /** country of citizenship (i94cntyl code) */
  i94cit: null | number;
  /** country of residence (i94cntyl code) */
  i94res: null | number;
  /** port of admission (i94prtl code) */
  i94port: null | string;
  /** arrival date as a SAS day number (days since 1960-01-01) */
  arrdate: null | number;
  /** mode of arrival: 1 Air, 2 Sea, 3 Land, 9 Not reported */
  i94mode: null | number;
  /** US state of destination as given (may be invalid) */
  i94addr: null | string;
  /** departure date as a SAS day number */
  depdate: null | number;
  /** age of respondent in years */
  i94bir: null | number;
  /** visa category: 1 Business, 2 Pleasure, 3 Student */
  i94visa: null | number;
  /** summary-statistics count, always 1 in the source */
  count: null | number;
  /** date added to the I-94 files, YYYYMMDD as given */
  dtadfile: null | string;
  /** Department of State office that issued the visa */
  visapost: null | string;
  /** occupation that will be performed in the US */
  occup: null | string;
  /** arrival flag */
  entdepa: null | string;
  /** departure flag */
  entdepd: null | string;
  /** update flag */
  entdepu: null | string;
  /** match flag: arrival and departure records matched */
  matflag: null | string;
  /** 4-digit year of birth */
  biryear: null | number;
  /** date admitted to the US until, MMDDYYYY, or a status code such as D/S */
  dtaddto: null | string;
  /** non-immigrant sex as given */
  gender: null | string;
  /** INS number (personal) */
  insnum: null | string;
  /** airline used to arrive */
  airline: null | string;
  /** admission number (personal) */
  admnum: null | number;
  /** flight number (personal) */
  fltno: null | string;
  /** class of admission, e.g. B2, WT, F1 */
  visatype: null | string;
  /** the gateway's batch id: correlation id of one pushed request */
  batchId: string;
  /** the daily feed the record came in; date: days since 1970-01-01 */
  feedDate: number;
  /** file name the producer pushed, if given */
  sourceFile: null | string;
  /** 1-based line (or row) of the record in its source */
  sourceLine: null | number;
  /** when the gateway accepted the record; timestamp-millis: milliseconds since the epoch */
  ingestedAt: number;
  /** soft problems found at ingest, plus the UNKNOWN_* flags the enricher adds for codes it could not decode (each flag once) */
  qualityFlags: string[];
  /** arrdate as a calendar date (SAS day - 3653); null when arrdate is missing; date: days since 1970-01-01 */
  arrivalDate: null | number;
  /** depdate as a calendar date (SAS day - 3653); null when depdate is missing; date: days since 1970-01-01 */
  departureDate: null | number;
  /** depdate - arrdate in days; null when either is missing or the difference is negative */
  stayDays: null | number;
  /** age in years: i94bir when within 0..120, else i94yr - biryear when that is within 0..120, else null */
  age: null | number;
  /** i94cit decoded through i94cntyl; null (and UNKNOWN_COUNTRY) for an unlisted or invalid code */
  citizenshipCountry: null | string;
  /** i94res decoded through i94cntyl; null (and UNKNOWN_COUNTRY) for an unlisted or invalid code */
  residenceCountry: null | string;
  /** i94port decoded through i94prtl, the full label, e.g. 'HONOLULU, HI'; null (and UNKNOWN_PORT) for an unlisted or invalid code */
  portName: null | string;
  /** the port label before its last comma, e.g. 'HONOLULU'; null when the port is unknown */
  portCity: null | string;
  /** US state or territory code of the port, e.g. 'HI'; null for foreign or unknown ports */
  portState: null | string;
  /** i94mode decoded through i94model: Air, Sea, Land or Not reported; null (and UNKNOWN_MODE) for an unlisted code */
  modeName: null | string;
  /** i94visa decoded: Business, Pleasure or Student; null (and UNKNOWN_VISA) for an unlisted code */
  visaCategory: null | string;
  /** class of admission, the same value as visatype (e.g. B2, WT, F1) */
  visaType: null | string;
  /** i94addr when it is an i94addrl code, else '99' (All Other Codes) as the SAS labels file prescribes; never null */
  destinationState: string;
  /** destinationState decoded through i94addrl, 'ALL OTHER CODES' for 99; null only when the states dimension lacks the code */
  destinationStateName: null | string;
  /** total population of the destination state's cities in the 2015 US city demographics (only cities in that file, not the whole state); null for 99 or a state without cities there */
  destinationPopulation: null | number;
  /** foreign-born share (0..1) of those cities' population; null when unknown */
  destinationForeignBornShare: null | number;
  /** population-weighted median age of those cities; null when unknown */
  destinationMedianAge: null | number;
  /** dtaddto (MMDDYYYY) as a calendar date; null when dtaddto is missing or not a date; date: days since 1970-01-01 */
  admittedUntilDate: null | number;
  /** dtaddto when it is not a date, e.g. 'D/S' (duration of status); null when dtaddto is a date or missing */
  admittedUntilStatus: null | string;
  /** YYYY-MM of arrival: from arrdate, else from i94yr/i94mon; null when neither gives one */
  arrivalMonth: null | string;
  /** mean temperature in degrees C of the residence country for the calendar month of arrival (Berkeley Earth major cities). The reference file is partial (mostly January only), so this is null for most records; null also when the country or month is not in the file */
  residenceAvgTemperatureC: null | number;
  /** the dimension versions this record was enriched with */
  dimensionVersions: DimensionVersions;
  /** when the enricher produced the record; timestamp-millis: milliseconds since the epoch */
  enrichedAt: number;
}
