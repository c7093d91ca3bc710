import { type NamedEntry, type StateDemographicsEntry } from '../enrichment/enrichment-lookups';
import { OTHER_STATE_CODE } from '../state-bucket';
import { UNKNOWN_MONTH } from './arrival-facts';
import { type StateMonthFigures } from './state-month-aggregator';

/** People per race in a state's cities; null where no city reports the race. */
export interface StateRaceCounts {
  americanIndianAlaskaNative: number | null;
  asian: number | null;
  blackAfricanAmerican: number | null;
  hispanicLatino: number | null;
  white: number | null;
}

/** What the aggregates need of a state's city demographics (a `StateDemographicsRecord` of @i94/dimensions fits). */
export interface StateDemographicsFacts extends StateDemographicsEntry, Readonly<StateRaceCounts> {
  readonly malePopulation: number | null;
  readonly femalePopulation: number | null;
  readonly foreignBorn: number | null;
}

/**
 * The state dimensions the aggregates are joined with; each answers null for what it does not know.
 * Implemented by `DimensionCache` in @i94/dimensions.
 */
export interface AggregationLookups {
  state(code: string): NamedEntry | null;
  stateDemographics(stateCode: string): StateDemographicsFacts | null;
  /** Mean °C of a state in calendar month 1-12. */
  stateTemperature(stateCode: string, month: number): number | null;
}

/** The state facts an aggregate carries; all null (race counts included) when unknown. */
export interface StateDimensionFacts {
  stateName: string | null;
  /** Population of the state's cities in the 2015 demographics file, not of the whole state. */
  population: number | null;
  malePopulation: number | null;
  femalePopulation: number | null;
  foreignBorn: number | null;
  foreignBornShare: number | null;
  medianAge: number | null;
  raceCounts: StateRaceCounts;
  /** The state's mean temperature in the aggregate's calendar month. */
  averageTemperatureC: number | null;
}

/** State figures joined with the state's name, demographics and climate. */
export type JoinedStateMonth = StateMonthFigures & StateDimensionFacts;

const calendarMonth = (month: string): number | null => (month === UNKNOWN_MONTH ? null : Number(month.slice(5, 7)));

/** Looks up the state facts of one state and month; '99' is a bucket, not a state, so it has none but its name. */
export function stateDimensionFacts(state: string, month: string, lookups: AggregationLookups): StateDimensionFacts {
  const listed = state !== OTHER_STATE_CODE;
  const people = listed ? lookups.stateDemographics(state) : null;
  const calendar = calendarMonth(month);
  return {
    stateName: lookups.state(state)?.name ?? null,
    population: people?.totalPopulation ?? null,
    malePopulation: people?.malePopulation ?? null,
    femalePopulation: people?.femalePopulation ?? null,
    foreignBorn: people?.foreignBorn ?? null,
    foreignBornShare: people?.foreignBornShare ?? null,
    medianAge: people?.medianAge ?? null,
    raceCounts: {
      americanIndianAlaskaNative: people?.americanIndianAlaskaNative ?? null,
      asian: people?.asian ?? null,
      blackAfricanAmerican: people?.blackAfricanAmerican ?? null,
      hispanicLatino: people?.hispanicLatino ?? null,
      white: people?.white ?? null,
    },
    averageTemperatureC: listed && calendar !== null ? lookups.stateTemperature(state, calendar) : null,
  };
}

/** Joins the figures of one state and month with that state's dimensions. */
export function joinDimensions(figures: StateMonthFigures, lookups: AggregationLookups): JoinedStateMonth {
  return { ...figures, ...stateDimensionFacts(figures.state, figures.month, lookups) };
}
