// Generated from schemas/i94.dim.ports.v1.avsc by `npm run avro:generate`. Do not edit.

/** Subject i94.dim.ports.v1-value. */

export const I94_DIM_PORTS_V1_SCHEMA = {
  "type": "record",
  "name": "PortDimension",
  "namespace": "i94.dim.v1",
  "doc": "An I94 port of entry (i94prtl). Compacted topic i94.dim.ports.v1, key = code; a null value deletes the code.",
  "fields": [
    {
      "name": "code",
      "type": "string",
      "doc": "i94prtl code, e.g. 'HHW'"
    },
    {
      "name": "name",
      "type": "string",
      "doc": "full label, whitespace collapsed, e.g. 'HONOLULU, HI'"
    },
    {
      "name": "city",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "label before the last comma; null for invalid ports"
    },
    {
      "name": "stateOrCountry",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "raw label after the last comma: a state, a country or other"
    },
    {
      "name": "state",
      "type": [
        "null",
        "string"
      ],
      "default": null,
      "doc": "US state or territory code when stateOrCountry starts with one"
    },
    {
      "name": "valid",
      "type": "boolean",
      "doc": "false for No PORT Code, Collapsed, unknown and invalid ports"
    },
    {
      "name": "version",
      "type": "string",
      "doc": "first 12 hex digits of the SHA-256 of the source file(s) this record was built from"
    }
  ]
} as const;


/** An I94 port of entry (i94prtl). Compacted topic i94.dim.ports.v1, key = code; a null value deletes the code. */
export interface PortDimension {
  /** i94prtl code, e.g. 'HHW' */
  code: string;
  /** full label, whitespace collapsed, e.g. 'HONOLULU, HI' */
  name: string;
  /** label before the last comma; null for invalid ports */
  city: null | string;
  /** raw label after the last comma: a state, a country or other */
  stateOrCountry: null | string;
  /** US state or territory code when stateOrCountry starts with one */
  state: null | string;
  /** false for No PORT Code, Collapsed, unknown and invalid ports */
  valid: boolean;
  /** first 12 hex digits of the SHA-256 of the source file(s) this record was built from */
  version: string;
}
