/** People counted per race; a city without a row for a race has null there. */
export interface RaceCounts {
  readonly americanIndianAlaskaNative: number | null;
  readonly asian: number | null;
  readonly blackAfricanAmerican: number | null;
  readonly hispanicLatino: number | null;
  readonly white: number | null;
}

/** One US city of the 2015 ACS demographics, race rows pivoted into columns. */
export interface CityDemographicsRecord extends RaceCounts {
  /** `STATE_CODE:City`, e.g. 'MD:Silver Spring': city names repeat across states. */
  readonly code: string;
  readonly city: string;
  readonly state: string;
  readonly stateCode: string;
  readonly medianAge: number | null;
  readonly malePopulation: number | null;
  readonly femalePopulation: number | null;
  readonly totalPopulation: number;
  readonly veterans: number | null;
  readonly foreignBorn: number | null;
  readonly averageHouseholdSize: number | null;
}

/** The cities of one state added up; covers only the cities in the source, not the whole state. */
export interface StateDemographicsRecord {
  /** Two-letter state code. */
  readonly code: string;
  readonly state: string;
  readonly cityCount: number;
  readonly totalPopulation: number;
  /** Sums over the cities that report the figure; null when none does (unknown is not zero). */
  readonly malePopulation: number | null;
  readonly femalePopulation: number | null;
  readonly veterans: number | null;
  readonly foreignBorn: number | null;
  /** foreignBorn / total population of the cities that report foreign-born; null when none do. */
  readonly foreignBornShare: number | null;
  /** Median ages weighted by city population; null when no city reports one. */
  readonly medianAge: number | null;
  /** Race sums, like the figures above, over the cities that have a line for the race. */
  readonly americanIndianAlaskaNative: number | null;
  readonly asian: number | null;
  readonly blackAfricanAmerican: number | null;
  readonly hispanicLatino: number | null;
  readonly white: number | null;
}
