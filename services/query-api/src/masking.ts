import { type Role } from '@i94/auth';

/** Fields that identify a person: only admins see them in clear. */
export const PERSONAL_FIELDS = ['admnum', 'insnum', 'fltno'] as const;

const MASK = '***';

/** The arrival as `role` may see it: personal fields masked for everyone but admins. */
export function maskArrival<T extends Record<string, unknown>>(arrival: T, role: Role): T {
  if (role === 'admin') return arrival;
  const masked: Record<string, unknown> = { ...arrival };
  for (const field of PERSONAL_FIELDS) if (masked[field] !== null && masked[field] !== undefined) masked[field] = MASK;
  return masked as T;
}
