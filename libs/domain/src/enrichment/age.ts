import { type I94RawRecord } from '../i94-raw-record';

const MAX_AGE = 120;

const plausible = (age: number): boolean => Number.isInteger(age) && age >= 0 && age <= MAX_AGE;

/** Age in years: i94bir when plausible (0..120), else i94yr - biryear when that is plausible, else null. */
export function ageOf({ i94bir, i94yr, biryear }: Pick<I94RawRecord, 'i94bir' | 'i94yr' | 'biryear'>): number | null {
  if (i94bir !== null && plausible(i94bir)) return i94bir;
  if (i94yr === null || biryear === null) return null;
  // biryear is a whole year, so this may be one year more than the age on the arrival day.
  const derived = i94yr - biryear;
  return plausible(derived) ? derived : null;
}
