import { BadRequestException } from '@nestjs/common';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const STATE = /^[A-Z0-9]{2}$/;

/** A month written YYYY-MM. */
export function parseMonth(value: string | undefined, name = 'month'): string {
  if (!value || !MONTH.test(value)) throw new BadRequestException(`${name} must be written YYYY-MM`);
  return value;
}

/** A two-character state code as in i94addrl (e.g. NY, or 99 for all other codes). */
export function parseState(value: string | undefined): string {
  const state = (value ?? '').toUpperCase();
  if (!STATE.test(state)) throw new BadRequestException('state must be a two-character code such as NY or 99');
  return state;
}

/** A calendar date written YYYY-MM-DD. */
export function parseDate(value: string | undefined): string {
  const ok = value && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new BadRequestException('date must be a calendar date written YYYY-MM-DD');
  return value;
}

/** A cicid: a positive whole number. */
export function parseCicid(value: string): number {
  const cicid = Number(value);
  if (!/^\d{1,15}$/.test(value) || !Number.isSafeInteger(cicid) || cicid <= 0) throw new BadRequestException('cicid must be a positive whole number');
  return cicid;
}

/** A page size within 1..max (default 100). */
export function parseLimit(value: string | undefined, max: number): number {
  if (value === undefined) return Math.min(100, max);
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw new BadRequestException(`limit must be a whole number from 1 to ${max}`);
  return limit;
}

/** A cursor returned by a previous page: the driver's page state, hex. */
export function parseCursor(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9a-f]{2,4096}$/.test(value)) throw new BadRequestException('cursor must be the "next" value of a previous page');
  return value;
}
