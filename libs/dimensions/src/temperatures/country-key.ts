import { COUNTRY_ALIASES } from './country-aliases';

const STOP_WORDS: ReadonlySet<string> = new Set(['AND', 'THE']);

/**
 * Upper-cases, strips accents and punctuation, spells 'ST' as 'SAINT' and drops AND/THE, so
 * 'ST. KITTS-NEVIS' and 'Saint Kitts And Nevis' both become 'SAINT KITTS NEVIS'.
 */
export function normaliseCountryName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
    .map((word) => (word === 'ST' ? 'SAINT' : word))
    .join(' ');
}

const ALIASES: ReadonlyMap<string, string> = new Map(
  COUNTRY_ALIASES.map(([variant, canonical]) => [normaliseCountryName(variant), normaliseCountryName(canonical)]),
);

/**
 * The key under which I94 and temperature spellings of a country meet: the normalised name,
 * without the I94 'INVALID:' prefix (so 'INVALID: UNITED STATES' meets 'United States'), mapped
 * through `COUNTRY_ALIASES`.
 */
export function countryKey(name: string): string {
  const normalised = normaliseCountryName(name).replace(/^INVALID /, '');
  return ALIASES.get(normalised) ?? normalised;
}

/** The candidate (e.g. a temperature file country) that names the same country as `name`, or null. */
export function matchCountryName(name: string, candidates: Iterable<string>): string | null {
  const key = countryKey(name);
  for (const candidate of candidates) if (countryKey(candidate) === key) return candidate;
  return null;
}
