import { BadRequestException } from '@nestjs/common';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const STATE = /^[A-Z0-9]{2}$/;

/** A query value as Express gives it: a string, or an array or object when the name repeats (`?state=NY&state=CA`) or has brackets. */
type QueryValue = string | string[] | Record<string, unknown> | undefined;

/** The one string given for `name`, undefined when absent; a repeated or bracketed name is refused, not a 500. */
function single(value: QueryValue, name: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new BadRequestException(`${name} must be given once`);
}

/** A month written YYYY-MM. */
export function parseMonth(given: QueryValue, name = 'month'): string {
  const value = single(given, name);
  if (!value || !MONTH.test(value)) throw new BadRequestException(`${name} must be written YYYY-MM`);
  return value;
}

/** A two-character state code as in i94addrl (e.g. NY, or 99 for all other codes). */
export function parseState(value: QueryValue): string {
  const state = (single(value, 'state') ?? '').toUpperCase();
  if (!STATE.test(state)) throw new BadRequestException('state must be a two-character code such as NY or 99');
  return state;
}

/** A calendar date written YYYY-MM-DD. */
export function parseDate(given: QueryValue): string {
  const value = single(given, 'date');
  const ok = value && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new BadRequestException('date must be a calendar date written YYYY-MM-DD');
  return value;
}

/** A file month YYYY-MM as the (i94yr, i94mon) of an arrival's key. */
export function parseArrivalMonth(value: string): { i94yr: number; i94mon: number } {
  const month = parseMonth(value);
  return { i94yr: Number(month.slice(0, 4)), i94mon: Number(month.slice(5, 7)) };
}

/** `cicid` selects every month's arrival by itself: with state or date too the question is unclear. */
export function refuseCicidWithStateDate(state: QueryValue, date: QueryValue): void {
  if (state !== undefined || date !== undefined) throw new BadRequestException('give either cicid, or state and date, not both');
}

/** A cicid: a positive whole number. */
export function parseCicid(given: QueryValue): number {
  const value = single(given, 'cicid') ?? '';
  const cicid = Number(value);
  if (!/^\d{1,15}$/.test(value) || !Number.isSafeInteger(cicid) || cicid <= 0) throw new BadRequestException('cicid must be a positive whole number');
  return cicid;
}

/** A page size within 1..max (default 100), in digits: Number() would also take " 5", "5e1" and "0x10". */
export function parseLimit(given: QueryValue, max: number): number {
  const value = single(given, 'limit');
  if (value === undefined) return Math.min(100, max);
  const limit = Number(value);
  if (!/^\d{1,6}$/.test(value) || limit < 1 || limit > max) throw new BadRequestException(`limit must be a whole number from 1 to ${max}`);
  return limit;
}

/** A cursor returned by a previous page: the driver's page state, hex. */
export function parseCursor(given: QueryValue): string | undefined {
  const value = single(given, 'cursor');
  if (value === undefined) return undefined;
  if (!/^(?:[0-9a-f]{2}){1,2048}$/.test(value)) throw new BadRequestException('cursor must be the "next" value of a previous page');
  return value;
}
