import { type I94RawRecord } from '@i94/domain';
import { type Rng, pickOne, randomInt } from './prng';

// Junk seen in real i94addr values (UN, TE, SW occur in the sample) and ports in no SAS list.
const UNKNOWN_STATES = ['UN', 'TE', 'SW', 'XX', 'ZZ'] as const;
const UNKNOWN_PORTS = ['QQQ', 'XYZ', 'Q7Z'] as const;
/** A SAS day far outside 1900..2100, as a corrupt export might carry. */
const IMPOSSIBLE_DAY = 9_999_999;

const lower = (code: string | null) => (code === null ? null : code.toLowerCase());
const padded = (code: string | null) => (code === null ? null : ` ${code}  `);

/** Kinds of realistic dirt that leave a record valid (at most flagged). */
export const MESSY_KINDS = [
  'unknown-state',
  'unknown-port',
  'lower-case-codes',
  'padded-codes',
  'missing-gender',
  'depdate-before-arrdate',
] as const;

/** Kinds of damage that make a record fail validation. */
export const INVALID_KINDS = ['month-13', 'impossible-arrdate', 'arrdate-other-month'] as const;

/** A copy of `record` with one kind of valid-but-dirty change. */
export function makeMessy(record: I94RawRecord, rng: Rng): I94RawRecord {
  const kind = pickOne(rng, MESSY_KINDS);
  switch (kind) {
    case 'unknown-state':
      return { ...record, i94addr: pickOne(rng, UNKNOWN_STATES) };
    case 'unknown-port':
      return { ...record, i94port: pickOne(rng, UNKNOWN_PORTS) };
    case 'lower-case-codes':
      return {
        ...record,
        i94port: lower(record.i94port),
        i94addr: lower(record.i94addr),
        visatype: lower(record.visatype),
        gender: lower(record.gender),
      };
    case 'padded-codes':
      return { ...record, i94port: padded(record.i94port), i94addr: padded(record.i94addr) };
    case 'missing-gender':
      return { ...record, gender: null };
    case 'depdate-before-arrdate':
      return record.arrdate === null ? record : { ...record, depdate: record.arrdate - randomInt(rng, 1, 10) };
  }
}

/** A copy of `record` that validateRecord refuses. */
export function makeInvalid(record: I94RawRecord, rng: Rng): I94RawRecord {
  const kind = pickOne(rng, INVALID_KINDS);
  switch (kind) {
    case 'month-13':
      return { ...record, i94mon: 13 };
    case 'impossible-arrdate':
      return { ...record, arrdate: IMPOSSIBLE_DAY };
    case 'arrdate-other-month':
      // No month is 40 days long, so this always lands in an earlier month.
      return { ...record, arrdate: (record.arrdate ?? 0) - 40 };
  }
}
