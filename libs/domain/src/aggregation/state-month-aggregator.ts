import { type ArrivalFacts, GENDER_BUCKETS, MODE_BUCKETS, VISA_BUCKETS } from './arrival-facts';
import { CountHistogram, topCounts } from './count-histogram';

/** How many residence countries an aggregate lists. */
export const TOP_RESIDENCE_COUNTRIES = 5;

/** A residence country and its arrivals in one state and month. */
export interface ResidenceCountryCount {
  country: string;
  arrivals: number;
}

type BucketCounts = Record<(typeof GENDER_BUCKETS)[number] | (typeof VISA_BUCKETS)[number] | (typeof MODE_BUCKETS)[number], number>;

/** What the arrivals of one (destination state, arrival month) add up to, before any dimension join. */
export interface StateMonthFigures extends BucketCounts {
  state: string;
  /** 'YYYY-MM', or 'unknown' for arrivals without an arrival month. */
  month: string;
  arrivals: number;
  /** Mean over the arrivals with an age. */
  averageAge: number | null;
  /** Mean over the arrivals with a stay (both dates, departure not before arrival). */
  averageStayDays: number | null;
  /** Exact median of the same stays; the mean of the middle two for an even count. */
  medianStayDays: number | null;
  /** Up to 5 residence countries by arrivals, ties by name; arrivals without a known residence are left out. */
  topResidenceCountries: ResidenceCountryCount[];
  /** Distinct i94port codes that decoded to a known port. */
  distinctPorts: number;
}

const zeroCounts = (): BucketCounts =>
  Object.fromEntries([...GENDER_BUCKETS, ...VISA_BUCKETS, ...MODE_BUCKETS].map((bucket) => [bucket, 0])) as BucketCounts;

/** The running totals of one state and month. */
class Accumulator {
  arrivals = 0;
  readonly counts = zeroCounts();
  readonly ages = new CountHistogram();
  readonly stays = new CountHistogram();
  readonly countries = new Map<string, number>();
  readonly ports = new Set<string>();

  add(facts: ArrivalFacts): void {
    this.arrivals += 1;
    this.counts[facts.gender] += 1;
    this.counts[facts.visa] += 1;
    this.counts[facts.mode] += 1;
    if (facts.age !== null) this.ages.add(facts.age);
    if (facts.stayDays !== null) this.stays.add(facts.stayDays);
    if (facts.residenceCountry !== null) this.countries.set(facts.residenceCountry, (this.countries.get(facts.residenceCountry) ?? 0) + 1);
    if (facts.port !== null) this.ports.add(facts.port);
  }

  figures(state: string, month: string): StateMonthFigures {
    return {
      state,
      month,
      arrivals: this.arrivals,
      ...this.counts,
      averageAge: this.ages.mean(),
      averageStayDays: this.stays.mean(),
      medianStayDays: this.stays.median(),
      topResidenceCountries: topCounts(this.countries, TOP_RESIDENCE_COUNTRIES).map(({ name, count }) => ({ country: name, arrivals: count })),
      distinctPorts: this.ports.size,
    };
  }
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Adds deduplicated arrivals up per (destination state, arrival month). Every figure is
 * independent of the order arrivals come in. Arrivals without a month count under 'unknown'
 * (as the Parquet files partition them), so the aggregates always add up to every arrival.
 */
export class StateMonthAggregator {
  private readonly groups = new Map<string, { state: string; month: string; totals: Accumulator }>();

  /** Counts one arrival (already deduplicated). */
  add(facts: ArrivalFacts): void {
    const key = `${facts.state}|${facts.month}`;
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { state: facts.state, month: facts.month, totals: new Accumulator() };
      this.groups.set(key, group);
    }
    group.totals.add(facts);
  }

  /** The figures of every state and month seen, sorted by month then state ('unknown' after every month). */
  figures(): StateMonthFigures[] {
    return [...this.groups.values()]
      .sort((a, b) => compareText(a.month, b.month) || compareText(a.state, b.state))
      .map(({ state, month, totals }) => totals.figures(state, month));
  }
}
