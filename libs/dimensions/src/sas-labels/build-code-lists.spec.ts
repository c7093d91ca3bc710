import { readI94Sample, readReference } from '../../test/reference-files';
import { parseCsv } from '../text/parse-csv';
import { type CodeLists } from '@i94/domain';
import { buildCodeLists } from './build-code-lists';
import { parseSasLabels } from './parse-sas-labels';

function buildFromRealFile(): Required<CodeLists> {
  const labels = parseSasLabels(readReference('sas'));
  return buildCodeLists({
    countries: labels.countries.records,
    ports: labels.ports.records,
    states: labels.states.records,
    modes: labels.modes.records,
    visas: labels.visas.records,
  });
}

/** Distinct values of one column of the I94 sample, as written ('209.0', 'HHW', ''). */
function sampleColumn(name: string): string[] {
  const [header, ...rows] = parseCsv(readI94Sample()).rows;
  const position = header.fields.indexOf(name);
  return [...new Set(rows.map((row) => row.fields[position]))].sort();
}

describe('buildCodeLists on the real labels file', () => {
  const lists = buildFromRealFile();

  it('holds only the valid codes', () => {
    expect(lists.countries.size).toBe(236);
    expect(lists.ports.size).toBe(584);
    expect(lists.states.size).toBe(55);
    expect([...lists.modes]).toEqual([1, 2, 3, 9]);
    expect([...lists.visas]).toEqual([1, 2, 3]);
  });

  it.each([
    ['countries', 209, true],
    ['countries', 582, true],
    ['countries', 407, false],
    ['countries', 996, false],
    ['ports', 'NYC', true],
    ['ports', 'X96', false],
    ['ports', 'CP', false],
    ['states', '99', true],
    ['states', 'MP', false],
  ] as const)('%s has %j: %s', (list, code, expected) => {
    expect((lists[list] as ReadonlySet<string | number>).has(code)).toBe(expected);
  });

  it('flags the unknown codes of the real April 2016 sample', () => {
    const unknownCountries = sampleColumn('i94cit').map(Number).filter((code) => !lists.countries.has(code));
    const unknownPorts = sampleColumn('i94port').filter((code) => !lists.ports.has(code));
    const unknownStates = sampleColumn('i94addr').filter((code) => code !== '' && !lists.states.has(code));
    // 574 is listed, but as 'INVALID: CANADA': real records use it, so it is flagged too
    expect(unknownCountries).toEqual([133, 148, 180, 252, 254, 574, 718, 734, 746]);
    expect(unknownPorts).toEqual(['X96']);
    expect(unknownStates).toEqual(['MP', 'SW', 'TE', 'UN', 'VQ']);
  });
});
