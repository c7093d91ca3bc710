import { InvalidArgumentError } from 'commander';
import { isoDateToSasDay, sasDayRangeOfMonth } from '@i94/domain';

const INTEGER = /^[+-]?\d+$/;

/** An integer >= `min`. */
export function integerAtLeast(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!INTEGER.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}, got "${value}"`);
    return n;
  };
}

/** A share between 0 and 1. */
export function share(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0 && n <= 1)) throw new InvalidArgumentError(`expected a number within 0..1, got "${value}"`);
  return n;
}

/** A month as YYYY-MM within 1900..2100. */
export function yearMonth(value: string): string {
  if (!sasDayRangeOfMonth(value)) throw new InvalidArgumentError(`expected a month as YYYY-MM within 1900..2100, got "${value}"`);
  return value;
}

/** A real calendar date as YYYY-MM-DD within 1900..2100. */
export function isoDate(value: string): string {
  if (isoDateToSasDay(value) === null) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

/** An http(s) URL, without a trailing slash. */
export function httpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`expected a URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`expected an http or https URL, got "${value}"`);
  return value.replace(/\/+$/, '');
}
