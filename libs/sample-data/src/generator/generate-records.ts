import { formatDtaddto, formatDtadfile, type I94FieldName, type I94RawRecord, sasDayRangeOfMonth } from '@i94/domain';
import { categoricalSampler } from './categorical';
import { makeInvalid, makeMessy } from './dirt';
import { CATEGORICAL_FIELDS, type CategoricalField, type DistributionModel } from './distribution-model';
import { type Rng, mulberry32, randomInt } from './prng';

/** How many records to generate, for which month, and how dirty. */
export interface GenerateOptions {
  count: number;
  /** Arrival month, 'YYYY-MM'; every arrdate falls in it and i94yr/i94mon agree. */
  month: string;
  /** Same seed, same model, same options: same records. Default 1. */
  seed?: number;
  /** Share of valid-but-dirty records (unknown codes, lower case, missing gender...). Default 0.005. */
  messyShare?: number;
  /** Share of records that fail validation. Default 0, since callers count accepted records. */
  invalidShare?: number;
  /**
   * cicid of the first record; the rest follow consecutively. Default 1: each monthly I94 file
   * numbers its records from its own start, so two generated months share cicids as real ones do
   * (an arrival is its file month plus its cicid).
   */
  firstCicid?: number;
}

/** Default share of valid-but-dirty records. */
export const DEFAULT_MESSY_SHARE = 0.005;

interface Context {
  rng: Rng;
  model: DistributionModel;
  year: number;
  month: number;
  first: number;
  last: number;
  pick: Record<CategoricalField, (rng: Rng) => string | number | null>;
  age: (rng: Rng) => number | null;
  stay: (rng: Rng) => number | null;
  admitted: (rng: Rng) => number | null;
  fileLag: (rng: Rng) => number | null;
}

function checkShare(name: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be within 0..1, got ${value}`);
  return value;
}

function makeContext(model: DistributionModel, options: GenerateOptions): Context {
  const range = sasDayRangeOfMonth(options.month);
  if (!range) throw new RangeError(`month must be YYYY-MM within 1900..2100, got ${options.month}`);
  const pick = Object.fromEntries(CATEGORICAL_FIELDS.map((f) => [f, categoricalSampler(model.categorical[f])])) as Context['pick'];
  return {
    rng: mulberry32(options.seed ?? 1),
    model,
    year: Number(options.month.slice(0, 4)),
    month: Number(options.month.slice(5, 7)),
    ...range,
    pick,
    age: categoricalSampler(model.ageYears),
    stay: categoricalSampler(model.stayDays),
    admitted: categoricalSampler(model.admittedDays),
    fileLag: categoricalSampler(model.fileLagDays),
  };
}

function isNull(ctx: Context, field: I94FieldName): boolean {
  return ctx.rng() < ctx.model.nullRates[field];
}

function field(ctx: Context, name: CategoricalField): string | number | null {
  return isNull(ctx, name) ? null : ctx.pick[name](ctx.rng);
}

const asNumber = (v: string | number | null) => (typeof v === 'number' ? v : null);
const asString = (v: string | number | null) => (v === null ? null : String(v));

function visaFields(ctx: Context): Pick<I94RawRecord, 'visatype' | 'i94visa'> {
  const visatype = asString(field(ctx, 'visatype'));
  // hasOwn: a visatype such as 'constructor' must not find Object.prototype members.
  const byType = ctx.model.visaCategoryByType;
  const learned = visatype !== null && Object.hasOwn(byType, visatype) ? byType[visatype] : undefined;
  return { visatype, i94visa: learned ?? asNumber(field(ctx, 'i94visa')) };
}

function originFields(ctx: Context): Pick<I94RawRecord, 'i94cit' | 'i94res'> {
  const i94cit = asNumber(field(ctx, 'i94cit'));
  const same = i94cit !== null && ctx.rng() < ctx.model.sameResidenceRate;
  return { i94cit, i94res: same ? i94cit : asNumber(field(ctx, 'i94res')) };
}

// A departure that was recorded is what sets matflag and entdepd in the real data.
function departureFields(ctx: Context, arrdate: number): Pick<I94RawRecord, 'depdate' | 'matflag' | 'entdepd'> {
  const stay = isNull(ctx, 'depdate') ? null : ctx.stay(ctx.rng);
  if (stay === null) return { depdate: null, matflag: null, entdepd: null };
  return { depdate: arrdate + stay, matflag: asString(ctx.pick.matflag(ctx.rng)), entdepd: asString(ctx.pick.entdepd(ctx.rng)) };
}

function documentDates(ctx: Context, arrdate: number): Pick<I94RawRecord, 'dtadfile' | 'dtaddto'> {
  const lag = isNull(ctx, 'dtadfile') ? null : ctx.fileLag(ctx.rng);
  let dtaddto: string | null = null;
  if (!isNull(ctx, 'dtaddto')) {
    const admitted = ctx.rng() < ctx.model.durationOfStatusRate ? null : ctx.admitted(ctx.rng);
    dtaddto = admitted === null ? 'D/S' : formatDtaddto(arrdate + admitted);
  }
  return { dtadfile: lag === null ? null : formatDtadfile(arrdate + lag), dtaddto };
}

function cleanRecord(ctx: Context, cicid: number): I94RawRecord {
  const arrdate = randomInt(ctx.rng, ctx.first, ctx.last);
  const i94bir = isNull(ctx, 'i94bir') ? null : ctx.age(ctx.rng);
  const text = (name: CategoricalField) => asString(field(ctx, name));
  // Draw order is part of the seed contract: reordering these lines changes every generated file.
  return {
    cicid,
    i94yr: ctx.year,
    i94mon: ctx.month,
    ...originFields(ctx),
    i94port: text('i94port'),
    arrdate,
    i94mode: asNumber(field(ctx, 'i94mode')),
    i94addr: text('i94addr'),
    ...departureFields(ctx, arrdate),
    i94bir,
    ...visaFields(ctx),
    // count is a summary weight: always 1 in I94 microdata.
    count: 1,
    ...documentDates(ctx, arrdate),
    visapost: text('visapost'),
    occup: text('occup'),
    entdepa: text('entdepa'),
    entdepu: text('entdepu'),
    biryear: i94bir === null ? null : ctx.year - i94bir,
    gender: text('gender'),
    insnum: text('insnum'),
    airline: text('airline'),
    admnum: randomInt(ctx.rng, 10_000_000_000, 99_999_999_999),
    fltno: text('fltno'),
  };
}

/**
 * Realistic I94 records drawn from a learned model, deterministic per seed, with consecutive
 * cicids, unique within the month. Records are raw (dirty ones may hold lower-case codes): run them through
 * validateRecord like any feed.
 */
export function* generateRecords(model: DistributionModel, options: GenerateOptions): Generator<I94RawRecord> {
  if (!Number.isSafeInteger(options.count) || options.count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${options.count}`);
  }
  const invalidShare = checkShare('invalidShare', options.invalidShare ?? 0);
  const messyShare = checkShare('messyShare', options.messyShare ?? DEFAULT_MESSY_SHARE);
  checkShare('messyShare + invalidShare', messyShare + invalidShare);
  const ctx = makeContext(model, options);
  const firstCicid = options.firstCicid ?? 1;
  for (let i = 0; i < options.count; i++) {
    const record = cleanRecord(ctx, firstCicid + i);
    const roll = ctx.rng();
    if (roll < invalidShare) yield makeInvalid(record, ctx.rng);
    else if (roll < invalidShare + messyShare) yield makeMessy(record, ctx.rng);
    else yield record;
  }
}
