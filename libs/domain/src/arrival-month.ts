import { type I94RawRecord } from './i94-raw-record';
import { MAX_YEAR, MIN_YEAR, formatYearMonth, isValidSasDay, monthOfSasDay } from './sas-date';

/** 'YYYY-MM' of arrival: from arrdate when valid, else from i94yr/i94mon, else null. */
export function arrivalMonth(record: Pick<I94RawRecord, 'arrdate' | 'i94yr' | 'i94mon'>): string | null {
  const { arrdate, i94yr, i94mon } = record;
  if (arrdate !== null && isValidSasDay(arrdate)) return monthOfSasDay(arrdate);
  if (i94yr === null || i94mon === null) return null;
  if (!Number.isInteger(i94yr) || !Number.isInteger(i94mon)) return null;
  if (i94yr < MIN_YEAR || i94yr > MAX_YEAR || i94mon < 1 || i94mon > 12) return null;
  return formatYearMonth(i94yr, i94mon);
}
