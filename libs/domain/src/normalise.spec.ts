import { type I94FieldName } from './i94-raw-record';
import { normaliseField } from './normalise';

describe('normaliseField', () => {
  // Raw values as they appear in the sample CSV, NDJSON feeds and pandas dumps.
  it.each<[I94FieldName, unknown, string | number | null]>([
    ['cicid', '5748517.0', 5748517],
    ['cicid', 5748517, 5748517],
    ['cicid', ' 4084316.0 ', 4084316],
    ['admnum', '56582674633.0', 56582674633],
    ['admnum', '5.6582674633E10', 56582674633],
    ['i94cit', '209.0', 209],
    ['i94bir', '-0.0', 0],
    ['depdate', '', null],
    ['depdate', '   ', null],
    ['depdate', 'NaN', null],
    ['depdate', 'nan', null],
    ['depdate', 'null', null],
    ['depdate', Number.NaN, null],
    ['depdate', null, null],
    ['depdate', undefined, null],
    ['i94port', 'hhw', 'HHW'],
    ['i94port', ' NYC ', 'NYC'],
    ['i94addr', 'fl', 'FL'],
    ['gender', 'f', 'F'],
    ['visatype', 'wt', 'WT'],
    ['entdepa', 'g', 'G'],
    ['matflag', 'm', 'M'],
    ['visapost', 'mtr', 'MTR'],
    ['airline', '*ga', '*ga'],
    ['airline', ' JL ', 'JL'],
    ['fltno', '00782', '00782'],
    ['fltno', 782, '782'],
    ['dtaddto', 'D/S', 'D/S'],
    ['dtadfile', '20160422', '20160422'],
    ['insnum', 'NULL', null],
  ])('%s %p -> %p', (field, raw, expected) => {
    expect(normaliseField(field, raw)).toEqual({ ok: true, value: expected });
  });

  it.each<[I94FieldName, unknown, string]>([
    ['cicid', '5748517.5', 'NOT_AN_INTEGER'],
    ['cicid', 1.5, 'NOT_AN_INTEGER'],
    ['cicid', 'abc', 'NOT_A_NUMBER'],
    ['i94cit', '0x1A', 'NOT_A_NUMBER'],
    ['i94cit', 'Infinity', 'NOT_A_NUMBER'],
    ['i94cit', Number.POSITIVE_INFINITY, 'NOT_A_NUMBER'],
    ['i94cit', '12abc', 'NOT_A_NUMBER'],
    ['i94cit', '1,5', 'NOT_A_NUMBER'],
    ['arrdate', '3000000000', 'NUMBER_OUT_OF_RANGE'],
    ['admnum', '1e20', 'NUMBER_OUT_OF_RANGE'],
    ['i94mon', true, 'WRONG_TYPE'],
    ['i94mon', { value: 4 }, 'WRONG_TYPE'],
    ['i94port', ['NYC'], 'WRONG_TYPE'],
    ['gender', false, 'WRONG_TYPE'],
  ])('%s %p is refused with %s', (field, raw, reason) => {
    const result = normaliseField(field, raw);
    expect(result).toMatchObject({ ok: false, error: { field, reason } });
  });
});
