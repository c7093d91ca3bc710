import { isValidSasDay, sasDayToIsoDate } from '@i94/domain';

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The feed date (YYYY-MM-DD) of a raw arrdate (SAS day as number or text), or null when unusable. */
export function feedDateOfArrdate(arrdate: unknown): string | null {
  let day = Number.NaN;
  if (typeof arrdate === 'number') day = arrdate;
  else if (typeof arrdate === 'string' && DECIMAL.test(arrdate.trim())) day = Number(arrdate);
  return isValidSasDay(day) ? sasDayToIsoDate(day) : null;
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
