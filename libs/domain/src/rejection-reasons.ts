/** Why a line or record was refused; stable codes for DLQ headers and metrics. */
export const REJECTION_REASONS = {
  /** cicid absent or empty. */
  MISSING_CICID: 'MISSING_CICID',
  /** cicid present and numeric but not a positive integer. */
  INVALID_CICID: 'INVALID_CICID',
  NOT_A_NUMBER: 'NOT_A_NUMBER',
  NOT_AN_INTEGER: 'NOT_AN_INTEGER',
  /** Integer beyond 32 bits for an int field, or beyond 2^53 for a long field. */
  NUMBER_OUT_OF_RANGE: 'NUMBER_OUT_OF_RANGE',
  /** A JSON value of the wrong type, e.g. an object or boolean where a number or string belongs. */
  WRONG_TYPE: 'WRONG_TYPE',
  /** arrdate or depdate outside 1900-01-01..2100-12-31. */
  IMPOSSIBLE_DATE: 'IMPOSSIBLE_DATE',
  /** i94yr or i94mon absent: without its file month an arrival has no identity (cicid repeats across months). */
  MISSING_FILE_MONTH: 'MISSING_FILE_MONTH',
  MONTH_OUT_OF_RANGE: 'MONTH_OUT_OF_RANGE',
  YEAR_OUT_OF_RANGE: 'YEAR_OUT_OF_RANGE',
  /** arrdate falls outside the month named by i94yr/i94mon. */
  ARRDATE_MONTH_MISMATCH: 'ARRDATE_MONTH_MISMATCH',
  /** CSV row with a different number of columns than the header. */
  RAGGED_ROW: 'RAGGED_ROW',
  /** CSV quoted field not closed before the end of the line. */
  UNTERMINATED_QUOTE: 'UNTERMINATED_QUOTE',
  /** CSV closing quote followed by something other than a delimiter. */
  INVALID_QUOTING: 'INVALID_QUOTING',
  /** CSV header missing, unparsable or with duplicate names, so no row can be read. */
  BAD_HEADER: 'BAD_HEADER',
  MALFORMED_JSON: 'MALFORMED_JSON',
  /** NDJSON line that is valid JSON but not an object (array, string, null...). */
  NOT_AN_OBJECT: 'NOT_AN_OBJECT',
  LINE_TOO_LONG: 'LINE_TOO_LONG',
  /** Bytes that are not valid in the body's declared charset (UTF-8 by default); never replaced. */
  INVALID_ENCODING: 'INVALID_ENCODING',
} as const;

/** A rejection reason code. */
export type RejectionReason = (typeof REJECTION_REASONS)[keyof typeof REJECTION_REASONS];

/** One reason a record was refused; `field` is null for line-level problems. */
export interface Rejection {
  field: string | null;
  reason: RejectionReason;
  message: string;
}
