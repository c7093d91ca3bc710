import avro from 'avsc';
import { readReference } from '../../test/reference-files';
import { DIMENSION_NAMES, type DimensionName, type DimensionRecords } from '../cache/dimension-names';
import { referenceDimensionEntries } from '../cache/reference-dimensions';
import { type PortRecord } from '../sas-labels/sas-label.types';
import { DIMENSION_VALUE_SCHEMAS, type DimensionValues, entryValue, fromDimensionValue, toDimensionValue } from './dimension-values';

const entries = referenceDimensionEntries({
  sasLabels: readReference('sas'),
  demographics: readReference('demographics'),
  airports: readReference('airports'),
  temperatures: readReference('temperatures'),
});

// What a record looks like after a trip through its topic: climate months lose their observation count.
function asPublished<D extends DimensionName>(record: DimensionRecords[D]): DimensionRecords[D] {
  if (!('months' in record)) return record;
  return { ...record, months: record.months.map((m) => ({ ...m, observations: 0 })) };
}

describe.each(DIMENSION_NAMES)('i94.dim.%s.v1 values of the real reference files', (dimension) => {
  const type = avro.Type.forSchema(DIMENSION_VALUE_SCHEMAS[dimension] as unknown as avro.Schema);
  const ofDimension = entries.filter((entry) => entry.dimension === dimension);

  it('are valid for the schema and keep the code and version', () => {
    const values = ofDimension.map(entryValue);
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((value) => !type.isValid(value)).map((value) => value.code)).toEqual([]);
    expect(values.map((value) => [value.code, value.version])).toEqual(ofDimension.map((entry) => [entry.code, entry.version]));
  });

  it('map back, through Avro bytes, to an equal record and the same version', () => {
    for (const entry of ofDimension) {
      const decoded = type.fromBuffer(type.toBuffer(entryValue(entry))) as DimensionValues[typeof dimension];
      expect(fromDimensionValue(dimension, decoded)).toEqual({ record: asPublished(entry.record), version: entry.version });
    }
  });
});

describe('dimension values', () => {
  const HHW: PortRecord = { code: 'HHW', name: 'HONOLULU, HI', city: 'HONOLULU', stateOrCountry: 'HI', state: 'HI', valid: true };

  it('carry numeric codes as text and read them back as numbers', () => {
    expect(toDimensionValue('countries', { code: 209, name: 'JAPAN', valid: true }, 'aaaaaaaaaaaa')).toEqual({ code: '209', name: 'JAPAN', valid: true, version: 'aaaaaaaaaaaa' });
    expect(fromDimensionValue('modes', { code: '1', name: 'Air', version: 'v' }).record).toEqual({ code: 1, name: 'Air' });
  });

  it('refuse a numeric dimension code that is not an integer', () => {
    expect(() => fromDimensionValue('visas', { code: 'B2', name: 'Pleasure', version: 'v' })).toThrow(TypeError);
    expect(() => fromDimensionValue('countries', { code: '', name: 'X', valid: false, version: 'v' })).toThrow(TypeError);
  });

  it('leave fields of a later schema out of the record', () => {
    const value = { ...toDimensionValue('ports', HHW, 'v'), addedLater: 'x' };
    expect(fromDimensionValue('ports', value).record).toStrictEqual(HHW);
  });
});
