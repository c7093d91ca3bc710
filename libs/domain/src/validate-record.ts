import { type CodeLists } from './code-lists';
import { I94_FIELDS, type I94FieldValue, type I94RawRecord } from './i94-raw-record';
import { normaliseField } from './normalise';
import { type QualityFlag } from './quality-flags';
import { type NormalisedValues, checkRecord } from './record-checks';
import { qualityFlags } from './quality-checks';
import { type Rejection } from './rejection-reasons';

/** Anything with string keys: a CSV row, a parsed JSON object, or an already typed record. */
export type RecordInput = Readonly<Record<string, unknown>> | I94RawRecord;

/** Accepted (possibly with quality flags) or refused with every reason found. */
export type ValidationOutcome =
  | { ok: true; record: I94RawRecord; flags: QualityFlag[] }
  | { ok: false; rejections: Rejection[] };

function normaliseAll(input: Readonly<Record<string, unknown>>): { values: NormalisedValues; rejections: Rejection[] } {
  const values = {} as Record<(typeof I94_FIELDS)[number], I94FieldValue>;
  const rejections: Rejection[] = [];
  for (const field of I94_FIELDS) {
    const result = normaliseField(field, input[field]);
    if (result.ok) values[field] = result.value;
    else {
      values[field] = null;
      rejections.push(result.error);
    }
  }
  return { values, rejections };
}

/**
 * Normalise and validate one record. Hard rules (cicid, numbers, dates, year/month agreement)
 * refuse it; unknown codes and soft oddities only add flags. Code checks need `codeLists`.
 */
export function validateRecord(input: RecordInput, codeLists?: CodeLists): ValidationOutcome {
  const fields = input as Readonly<Record<string, unknown>>;
  const { values, rejections } = normaliseAll(fields);
  const failed = new Set(rejections.map((r) => r.field));
  // A field that failed to normalise is already reported; don't add "missing" on top.
  rejections.push(...checkRecord(values).filter((r) => !failed.has(r.field)));
  if (rejections.length > 0) return { ok: false, rejections };
  // Safe: every field went through normaliseField, which yields the kind I94_FIELD_KINDS declares.
  const record = values as unknown as I94RawRecord;
  return { ok: true, record, flags: qualityFlags(record, Object.keys(fields), codeLists) };
}
