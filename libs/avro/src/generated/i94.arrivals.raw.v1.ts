// Generated from schemas/i94.arrivals.raw.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.arrivals.raw.v1-value. */

export const I94_ARRIVALS_RAW_V1_SCHEMA = {
  "type": "record",
  "name": "RawArrival",
  "namespace": "i94.arrivals.v1",
  "doc": "One I-94 arrival record as received, typed, with ingest metadata. Topic i94.arrivals.raw.v1, key = cicid.",
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
      "doc": "soft problems found at ingest (unknown codes, depdate before arrdate, ...)"
    }
  ]
} as const;


/** One I-94 arrival record as received, typed, with ingest metadata. Topic i94.arrivals.raw.v1, key = cicid. */
export interface RawArrival {
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
  /** soft problems found at ingest (unknown codes, depdate before arrdate, ...) */
  qualityFlags: string[];
}
