import { type ParseResult, type SkippedLine } from '../parse-result';
import { parseIntCode } from './parse-int-code';
import { readSasValueBlock } from './sas-value-block';
import { type CountryRecord } from './sas-label.types';

const INVALID_MARKERS: readonly RegExp[] = [/^INVALID\s*:/i, /^No Country Code/i, /Collapsed/i, /should not show/i];

/** True unless the label says the code must not be used (the file keeps such codes on purpose). */
export function isValidCountryName(name: string): boolean {
  return !INVALID_MARKERS.some((marker) => marker.test(name));
}

/** Parses the `i94cntyl` list (codes of `i94cit` and `i94res`) from the SAS labels file content. */
export function parseCountries(content: string): ParseResult<CountryRecord> {
  const block = readSasValueBlock(content, 'i94cntyl');
  const records: CountryRecord[] = [];
  const skipped: SkippedLine[] = [...block.skipped];
  for (const entry of block.records) {
    const code = parseIntCode(entry.code);
    if (code === null) skipped.push({ line: entry.line, reason: `country code is not an integer: ${entry.code}` });
    else records.push({ code, name: entry.label, valid: isValidCountryName(entry.label) });
  }
  return { records, skipped };
}
