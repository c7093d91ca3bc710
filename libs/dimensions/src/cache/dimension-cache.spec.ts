import { type PortRecord } from '../sas-labels/sas-label.types';
import { codeListsFrom } from './code-lists-from';
import { DimensionCache } from './dimension-cache';

// Real entries of I94_SAS_Labels_Descriptions.SAS: line 418 'HHW' = 'HONOLULU, HI', line 115 209 = 'JAPAN'.
const HHW: PortRecord = { code: 'HHW', name: 'HONOLULU, HI', city: 'HONOLULU', stateOrCountry: 'HI', state: 'HI', valid: true };
const X96: PortRecord = { code: 'X96', name: 'No PORT Code (X96)', city: null, stateOrCountry: null, state: null, valid: false };
const JAPAN = { code: 209, name: 'JAPAN', valid: true };

describe('DimensionCache', () => {
  it('holds applied records under their key, whatever the key spelling', () => {
    const cache = new DimensionCache();
    cache.apply('ports', 'HHW', HHW, 'aaaaaaaaaaaa');
    cache.apply('countries', '209', JAPAN, 'aaaaaaaaaaaa');
    expect(cache.port('HHW')).toEqual(HHW);
    expect(cache.port(' hhw ')).toEqual(HHW);
    expect(cache.country(209)).toEqual(JAPAN);
    expect(cache.size('ports')).toBe(1);
  });

  it('replaces a record: the next lookup sees the new port name', () => {
    const cache = new DimensionCache();
    cache.apply('ports', 'HHW', HHW, 'aaaaaaaaaaaa');
    cache.apply('ports', 'HHW', { ...HHW, name: 'HONOLULU INTL, HI' }, 'bbbbbbbbbbbb');
    expect(cache.port('HHW')?.name).toBe('HONOLULU INTL, HI');
    expect(cache.size('ports')).toBe(1);
    expect(cache.version('ports')).toBe('bbbbbbbbbbbb');
  });

  it('deletes a code on a tombstone and keeps the version it had', () => {
    const cache = new DimensionCache();
    cache.apply('ports', 'HHW', HHW, 'aaaaaaaaaaaa');
    cache.apply('ports', 'X96', X96, 'aaaaaaaaaaaa');
    cache.apply('ports', 'HHW', null);
    expect(cache.port('HHW')).toBeNull();
    expect(cache.records('ports')).toEqual([X96]);
    expect(cache.version('ports')).toBe('aaaaaaaaaaaa');
  });

  it('keeps the state code set in step with the states dimension', () => {
    const cache = new DimensionCache();
    cache.apply('states', 'HI', { code: 'HI', name: 'HAWAII' });
    cache.apply('states', '99', { code: '99', name: 'All Other Codes' });
    cache.apply('states', 'HI', null);
    expect([...cache.stateCodes()]).toEqual(['99']);
  });

  it('counts lookups and misses per dimension', () => {
    const cache = new DimensionCache();
    cache.apply('ports', 'HHW', HHW);
    cache.port('HHW');
    cache.port('XXX');
    cache.port('YYY');
    cache.country(209);
    cache.countryTemperature('JAPAN', 1);
    expect(cache.stats()).toMatchObject({
      ports: { lookups: 3, misses: 2 },
      countries: { lookups: 1, misses: 1 },
      'country-climate': { lookups: 1, misses: 1 },
      modes: { lookups: 0, misses: 0 },
    });
  });

  it('finds country temperatures by any spelling countryKey knows, per month', () => {
    const cache = new DimensionCache();
    const japan = { code: 'JAPAN', country: 'Japan', cities: ['Nagoya', 'Tokyo'], months: [{ month: 1, averageTemperature: 3.1, observations: 88 }] };
    cache.apply('country-climate', 'JAPAN', japan, 'cccccccccccc');
    expect(cache.countryTemperature('Japan', 1)).toBe(3.1);
    expect(cache.countryTemperature('JAPAN', 4)).toBeNull();
    expect(cache.countryClimate('japan')).toEqual(japan);
    expect(cache.stats()['country-climate']).toEqual({ lookups: 3, misses: 1 });
  });

  it('reports the versions enrichment used, null for dimensions not loaded', () => {
    const cache = new DimensionCache();
    cache.apply('countries', '209', JAPAN, 'aaaaaaaaaaaa');
    expect(cache.versions()).toEqual({
      countries: 'aaaaaaaaaaaa', ports: null, modes: null, states: null, visas: null, stateDemographics: null, countryClimate: null,
    });
  });

  it('gives the domain code lists of the valid codes it holds', () => {
    const cache = new DimensionCache();
    cache.apply('ports', 'HHW', HHW);
    cache.apply('ports', 'X96', X96);
    cache.apply('countries', '209', JAPAN);
    cache.apply('countries', '574', { code: 574, name: 'INVALID: CANADA', valid: false });
    const lists = codeListsFrom(cache);
    expect([...lists.ports]).toEqual(['HHW']);
    expect([...lists.countries]).toEqual([209]);
    expect(lists.states.size).toBe(0);
  });
});
