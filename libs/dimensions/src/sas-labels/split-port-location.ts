import { normaliseSpace } from '../text/normalise-space';
import { US_STATE_CODES } from '../us-state-codes';

/** Where a port label says the port is. */
export interface PortLocation {
  readonly city: string;
  readonly stateOrCountry: string | null;
  readonly state: string | null;
}

/**
 * Splits a port label such as 'NEW YORK, NY' at its last comma. The suffix is kept raw
 * ('AR (BPS)', 'CO #ARPT', 'CANADA', 'SPN') and `state` is set only when it begins with a US state
 * code. Labels without a comma but ending in a state code ('WASHINGTON DC', 'MARIPOSA AZ') are
 * split there; other comma-free labels ('Abu Dhabi') are all city.
 */
export function splitPortLocation(label: string): PortLocation {
  const text = normaliseSpace(label);
  const comma = text.lastIndexOf(',');
  if (comma >= 0) {
    const suffix = text.slice(comma + 1).trim();
    return { city: text.slice(0, comma).trim(), stateOrCountry: suffix === '' ? null : suffix, state: leadingStateCode(suffix) };
  }
  const trailing = /^(.*\S)\s+([A-Z]{2})$/.exec(text);
  if (trailing && US_STATE_CODES.has(trailing[2])) {
    return { city: trailing[1], stateOrCountry: trailing[2], state: trailing[2] };
  }
  return { city: text, stateOrCountry: null, state: null };
}

function leadingStateCode(suffix: string): string | null {
  const match = /^([A-Z]{2})(?![A-Za-z])/.exec(suffix);
  return match && US_STATE_CODES.has(match[1]) ? match[1] : null;
}
