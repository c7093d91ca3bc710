import { isValidSasDay } from '../sas-date';
import { parseDtaddto } from '../text-dates';

/** SAS day number of 1970-01-01, where Avro `date` (days since the Unix epoch) starts counting. */
export const SAS_DAY_OF_UNIX_EPOCH = 3653;

/** A SAS day as an Avro `date` (days since 1970-01-01); null when missing or outside 1900..2100. */
export function sasDayToEpochDay(day: number | null): number | null {
  return day !== null && isValidSasDay(day) ? day - SAS_DAY_OF_UNIX_EPOCH : null;
}

/** Days between arrival and departure; null when either is missing or departure comes first. */
export function stayDays(arrdate: number | null, depdate: number | null): number | null {
  if (arrdate === null || depdate === null) return null;
  // A negative stay is a data error (flagged DEPDATE_BEFORE_ARRDATE at ingest), not a length of stay.
  return depdate >= arrdate ? depdate - arrdate : null;
}

/** dtaddto split into a date (MMDDYYYY) or, for anything else such as 'D/S', the status text. */
export function admittedUntil(dtaddto: string | null): { admittedUntilDate: number | null; admittedUntilStatus: string | null } {
  const text = dtaddto?.trim() ?? '';
  if (text === '') return { admittedUntilDate: null, admittedUntilStatus: null };
  const day = parseDtaddto(text);
  return day === null ? { admittedUntilDate: null, admittedUntilStatus: text } : { admittedUntilDate: sasDayToEpochDay(day), admittedUntilStatus: null };
}
