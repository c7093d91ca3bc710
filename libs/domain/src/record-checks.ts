import { type I94FieldName, type I94FieldValue } from './i94-raw-record';
import { REJECTION_REASONS, type Rejection, type RejectionReason } from './rejection-reasons';
import { MAX_YEAR, MIN_YEAR, formatYearMonth, isValidSasDay, monthOfSasDay } from './sas-date';

/** Field values after normalisation; fields that failed to normalise are null here. */
export type NormalisedValues = Readonly<Record<I94FieldName, I94FieldValue>>;

const rejection = (field: string | null, reason: RejectionReason, message: string): Rejection => ({ field, reason, message });

function num(values: NormalisedValues, field: I94FieldName): number | null {
  const value = values[field];
  return typeof value === 'number' ? value : null;
}

function checkCicid(values: NormalisedValues): Rejection[] {
  const cicid = num(values, 'cicid');
  if (cicid === null) return [rejection('cicid', REJECTION_REASONS.MISSING_CICID, 'cicid is missing')];
  if (cicid <= 0) return [rejection('cicid', REJECTION_REASONS.INVALID_CICID, `cicid ${cicid} is not positive`)];
  return [];
}

function checkYearMonth(values: NormalisedValues): Rejection[] {
  const out: Rejection[] = [];
  const year = num(values, 'i94yr');
  const month = num(values, 'i94mon');
  // An arrival is (i94yr, i94mon, cicid): a record without its file month could not be stored
  // without overwriting, or being overwritten by, another month's arrival with the same cicid.
  if (year === null) out.push(rejection('i94yr', REJECTION_REASONS.MISSING_FILE_MONTH, 'i94yr is missing (an arrival is identified by i94yr, i94mon and cicid)'));
  if (month === null) out.push(rejection('i94mon', REJECTION_REASONS.MISSING_FILE_MONTH, 'i94mon is missing (an arrival is identified by i94yr, i94mon and cicid)'));
  if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) {
    out.push(rejection('i94yr', REJECTION_REASONS.YEAR_OUT_OF_RANGE, `i94yr ${year} is outside ${MIN_YEAR}..${MAX_YEAR}`));
  }
  if (month !== null && (month < 1 || month > 12)) {
    out.push(rejection('i94mon', REJECTION_REASONS.MONTH_OUT_OF_RANGE, `i94mon ${month} is outside 1..12`));
  }
  return out;
}

function checkDates(values: NormalisedValues): Rejection[] {
  const out: Rejection[] = [];
  for (const field of ['arrdate', 'depdate'] as const) {
    const day = num(values, field);
    if (day !== null && !isValidSasDay(day)) {
      out.push(rejection(field, REJECTION_REASONS.IMPOSSIBLE_DATE, `${field} ${day} is not a SAS day in ${MIN_YEAR}..${MAX_YEAR}`));
    }
  }
  return out;
}

// Monthly files are partitioned by i94yr/i94mon; an arrdate elsewhere would land in the wrong partition.
function checkArrivalMonth(values: NormalisedValues): Rejection[] {
  const year = num(values, 'i94yr');
  const month = num(values, 'i94mon');
  const arrdate = num(values, 'arrdate');
  if (year === null || month === null || arrdate === null) return [];
  // Out-of-range parts are reported on their own; a mismatch on top would only be noise.
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || !isValidSasDay(arrdate)) return [];
  const declared = formatYearMonth(year, month);
  const actual = monthOfSasDay(arrdate);
  if (declared === actual) return [];
  const message = `arrdate ${arrdate} is in ${actual}, i94yr/i94mon say ${declared}`;
  return [rejection('arrdate', REJECTION_REASONS.ARRDATE_MONTH_MISMATCH, message)];
}

/** Hard rules on a normalised record: a non-empty result means the record is refused. */
export function checkRecord(values: NormalisedValues): Rejection[] {
  return [...checkCicid(values), ...checkYearMonth(values), ...checkDates(values), ...checkArrivalMonth(values)];
}
