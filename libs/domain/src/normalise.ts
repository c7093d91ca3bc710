import { I94_FIELD_KINDS, type I94FieldKind, type I94FieldName, type I94FieldValue } from './i94-raw-record';
import { REJECTION_REASONS, type RejectionReason } from './rejection-reasons';

/** A field value that could not be turned into its typed form. */
export interface FieldError {
  field: string;
  reason: RejectionReason;
  message: string;
}

/** The typed value of one field, or why there is none. */
export type NormaliseResult = { ok: true; value: I94FieldValue } | { ok: false; error: FieldError };

// pandas and Spark exports spell "missing" these ways; compared lower-cased.
const NULL_TOKENS: ReadonlySet<string> = new Set(['', 'nan', 'null']);
// Decimal literal only: Number() would also accept '0x1A', 'Infinity' and '1_000'.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INT32_MAX = 2 ** 31 - 1;
const INT32_MIN = -(2 ** 31);

/** Coded text fields that are compared against code lists, so case must not matter. */
export const UPPER_CASE_FIELDS: ReadonlySet<I94FieldName> = new Set<I94FieldName>([
  'i94port',
  'i94addr',
  'gender',
  'visatype',
  'visapost',
  'occup',
  'entdepa',
  'entdepd',
  'entdepu',
  'matflag',
]);

const ok = (value: I94FieldValue): NormaliseResult => ({ ok: true, value });

const fail = (field: string, reason: RejectionReason, message: string): NormaliseResult => ({
  ok: false,
  error: { field, reason, message },
});

function preview(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}

function checkInteger(field: string, kind: I94FieldKind, n: number, raw: unknown): NormaliseResult {
  if (!Number.isInteger(n)) return fail(field, REJECTION_REASONS.NOT_AN_INTEGER, `${field}: ${preview(raw)} is not an integer`);
  const inRange = kind === 'long' ? Number.isSafeInteger(n) : n >= INT32_MIN && n <= INT32_MAX;
  if (!inRange) return fail(field, REJECTION_REASONS.NUMBER_OUT_OF_RANGE, `${field}: ${preview(raw)} is out of range for a ${kind}`);
  // -0 from '-0.0' would serialise oddly in Avro and JSON.
  return ok(n === 0 ? 0 : n);
}

function normaliseNumber(field: string, kind: I94FieldKind, raw: unknown): NormaliseResult {
  if (typeof raw === 'number') {
    // JSON cannot carry NaN, but pandas-built objects can: treat it as missing like the text 'NaN'.
    if (Number.isNaN(raw)) return ok(null);
    if (!Number.isFinite(raw)) return fail(field, REJECTION_REASONS.NOT_A_NUMBER, `${field}: ${raw} is not a number`);
    return checkInteger(field, kind, raw, raw);
  }
  if (typeof raw !== 'string') return fail(field, REJECTION_REASONS.WRONG_TYPE, `${field}: expected a number, got ${typeof raw}`);
  const text = raw.trim();
  if (NULL_TOKENS.has(text.toLowerCase())) return ok(null);
  if (!DECIMAL.test(text)) return fail(field, REJECTION_REASONS.NOT_A_NUMBER, `${field}: ${preview(raw)} is not a number`);
  return checkInteger(field, kind, Number(text), raw);
}

function normaliseText(field: I94FieldName, raw: unknown): NormaliseResult {
  // Numbers are accepted for text fields because JSON producers often send fltno or insnum as numbers.
  if (typeof raw === 'number') return Number.isFinite(raw) ? normaliseText(field, String(raw)) : ok(null);
  if (typeof raw !== 'string') return fail(field, REJECTION_REASONS.WRONG_TYPE, `${field}: expected text, got ${typeof raw}`);
  const text = raw.trim();
  if (NULL_TOKENS.has(text.toLowerCase())) return ok(null);
  return ok(UPPER_CASE_FIELDS.has(field) ? text.toUpperCase() : text);
}

/**
 * Typed value of one raw field value (CSV text or a JSON value).
 * Empty, whitespace, 'NaN', 'nan', 'null', null and undefined all mean missing.
 */
export function normaliseField(field: I94FieldName, raw: unknown): NormaliseResult {
  if (raw === null || raw === undefined) return ok(null);
  const kind = I94_FIELD_KINDS[field];
  return kind === 'string' ? normaliseText(field, raw) : normaliseNumber(field, kind, raw);
}
