/**
 * Spellings of the same country in the I94 labels and the Berkeley Earth / Kaggle files, as
 * [variant, canonical]. Both sides go through `normaliseCountryName` first, so only differences
 * beyond case, accents, punctuation, 'ST'/'SAINT' and the words AND/THE need an entry here.
 */
export const COUNTRY_ALIASES: readonly (readonly [string, string])[] = [
  ['MEXICO Air Sea, and Not Reported (I-94, no land arrivals)', 'Mexico'],
  ['CHINA, PRC', 'China'],
  ['IVORY COAST', "Côte D'Ivoire"],
  // the partial temperature file spells it this way
  ["Coste D'Ivoire", "Côte D'Ivoire"],
  ['ZAIRE', 'Congo (Democratic Republic Of The)'],
  ['Myanmar', 'Burma'],
  ['KAMPUCHEA', 'Cambodia'],
  ['EAST TIMOR', 'Timor Leste'],
  ['WESTERN SAMOA', 'Samoa'],
  ['MICRONESIA, FED. STATES OF', 'Federated States Of Micronesia'],
  ['FAROE ISLANDS (PART OF DENMARK)', 'Faroe Islands'],
  ['REPUBLIC OF SOUTH SUDAN', 'South Sudan'],
  ['SAINT MAARTEN', 'Sint Maarten'],
  ['PALESTINE', 'Palestina'],
  ['Turks And Caicas Islands', 'Turks And Caicos Islands'],
  ['HEARD AND MCDONALD IS.', 'Heard Island And Mcdonald Islands'],
  ['Falkland Islands (Islas Malvinas)', 'Falkland Islands'],
  ['INDIAN OCEAN TERRITORY', 'British Indian Ocean Territory'],
  ['MAYOTTE (AFRICA - FRENCH)', 'Mayotte'],
  ['Denmark (Europe)', 'Denmark'],
  ['France (Europe)', 'France'],
  ['Netherlands (Europe)', 'Netherlands'],
  ['United Kingdom (Europe)', 'United Kingdom'],
];
