import { collect, csvRows, sampleLines } from '../test/sample-data';
import { type CodeLists } from './code-lists';
import { type I94RawRecord } from './i94-raw-record';
import { validateRecord } from './validate-record';

const [HEADER, ...ROWS] = sampleLines();
const ROW_BY_INDEX = new Map(ROWS.map((line) => [line.slice(0, line.indexOf(',')), line]));

async function sampleRow(index: string): Promise<Record<string, string>> {
  const line = ROW_BY_INDEX.get(index);
  if (!line) throw new Error(`no sample row ${index}`);
  const [row] = await collect(csvRows(`${HEADER}\n${line}\n`));
  if (!row.values) throw new Error(`row ${index} did not parse`);
  return row.values;
}

// The first real sample row, typed, as a base for single-field mutations.
const BASE: I94RawRecord = {
  cicid: 4084316, i94yr: 2016, i94mon: 4, i94cit: 209, i94res: 209, i94port: 'HHW', arrdate: 20566,
  i94mode: 1, i94addr: 'HI', depdate: 20573, i94bir: 61, i94visa: 2, count: 1, dtadfile: '20160422',
  visapost: null, occup: null, entdepa: 'G', entdepd: 'O', entdepu: null, matflag: 'M', biryear: 1955,
  dtaddto: '07202016', gender: 'F', insnum: null, airline: 'JL', admnum: 56582674633, fltno: '00782', visatype: 'WT',
};

describe('validateRecord on real sample rows', () => {
  // Keyed by the sample's index column; chosen to cover every mode, missing values and odd codes.
  it.each<[string, Partial<I94RawRecord>]>([
    ['2027561', BASE],
    ['2171295', { cicid: 4422636, i94cit: 582, i94port: 'MCA', arrdate: 20567, depdate: 20568, visapost: 'MTR', entdepd: 'R', airline: '*GA', admnum: 94361995930, fltno: 'XBLNG', visatype: 'B2' }],
    ['2909398', { cicid: 5902022, i94mode: 9, i94addr: null, depdate: null, entdepd: null, matflag: null, gender: 'X', insnum: '3517', airline: null, fltno: null }],
    ['3032257', { cicid: 985523, i94port: 'CHM', arrdate: 20550, i94mode: 3, i94addr: 'NY', i94bir: 19, entdepa: 'Z', entdepd: 'K', airline: null, fltno: 'LAND' }],
    ['1339656', { cicid: 2711583, i94cit: 148, i94res: 112, i94port: 'FTL', i94mode: 2, i94addr: null, airline: 'VES', fltno: '93724' }],
    ['2993594', { cicid: 6019750, i94cit: 117, i94res: 135, i94mode: 9, depdate: null, dtadfile: '20160628', insnum: '4686', admnum: 17545053327 }],
    ['98732', { cicid: 216657, i94cit: 696, arrdate: 20545, i94addr: 'FL', depdate: null, visapost: 'CRS', entdepd: null, matflag: null, airline: '2D', fltno: '00406' }],
    ['1773904', { cicid: 3599863, i94visa: 3, depdate: 20639, visapost: 'MEX', entdepd: 'Q', dtaddto: 'D/S', visatype: 'F1' }],
    ['262355', { cicid: 513953, i94cit: 268, arrdate: 20547, i94bir: 19, visapost: 'TAI', occup: 'STU', biryear: 1997, dtaddto: 'D/S', gender: 'M' }],
    ['3020206', { cicid: 6055103, i94cit: 252, i94res: 209, i94port: 'AGA', i94addr: 'GU', entdepa: 'A', entdepd: 'D', insnum: '3943', visatype: 'GMT' }],
    ['463515', { cicid: 975537, i94port: 'SFR', i94addr: 'UN', entdepa: 'T', admnum: 684242285, fltno: '982' }],
    ['589494', { cicid: 1195600, i94yr: 2016, i94mon: 4, count: 1 }],
  ])('sample row %s', async (index, expected) => {
    const outcome = validateRecord(await sampleRow(index));
    expect(outcome).toMatchObject({ ok: true, record: expected, flags: [] });
  });

  it('accepts a typed record unchanged', () => {
    expect(validateRecord(BASE)).toEqual({ ok: true, record: BASE, flags: [] });
  });
});

