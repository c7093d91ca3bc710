// Generated from schemas/i94.dim.states.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.dim.states.v1-value. */

export const I94_DIM_STATES_V1_SCHEMA = {
  "type": "record",
  "name": "StateDimension",
  "namespace": "i94.dim.v1",
  "doc": "An I94 US address state (i94addrl), including 99 All Other Codes. Compacted topic i94.dim.states.v1, key = code; a null value deletes the code.",
  "fields": [
    {
      "name": "code",
      "type": "string",
      "doc": "i94addrl code, e.g. 'HI', '99'"
    },
    {
      "name": "name",
      "type": "string",
      "doc": "e.g. 'HAWAII'"
    },
    {
      "name": "version",
      "type": "string",
      "doc": "first 12 hex digits of the SHA-256 of the source file(s) this record was built from"
    }
  ]
} as const;


/** An I94 US address state (i94addrl), including 99 All Other Codes. Compacted topic i94.dim.states.v1, key = code; a null value deletes the code. */
export interface StateDimension {
  /** i94addrl code, e.g. 'HI', '99' */
  code: string;
  /** e.g. 'HAWAII' */
  name: string;
  /** first 12 hex digits of the SHA-256 of the source file(s) this record was built from */
  version: string;
}
