import { type CodeLists, hasCode } from './code-lists';
import { type I94RawRecord, isI94FieldName } from './i94-raw-record';
import { QUALITY_FLAGS, type QualityFlag } from './quality-flags';

const MAX_AGE = 120;

function unknown(list: ReadonlySet<string | number> | undefined, ...codes: (string | number | null)[]): boolean {
  if (!list) return false;
  return codes.some((code) => code !== null && !hasCode(list, code));
}

function codeFlags(record: I94RawRecord, lists: CodeLists): QualityFlag[] {
  const checks: [boolean, QualityFlag][] = [
    [unknown(lists.countries, record.i94cit, record.i94res), QUALITY_FLAGS.UNKNOWN_COUNTRY],
    [unknown(lists.ports, record.i94port), QUALITY_FLAGS.UNKNOWN_PORT],
    [unknown(lists.states, record.i94addr), QUALITY_FLAGS.UNKNOWN_STATE],
    [unknown(lists.modes, record.i94mode), QUALITY_FLAGS.UNKNOWN_MODE],
    [unknown(lists.visas, record.i94visa), QUALITY_FLAGS.UNKNOWN_VISA],
  ];
  return checks.filter(([hit]) => hit).map(([, flag]) => flag);
}

function dateFlags(record: I94RawRecord): QualityFlag[] {
  const flags: QualityFlag[] = [];
  // The month is still known from i94yr/i94mon, which validation requires.
  if (record.arrdate === null) flags.push(QUALITY_FLAGS.MISSING_ARRDATE);
  if (record.arrdate !== null && record.depdate !== null && record.depdate < record.arrdate) {
    flags.push(QUALITY_FLAGS.DEPDATE_BEFORE_ARRDATE);
  }
  return flags;
}

function ageFlags({ i94bir, biryear, i94yr }: I94RawRecord): QualityFlag[] {
  const flags: QualityFlag[] = [];
  if (i94bir !== null && (i94bir < 0 || i94bir > MAX_AGE)) flags.push(QUALITY_FLAGS.IMPLAUSIBLE_AGE);
  // Age is taken at arrival and biryear is a whole year, so a difference of one is normal.
  if (i94bir !== null && biryear !== null && i94yr !== null && Math.abs(i94yr - biryear - i94bir) > 1) {
    flags.push(QUALITY_FLAGS.AGE_BIRYEAR_MISMATCH);
  }
  return flags;
}

/** Soft problems of an accepted record; `inputKeys` are the field names the input carried. */
export function qualityFlags(record: I94RawRecord, inputKeys: readonly string[], lists?: CodeLists): QualityFlag[] {
  const flags = [...(lists ? codeFlags(record, lists) : []), ...dateFlags(record), ...ageFlags(record)];
  if (inputKeys.some((key) => !isI94FieldName(key))) flags.push(QUALITY_FLAGS.UNKNOWN_FIELD);
  return flags;
}
