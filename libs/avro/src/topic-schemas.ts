import {
  I94_AGG_STATE_MONTH_V1_SCHEMA,
  I94_ARRIVALS_DLQ_V1_SCHEMA,
  I94_ARRIVALS_ENRICHED_V1_SCHEMA,
  I94_ARRIVALS_RAW_V1_SCHEMA,
  I94_DIM_AIRPORTS_V1_SCHEMA,
  I94_DIM_COUNTRIES_V1_SCHEMA,
  I94_DIM_COUNTRY_CLIMATE_V1_SCHEMA,
  I94_DIM_MODES_V1_SCHEMA,
  I94_DIM_PORTS_V1_SCHEMA,
  I94_DIM_STATES_V1_SCHEMA,
  I94_DIM_STATE_CLIMATE_V1_SCHEMA,
  I94_DIM_STATE_DEMOGRAPHICS_V1_SCHEMA,
  I94_DIM_VISAS_V1_SCHEMA,
  I94_FEEDS_BATCHES_V1_SCHEMA,
  I94_FEEDS_COMPLETED_V1_SCHEMA,
  I94_ROLLUPS_COMMITTED_V1_SCHEMA,
  type RollupCommitted,
  type AirportDimension,
  type BatchAccepted,
  type CountryClimateDimension,
  type CountryDimension,
  type DeadLetter,
  type StateMonthAggregate,
  type EnrichedArrival,
  type FeedCompleted,
  type ModeDimension,
  type PortDimension,
  type RawArrival,
  type StateClimateDimension,
  type StateDemographicsDimension,
  type StateDimension,
  type VisaDimension,
} from './generated';

/** The value schema of each topic; the registry subject is `<topic>-value`. */
export const TOPIC_SCHEMAS = {
  'i94.arrivals.raw.v1': I94_ARRIVALS_RAW_V1_SCHEMA,
  'i94.arrivals.dlq.v1': I94_ARRIVALS_DLQ_V1_SCHEMA,
  'i94.arrivals.enriched.v1': I94_ARRIVALS_ENRICHED_V1_SCHEMA,
  'i94.feeds.completed.v1': I94_FEEDS_COMPLETED_V1_SCHEMA,
  'i94.feeds.batches.v1': I94_FEEDS_BATCHES_V1_SCHEMA,
  'i94.rollups.committed.v1': I94_ROLLUPS_COMMITTED_V1_SCHEMA,
  'i94.agg.state-month.v1': I94_AGG_STATE_MONTH_V1_SCHEMA,
  'i94.dim.countries.v1': I94_DIM_COUNTRIES_V1_SCHEMA,
  'i94.dim.ports.v1': I94_DIM_PORTS_V1_SCHEMA,
  'i94.dim.modes.v1': I94_DIM_MODES_V1_SCHEMA,
  'i94.dim.states.v1': I94_DIM_STATES_V1_SCHEMA,
  'i94.dim.visas.v1': I94_DIM_VISAS_V1_SCHEMA,
  'i94.dim.state-demographics.v1': I94_DIM_STATE_DEMOGRAPHICS_V1_SCHEMA,
  'i94.dim.country-climate.v1': I94_DIM_COUNTRY_CLIMATE_V1_SCHEMA,
  'i94.dim.state-climate.v1': I94_DIM_STATE_CLIMATE_V1_SCHEMA,
  'i94.dim.airports.v1': I94_DIM_AIRPORTS_V1_SCHEMA,
} as const;

/** The value type carried by each topic. */
export interface TopicValues {
  'i94.arrivals.raw.v1': RawArrival;
  'i94.arrivals.dlq.v1': DeadLetter;
  'i94.arrivals.enriched.v1': EnrichedArrival;
  'i94.feeds.completed.v1': FeedCompleted;
  'i94.feeds.batches.v1': BatchAccepted;
  'i94.rollups.committed.v1': RollupCommitted;
  'i94.agg.state-month.v1': StateMonthAggregate;
  'i94.dim.countries.v1': CountryDimension;
  'i94.dim.ports.v1': PortDimension;
  'i94.dim.modes.v1': ModeDimension;
  'i94.dim.states.v1': StateDimension;
  'i94.dim.visas.v1': VisaDimension;
  'i94.dim.state-demographics.v1': StateDemographicsDimension;
  'i94.dim.country-climate.v1': CountryClimateDimension;
  'i94.dim.state-climate.v1': StateClimateDimension;
  'i94.dim.airports.v1': AirportDimension;
}

export type SchemaTopic = keyof typeof TOPIC_SCHEMAS;

/** Confluent's TopicNameStrategy for record values. */
export const valueSubject = (topic: string) => `${topic}-value`;
