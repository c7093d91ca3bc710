import { type ParseResult } from '../parse-result';
import { readSasValueBlock } from './sas-value-block';
import { type PortRecord } from './sas-label.types';
import { splitPortLocation } from './split-port-location';

// The file lists placeholders next to real ports; these labels mark codes that name no usable port.
const INVALID_MARKERS: readonly RegExp[] = [
  /^No PORT Code/i,
  /^Collapsed/i,
  /^UNIDENTIFI?ED AIR \/ SEAPORT/i,
  /^UNKNOWN POE/i,
  /^NOT REPORTED\/UNKNOWN/i,
  /^INVALID\b/i,
];

/** True unless the port label is a placeholder ("No PORT Code", "Collapsed", unknown, invalid). */
export function isValidPortName(name: string): boolean {
  return !INVALID_MARKERS.some((marker) => marker.test(name));
}

/** Parses the `$i94prtl` list (codes of `i94port`) from the SAS labels file content. */
export function parsePorts(content: string): ParseResult<PortRecord> {
  const block = readSasValueBlock(content, 'i94prtl');
  const records = block.records.map((entry): PortRecord => {
    const valid = isValidPortName(entry.label);
    const location = valid ? splitPortLocation(entry.label) : { city: null, stateOrCountry: null, state: null };
    return { code: entry.code, name: entry.label, ...location, valid };
  });
  return { records, skipped: block.skipped };
}
