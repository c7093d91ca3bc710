import { splitPortLocation } from './split-port-location';

describe('splitPortLocation', () => {
  it.each([
    ['NEW YORK, NY          ', 'NEW YORK', 'NY', 'NY'],
    ["INT'L FALLS, MN", "INT'L FALLS", 'MN', 'MN'],
    ['LITTLE ROCK, AR (BPS)', 'LITTLE ROCK', 'AR (BPS)', 'AR'],
    ['ASPEN, CO #ARPT', 'ASPEN', 'CO #ARPT', 'CO'],
    ['PASO DEL NORTE,TX     ', 'PASO DEL NORTE', 'TX', 'TX'],
    ['PACIFIC, HWY. STATION, CA ', 'PACIFIC, HWY. STATION', 'CA', 'CA'],
    ['WASHINGTON DC         ', 'WASHINGTON', 'DC', 'DC'],
    ['MARIPOSA AZ           ', 'MARIPOSA', 'AZ', 'AZ'],
    ['AGANA, GU             ', 'AGANA', 'GU', 'GU'],
    ['BELLINGHAM, WASHINGTON #INTL', 'BELLINGHAM', 'WASHINGTON #INTL', null],
    ['SAIPAN, SPN           ', 'SAIPAN', 'SPN', null],
    ['TORONTO, CANADA       ', 'TORONTO', 'CANADA', null],
    ['Halifax, NS, Canada   ', 'Halifax, NS', 'Canada', null],
    ['GEN PESQUEIRA GARCIA, MX', 'GEN PESQUEIRA GARCIA', 'MX', null],
    ['GUARULHOS INTL, SAO PAULO, BRAZIL', 'GUARULHOS INTL, SAO PAULO', 'BRAZIL', null],
    ['Abu Dhabi', 'Abu Dhabi', null, null],
    ['MEXICO Land (Banco de Mexico) ', 'MEXICO Land (Banco de Mexico)', null, null],
  ])('%j', (label, city, stateOrCountry, state) => {
    expect(splitPortLocation(label)).toEqual({ city, stateOrCountry, state });
  });
});
