import avro from 'avsc';
import {
  I94_DIM_AIRPORTS_V1_SCHEMA,
  I94_DIM_COUNTRIES_V1_SCHEMA,
  I94_DIM_COUNTRY_CLIMATE_V1_SCHEMA,
  I94_DIM_MODES_V1_SCHEMA,
  I94_DIM_PORTS_V1_SCHEMA,
  I94_DIM_STATES_V1_SCHEMA,
  I94_DIM_STATE_CLIMATE_V1_SCHEMA,
  I94_DIM_STATE_DEMOGRAPHICS_V1_SCHEMA,
  I94_DIM_VISAS_V1_SCHEMA,
} from '@i94/avro';
import { readReference } from '../../test/reference-files';
import { type MonthlyTemperature } from '../temperatures/climate.types';
import { DIMENSION_NAMES, type DimensionName } from './dimension-names';
import { type DimensionEntry, referenceDimensionEntries } from './reference-dimensions';

const SCHEMAS: Record<DimensionName, unknown> = {
  countries: I94_DIM_COUNTRIES_V1_SCHEMA,
  ports: I94_DIM_PORTS_V1_SCHEMA,
  modes: I94_DIM_MODES_V1_SCHEMA,
  states: I94_DIM_STATES_V1_SCHEMA,
  visas: I94_DIM_VISAS_V1_SCHEMA,
  'state-demographics': I94_DIM_STATE_DEMOGRAPHICS_V1_SCHEMA,
  'country-climate': I94_DIM_COUNTRY_CLIMATE_V1_SCHEMA,
  'state-climate': I94_DIM_STATE_CLIMATE_V1_SCHEMA,
  airports: I94_DIM_AIRPORTS_V1_SCHEMA,
};

// The topic value of an entry: the record with its code as the string key and its version; climate
// months carry only the mean (the observation count stays in the pipeline).
function topicValue({ record, code, version }: DimensionEntry): Record<string, unknown> {
  const value: Record<string, unknown> = { ...record, code, version };
  if ('months' in record) value.months = record.months.map((m: MonthlyTemperature) => ({ month: m.month, avgTemperatureC: m.averageTemperature }));
  return value;
}

const entries = referenceDimensionEntries({
  sasLabels: readReference('sas'),
  demographics: readReference('demographics'),
  airports: readReference('airports'),
  temperatures: readReference('temperatures'),
});

describe.each(DIMENSION_NAMES)('i94.dim.%s.v1 values from the real reference files', (dimension) => {
  const type = avro.Type.forSchema(SCHEMAS[dimension] as avro.Schema);
  const values = entries.filter((entry) => entry.dimension === dimension).map(topicValue);

  it('are all valid and survive an Avro round trip', () => {
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((value) => !type.isValid(value)).map((value) => value.code)).toEqual([]);
    for (const value of values) expect(type.fromBuffer(type.toBuffer(value))).toMatchObject({ code: value.code, version: value.version });
  });

  it('carry the version of their source file', () => {
    expect(new Set(values.map((value) => value.version)).size).toBe(1);
    expect(values[0].version).toMatch(/^[0-9a-f]{12}$/);
  });
});
