import { readReference } from '../../test/reference-files';
import { isValidPortName, parsePorts } from './parse-ports';

describe('parsePorts on the real labels file', () => {
  const { records, skipped } = parsePorts(readReference('sas'));
  const byCode = new Map(records.map((port) => [port.code, port]));

  it('finds 660 ports, 76 of them invalid, and skips nothing', () => {
    expect(records).toHaveLength(660);
    expect(records.filter((port) => !port.valid)).toHaveLength(76);
    expect(skipped).toEqual([]);
  });

  it('places 525 valid ports in a US state or territory', () => {
    expect(records.filter((port) => port.state !== null)).toHaveLength(525);
  });

  it.each([
    ['NYC', 'NEW YORK, NY', 'NEW YORK', 'NY', 'NY', true],
    ['HHW', 'HONOLULU, HI', 'HONOLULU', 'HI', 'HI', true],
    ['INT', "INT'L FALLS, MN", "INT'L FALLS", 'MN', 'MN', true],
    ['TOR', 'TORONTO, CANADA', 'TORONTO', 'CANADA', null, true],
    ['CP', 'No PORT Code (CP)', null, null, null, false],
    ['AG', 'No PORT Code (AG)', null, null, null, false],
    ['GTF', 'Collapsed into INT, MN', null, null, null, false],
    ['888', 'UNIDENTIFED AIR / SEAPORT', null, null, null, false],
    ['UNK', 'UNKNOWN POE', null, null, null, false],
    ['XXX', 'NOT REPORTED/UNKNOWN', null, null, null, false],
    ['IWA', 'INVALID - IWAKUNI, JAPAN', null, null, null, false],
  ])('%s is %s', (code, name, city, stateOrCountry, state, valid) => {
    expect(byCode.get(code)).toEqual({ code, name, city, stateOrCountry, state, valid });
  });
});

describe('isValidPortName', () => {
  it.each([
    ['SEATTLE, WA', true],
    ['No PORT Code (X96)', false],
    ['Collapsed (FOK) 06/15', false],
    ['UNIDENTIFED AIR / SEAPORT', false],
    ['UNIDENTIFIED AIR / SEAPORT', false],
    ['UNKNOWN POE', false],
    ['NOT REPORTED/UNKNOWN', false],
    ['INVALID - IWAKUNI, JAPAN', false],
  ])('%s → %s', (name, valid) => {
    expect(isValidPortName(name)).toBe(valid);
  });
});
