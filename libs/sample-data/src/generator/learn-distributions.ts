import { I94_FIELDS, type I94RawRecord, parseDtaddto, parseDtadfile } from '@i94/domain';
import { countCategorical } from './categorical';
import { CATEGORICAL_FIELDS, type DistributionModel } from './distribution-model';

const DURATION_OF_STATUS = 'D/S';

function share(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}

/** Day offsets from arrdate to another date of the same record, skipping records missing either. */
function offsets(records: readonly I94RawRecord[], other: (r: I94RawRecord) => number | null): number[] {
  return records.flatMap((r) => {
    const day = other(r);
    return r.arrdate === null || day === null ? [] : [day - r.arrdate];
  });
}

function visaCategoryByType(records: readonly I94RawRecord[]): Record<string, number> {
  const pairs = records.flatMap((r) => (r.visatype !== null && r.i94visa !== null ? [`${r.visatype}|${r.i94visa}`] : []));
  const out: Record<string, number> = {};
  // Pairs come most frequent first, so the first category seen per visatype is its mode.
  for (const pair of countCategorical(pairs).values) {
    const [type, category] = pair.split('|');
    if (!Object.hasOwn(out, type)) out[type] = Number(category);
  }
  return out;
}

function dtaddtoStats(records: readonly I94RawRecord[]) {
  const present = records.filter((r) => r.dtaddto !== null);
  const ds = present.filter((r) => r.dtaddto === DURATION_OF_STATUS).length;
  return {
    durationOfStatusRate: share(ds, present.length),
    admittedDays: countCategorical(offsets(records, (r) => (r.dtaddto === null ? null : parseDtaddto(r.dtaddto)))),
  };
}

/** Learn per-field frequencies, null rates and date offsets from validated records (e.g. the sample). */
export function learnDistributions(records: readonly I94RawRecord[]): DistributionModel {
  if (records.length === 0) throw new RangeError('learnDistributions needs at least one record');
  const n = records.length;
  const categorical = Object.fromEntries(
    CATEGORICAL_FIELDS.map((field) => [field, countCategorical(records.map((r) => r[field]))]),
  ) as DistributionModel['categorical'];
  const nullRates = Object.fromEntries(
    I94_FIELDS.map((field) => [field, share(records.filter((r) => r[field] === null).length, n)]),
  ) as DistributionModel['nullRates'];
  const withBoth = records.filter((r) => r.i94cit !== null && r.i94res !== null);
  return {
    version: 1,
    sampleSize: n,
    categorical,
    nullRates,
    ageYears: countCategorical(records.map((r) => r.i94bir)),
    stayDays: countCategorical(offsets(records, (r) => r.depdate).filter((days) => days >= 0)),
    ...dtaddtoStats(records),
    fileLagDays: countCategorical(offsets(records, (r) => (r.dtadfile === null ? null : parseDtadfile(r.dtadfile)))),
    sameResidenceRate: share(withBoth.filter((r) => r.i94cit === r.i94res).length, withBoth.length),
    visaCategoryByType: visaCategoryByType(records),
  };
}