describe('validateRecord hard rejections', () => {
  it.each<[string, Record<string, unknown>, [string | null, string][]]>([
    ['missing cicid', { cicid: null }, [['cicid', 'MISSING_CICID']]],
    ['empty cicid', { cicid: '' }, [['cicid', 'MISSING_CICID']]],
    ['text cicid', { cicid: 'abc' }, [['cicid', 'NOT_A_NUMBER']]],
    ['fractional cicid', { cicid: 1.5 }, [['cicid', 'NOT_AN_INTEGER']]],
    ['zero cicid', { cicid: '0.0' }, [['cicid', 'INVALID_CICID']]],
    ['negative cicid', { cicid: -4 }, [['cicid', 'INVALID_CICID']]],
    ['missing i94yr', { i94yr: null }, [['i94yr', 'MISSING_FILE_MONTH']]],
    ['empty i94mon', { i94mon: '' }, [['i94mon', 'MISSING_FILE_MONTH']]],
    ['no file month, no arrdate', { i94yr: null, i94mon: null, arrdate: null }, [['i94yr', 'MISSING_FILE_MONTH'], ['i94mon', 'MISSING_FILE_MONTH']]],
    ['text i94mon is not also missing', { i94mon: 'April' }, [['i94mon', 'NOT_A_NUMBER']]],
    ['month 13', { i94mon: '13.0' }, [['i94mon', 'MONTH_OUT_OF_RANGE']]],
    ['month 0', { i94mon: 0 }, [['i94mon', 'MONTH_OUT_OF_RANGE']]],
    ['year 3000', { i94yr: 3000 }, [['i94yr', 'YEAR_OUT_OF_RANGE']]],
    ['arrdate 9999999', { arrdate: '9999999.0' }, [['arrdate', 'IMPOSSIBLE_DATE']]],
    ['depdate far past', { depdate: -99999 }, [['depdate', 'IMPOSSIBLE_DATE']]],
    ['arrdate in May for April', { arrdate: 20575 }, [['arrdate', 'ARRDATE_MONTH_MISMATCH']]],
    ['arrdate in March for April', { arrdate: 20544 }, [['arrdate', 'ARRDATE_MONTH_MISMATCH']]],
    ['year disagrees with arrdate', { i94yr: 2015 }, [['arrdate', 'ARRDATE_MONTH_MISMATCH']]],
    ['text i94cit', { i94cit: 'JAPAN' }, [['i94cit', 'NOT_A_NUMBER']]],
    ['object i94mode', { i94mode: { air: true } }, [['i94mode', 'WRONG_TYPE']]],
    ['admnum beyond 2^53', { admnum: 2 ** 54 }, [['admnum', 'NUMBER_OUT_OF_RANGE']]],
    ['several at once', { cicid: 'x', i94mon: 13, arrdate: 1e9 }, [['cicid', 'NOT_A_NUMBER'], ['i94mon', 'MONTH_OUT_OF_RANGE'], ['arrdate', 'IMPOSSIBLE_DATE']]],
  ])('%s', (_name, patch, expected) => {
    const outcome = validateRecord({ ...BASE, ...patch });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.rejections.map((r) => [r.field, r.reason])).toEqual(expected);
    for (const r of outcome.rejections) expect(r.message).toContain(r.field ?? '');
  });
});

describe('validateRecord quality flags', () => {
  const lists: CodeLists = {
    countries: new Set([209, 582, 135]),
    ports: new Set(['HHW', 'NYC']),
    states: new Set(['HI', 'NY', 'CA', '99']),
    modes: new Set([1, 2, 3, 9]),
    visas: new Set([1, 2, 3]),
  };

  it.each<[string, Record<string, unknown>, CodeLists | undefined, string[]]>([
    ['clean with lists', {}, lists, []],
    ['lists given as strings', {}, { countries: new Set(['209']), modes: new Set(['1']) }, []],
    ['unknown citizenship', { i94cit: 999 }, lists, ['UNKNOWN_COUNTRY']],
    ['unknown residence', { i94res: 999 }, lists, ['UNKNOWN_COUNTRY']],
    ['unknown port', { i94port: 'ZZZ' }, lists, ['UNKNOWN_PORT']],
    ['lower-case port is known', { i94port: 'hhw' }, lists, []],
    ['unknown state', { i94addr: 'UN' }, lists, ['UNKNOWN_STATE']],
    ['missing state is not unknown', { i94addr: '' }, lists, []],
    ['unknown mode', { i94mode: 7 }, lists, ['UNKNOWN_MODE']],
    ['unknown visa', { i94visa: 4 }, lists, ['UNKNOWN_VISA']],
    ['codes unchecked without lists', { i94cit: 999, i94port: 'ZZZ' }, undefined, []],
    ['missing arrdate', { arrdate: null }, undefined, ['MISSING_ARRDATE']],
    ['depdate before arrdate', { depdate: 20560 }, undefined, ['DEPDATE_BEFORE_ARRDATE']],
    ['age 150', { i94bir: 150, biryear: 1866 }, undefined, ['IMPLAUSIBLE_AGE']],
    ['age and birth year disagree', { biryear: 1990 }, undefined, ['AGE_BIRYEAR_MISMATCH']],
    ['extra field', { batch: 'b1' }, undefined, ['UNKNOWN_FIELD']],
  ])('%s', (_name, patch, codeLists, flags) => {
    expect(validateRecord({ ...BASE, ...patch }, codeLists)).toMatchObject({ ok: true, flags });
  });
});
