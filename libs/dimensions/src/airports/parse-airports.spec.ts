import { readReference } from '../../test/reference-files';
import { parseAirports, stateOf } from './parse-airports';

const HEADER = 'ident,type,name,elevation_ft,continent,iso_country,iso_region,municipality,gps_code,iata_code,local_code,coordinates';

describe('parseAirports on the real partial file', () => {
  const { records, skipped, gaps } = parseAirports(readReference('airports'));
  const byCode = new Map(records.map((airport) => [airport.code, airport]));

  it('keeps 3,942 airports and skips the last line, cut off inside its quoted coordinates', () => {
    expect(records).toHaveLength(3942);
    expect(skipped).toEqual([{ line: 3944, reason: 'unterminated quoted field' }]);
  });

  it('keeps rows with missing codes and counts them', () => {
    expect(gaps).toEqual({ gpsCode: 240, iataCode: 3919, localCode: 223, municipality: 2, coordinates: 0, elevationFt: 28 });
  });

  it('places 3,941 airports in a US state or territory (Utirik, Marshall Islands, has none)', () => {
    expect(records.filter((airport) => airport.state !== null)).toHaveLength(3941);
    expect(byCode.get('03N')?.state).toBeNull();
  });

  it.each([
    ['00A', { name: 'Total Rf Heliport', type: 'heliport', state: 'PA', municipality: 'Bensalem', longitude: -74.93360137939453, latitude: 40.07080078125 }],
    ['0CO2', { name: 'Crested Butte Airpark', iataCode: 'CSE', gpsCode: '0CO2', state: 'CO', longitude: -106.928341, latitude: 38.851918, elevationFt: 8980 }],
    ['16A', { name: 'Nunapitchuk Airport', iataCode: 'NUP', gpsCode: 'PPIT', localCode: '16A', state: 'AK' }],
    ['0AK', { iataCode: 'PQS', gpsCode: null, state: 'AK' }],
    ['02PR', { isoCountry: 'PR', isoRegion: 'PR-U-A', state: 'PR' }],
    ['0TT8', { municipality: 'San Jose, Tinian', state: 'MP' }],
    ['2CO0', { name: 'Heli-One American Support, LLC Heliport' }],
    ['2Z6', { elevationFt: null, iataCode: 'FAK' }],
  ])('%s', (code, expected) => {
    expect(byCode.get(code)).toMatchObject(expected);
  });

  it('reads coordinates as longitude then latitude: every US airport lies west of Greenwich and north of the equator', () => {
    const us = records.filter((airport) => airport.isoCountry === 'US');
    expect(us.every((airport) => (airport.longitude ?? 0) < 0 && (airport.latitude ?? 0) > 0)).toBe(true);
  });
});

describe('parseAirports quirks', () => {
  it('reads CRLF, trailing spaces, quoted commas and missing values', () => {
    const content = `${HEADER}\r\nX1 ,small_airport,"Smith, Jones Field",,NA,US,US-TX, ,,,,"-97.5, 30.25"\r\n`;
    expect(parseAirports(content).records).toEqual([
      {
        code: 'X1', type: 'small_airport', name: 'Smith, Jones Field', elevationFt: null, continent: 'NA', isoCountry: 'US',
        isoRegion: 'US-TX', municipality: null, gpsCode: null, iataCode: null, localCode: null, state: 'TX', longitude: -97.5, latitude: 30.25,
      },
    ]);
  });

  it.each([
    ['a short line', 'X1,heliport,Pad,1,NA,US,US-TX,Town,X1,,X1', 'expected 12 fields, found 11'],
    ['no ident', ',heliport,Pad,1,NA,US,US-TX,Town,X1,,X1,"-97.5, 30.25"', 'missing ident'],
    ['a stray quote that runs into the next line', 'X1,heliport,"Pad,1,NA,US,US-TX,Town,X1,,X1,-97.5', 'unexpected text after a closing quote'],
  ])('skips %s', (_case, line, reason) => {
    const result = parseAirports(`${HEADER}\n${line}\nX2,heliport,Pad,1,NA,US,US-TX,Town,X2,,X2,"-97.5, 30.25"`);
    expect(result.skipped).toEqual([{ line: 2, reason }]);
    expect(result.records.map((airport) => airport.code)).toEqual(['X2']);
  });

  it('keeps a row whose coordinates are unreadable, with null coordinates', () => {
    const result = parseAirports(`${HEADER}\nX1,heliport,Pad,1,NA,US,US-TX,Town,X1,,X1,"-97.5"`);
    expect(result.records[0]).toMatchObject({ longitude: null, latitude: null });
    expect(result.gaps.coordinates).toBe(1);
  });
});

describe('stateOf', () => {
  it.each([
    ['US-NY', 'US', 'NY'],
    ['US-DC', 'US', 'DC'],
    ['US-U-A', 'US', null],
    ['PR-U-A', 'PR', 'PR'],
    ['MP-U-A', 'MP', 'MP'],
    ['MH-UTI', 'MH', null],
    ['CA-ON', 'CA', null],
  ])('%s / %s → %s', (region, country, state) => {
    expect(stateOf(region, country)).toBe(state);
  });
});
