/** Soft problems: the record is accepted and stored, but carries these flags. */
export const QUALITY_FLAGS = {
  /** i94cit or i94res not in the country code list. */
  UNKNOWN_COUNTRY: 'UNKNOWN_COUNTRY',
  UNKNOWN_PORT: 'UNKNOWN_PORT',
  /** i94addr present but not a listed state; it counts as '99' (All Other Codes). */
  UNKNOWN_STATE: 'UNKNOWN_STATE',
  UNKNOWN_MODE: 'UNKNOWN_MODE',
  UNKNOWN_VISA: 'UNKNOWN_VISA',
  MISSING_ARRDATE: 'MISSING_ARRDATE',
  DEPDATE_BEFORE_ARRDATE: 'DEPDATE_BEFORE_ARRDATE',
  /** i94bir outside 0..120. */
  IMPLAUSIBLE_AGE: 'IMPLAUSIBLE_AGE',
  /** i94yr - biryear differs from i94bir by more than a year. */
  AGE_BIRYEAR_MISMATCH: 'AGE_BIRYEAR_MISMATCH',
  /** The input carried a field that is not one of the 28 I94 fields; it was dropped. */
  UNKNOWN_FIELD: 'UNKNOWN_FIELD',
} as const;

/** A quality flag code. */
export type QualityFlag = (typeof QUALITY_FLAGS)[keyof typeof QUALITY_FLAGS];
