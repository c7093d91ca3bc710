// Generated from schemas/i94.dim.modes.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.dim.modes.v1-value. */

export const I94_DIM_MODES_V1_SCHEMA = {
  "type": "record",
  "name": "ModeDimension",
  "namespace": "i94.dim.v1",
  "doc": "An I94 mode of arrival (i94model). Compacted topic i94.dim.modes.v1, key = code; a null value deletes the code.",
  "fields": [
    {
      "name": "code",
      "type": "string",
      "doc": "i94model code, e.g. '1'"
    },
    {
      "name": "name",
      "type": "string",
      "doc": "e.g. 'Air'"
    },
    {
      "name": "version",
      "type": "string",
      "doc": "first 12 hex digits of the SHA-256 of the source file(s) this record was built from"
    }
  ]
} as const;


/** An I94 mode of arrival (i94model). Compacted topic i94.dim.modes.v1, key = code; a null value deletes the code. */
export interface ModeDimension {
  /** i94model code, e.g. '1' */
  code: string;
  /** e.g. 'Air' */
  name: string;
  /** first 12 hex digits of the SHA-256 of the source file(s) this record was built from */
  version: string;
}
