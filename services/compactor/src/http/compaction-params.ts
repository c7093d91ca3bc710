import { BadRequestException } from '@nestjs/common';

/** A month of arrivals (YYYY-MM), or `unknown`: the arrivals whose date could not be read. */
export const MONTH_PATTERN = '^([0-9]{4}-(0[1-9]|1[0-2])|unknown)$';
const FLAG_VALUES = ['true', 'false'] as const;

type QueryValue = string | string[] | Record<string, unknown> | undefined;

/** What POST /v1/compactions asks for: one month (with its flags), or every month with new files. */
export type CompactionRequest = { month: string; force: boolean; rebuild: boolean } | { month: null };

function flag(value: QueryValue, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(FLAG_VALUES as readonly string[]).includes(value)) throw new BadRequestException(`${name} must be true or false`);
  return value === 'true';
}

/** The query of POST /v1/compactions, refused with 400 unless exactly as the OpenAPI says. */
export function parseCompactionRequest(query: { month?: QueryValue; force?: QueryValue; rebuild?: QueryValue }): CompactionRequest {
  const force = flag(query.force, 'force');
  const rebuild = flag(query.rebuild, 'rebuild');
  if (query.month === undefined) {
    if (force !== undefined || rebuild !== undefined) throw new BadRequestException('force and rebuild apply to one month: give month too');
    return { month: null };
  }
  if (typeof query.month !== 'string' || !new RegExp(MONTH_PATTERN).test(query.month)) throw new BadRequestException('month must be written YYYY-MM (or be unknown), once');
  return { month: query.month, force: force ?? false, rebuild: rebuild ?? false };
}
