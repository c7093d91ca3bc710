// Generated from schemas/i94.dim.countries.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.dim.countries.v1-value. */

export const I94_DIM_COUNTRIES_V1_SCHEMA = {
  "type": "record",
  "name": "CountryDimension",
  "namespace": "i94.dim.v1",
  "doc": "An I94 country (i94cntyl), for i94cit and i94res. Compacted topic i94.dim.countries.v1, key = code; a null value deletes the code.",
  "fields": [
    {
      "name": "code",
      "type": "string",
      "doc": "i94cntyl code as text, e.g. '209'"
    },
    {
      "name": "name",
      "type": "string",
      "doc": "label as written, e.g. 'JAPAN'"
    },
    {
      "name": "valid",
      "type": "boolean",
      "doc": "false for codes the labels file calls invalid, collapsed or \"No Country Code\""
    },
    {
      "name": "version",
      "type": "string",
      "doc": "first 12 hex digits of the SHA-256 of the source file(s) this record was built from"
    }
  ]
} as const;


/** An I94 country (i94cntyl), for i94cit and i94res. Compacted topic i94.dim.countries.v1, key = code; a null value deletes the code. */
export interface CountryDimension {
  /** i94cntyl code as text, e.g. '209' */
  code: string;
  /** label as written, e.g. 'JAPAN' */
  name: string;
  /** false for codes the labels file calls invalid, collapsed or "No Country Code" */
  valid: boolean;
  /** first 12 hex digits of the SHA-256 of the source file(s) this record was built from */
  version: string;
}
