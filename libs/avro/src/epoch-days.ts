const MS_PER_DAY = 86_400_000;

/** Avro `date`: days since 1970-01-01 for an ISO date (YYYY-MM-DD). */
export const isoDateToEpochDays = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);

/** The ISO date (YYYY-MM-DD) of an Avro `date`. */
export const epochDaysToIsoDate = (days: number): string => new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
