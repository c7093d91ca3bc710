import { isoDateToSasDay, sasDayToIsoDate } from './sas-date';

const COMPACT_YMD = /^(\d{4})(\d{2})(\d{2})$/;
const COMPACT_MDY = /^(\d{2})(\d{2})(\d{4})$/;

/** dtadfile text (YYYYMMDD) to a SAS day; null when it is not a real date. */
export function parseDtadfile(text: string): number | null {
  const match = COMPACT_YMD.exec(text);
  return match ? isoDateToSasDay(`${match[1]}-${match[2]}-${match[3]}`) : null;
}

/** dtaddto text (MMDDYYYY) to a SAS day; null for codes such as D/S and for non-dates. */
export function parseDtaddto(text: string): number | null {
  const match = COMPACT_MDY.exec(text);
  return match ? isoDateToSasDay(`${match[3]}-${match[1]}-${match[2]}`) : null;
}

/** A SAS day as dtadfile text (YYYYMMDD). */
export function formatDtadfile(day: number): string {
  return sasDayToIsoDate(day).replace(/-/g, '');
}

/** A SAS day as dtaddto text (MMDDYYYY). */
export function formatDtaddto(day: number): string {
  const [year, month, dayOfMonth] = sasDayToIsoDate(day).split('-');
  return `${month}${dayOfMonth}${year}`;
}
