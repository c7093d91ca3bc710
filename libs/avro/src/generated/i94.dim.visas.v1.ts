// Generated from schemas/i94.dim.visas.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.dim.visas.v1-value. */

export const I94_DIM_VISAS_V1_SCHEMA = {
  "type": "record",
  "name": "VisaDimension",
  "namespace": "i94.dim.v1",
  "doc": "An I94 visa category (I94VISA). Compacted topic i94.dim.visas.v1, key = code; a null value deletes the code.",
  "fields": [
    {
      "name": "code",
      "type": "string",
      "doc": "category code, e.g. '2'"
    },
    {
      "name": "name",
      "type": "string",
      "doc": "Business, Pleasure or Student"
    },
    {
      "name": "version",
      "type": "string",
      "doc": "first 12 hex digits of the SHA-256 of the source file(s) this record was built from"
    }
  ]
} as const;


/** An I94 visa category (I94VISA). Compacted topic i94.dim.visas.v1, key = code; a null value deletes the code. */
export interface VisaDimension {
  /** category code, e.g. '2' */
  code: string;
  /** Business, Pleasure or Student */
  name: string;
  /** first 12 hex digits of the SHA-256 of the source file(s) this record was built from */
  version: string;
}
