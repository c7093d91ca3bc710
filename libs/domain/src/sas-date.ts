const MS_PER_DAY = 86_400_000;
const SAS_EPOCH_MS = Date.UTC(1960, 0, 1);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/** Earliest year accepted anywhere in the I94 domain. */
export const MIN_YEAR = 1900;
/** Latest year accepted anywhere in the I94 domain. */
export const MAX_YEAR = 2100;
/** SAS day of 1900-01-01. */
export const MIN_SAS_DAY = dayFromParts(MIN_YEAR, 1, 1);
/** SAS day of 2100-12-31. */
export const MAX_SAS_DAY = dayFromParts(MAX_YEAR, 12, 31);

function dayFromParts(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - SAS_EPOCH_MS) / MS_PER_DAY);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** True for an integer SAS day between 1900-01-01 and 2100-12-31. */
export function isValidSasDay(day: number): boolean {
  return Number.isInteger(day) && day >= MIN_SAS_DAY && day <= MAX_SAS_DAY;
}

function assertValidSasDay(day: number): void {
  // Validated records never carry such days, so reaching here is a caller bug.
  if (!isValidSasDay(day)) throw new RangeError(`not a valid SAS day: ${day}`);
}

// Formatting through Date and toISOString was the enricher's busiest function (about 1 µs, a few
// calls per record); records of a feed share a few hundred days, so each day is formatted once.
const isoByDay: (string | undefined)[] = new Array(MAX_SAS_DAY - MIN_SAS_DAY + 1);

/** SAS day number (days since 1960-01-01) to 'YYYY-MM-DD'; throws RangeError outside 1900..2100. */
export function sasDayToIsoDate(day: number): string {
  assertValidSasDay(day);
  return (isoByDay[day - MIN_SAS_DAY] ??= new Date(SAS_EPOCH_MS + day * MS_PER_DAY).toISOString().slice(0, 10));
}

/** 'YYYY-MM-DD' to a SAS day number; null for anything that is not a real date in 1900..2100. */
export function isoDateToSasDay(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const sasDay = dayFromParts(year, month, day);
  // Date.UTC rolls 2016-02-30 over to March; a round trip exposes it.
  if (!isValidSasDay(sasDay) || sasDayToIsoDate(sasDay) !== iso) return null;
  return sasDay;
}

/** The 'YYYY-MM' month a SAS day falls in; throws RangeError outside 1900..2100. */
export function monthOfSasDay(day: number): string {
  return sasDayToIsoDate(day).slice(0, 7);
}

/** 'YYYY-MM' from a year and 1-based month. */
export function formatYearMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** First and last SAS day of a 'YYYY-MM' month; null when the month is malformed or out of range. */
export function sasDayRangeOfMonth(yearMonth: string): { first: number; last: number } | null {
  const match = YEAR_MONTH.exec(yearMonth);
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12 || year < MIN_YEAR || year > MAX_YEAR) return null;
  // Day 0 of the next month is the last day of this one.
  return { first: dayFromParts(year, month, 1), last: dayFromParts(year, month + 1, 0) };
}
