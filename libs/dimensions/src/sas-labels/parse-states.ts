import { type ParseResult } from '../parse-result';
import { readSasValueBlock } from './sas-value-block';
import { type StateRecord } from './sas-label.types';

/**
 * Parses the `i94addrl` list (codes of `i94addr`) from the SAS labels file content. Codes are
 * upper-cased; '99' ("All Other Codes") is kept because unknown addresses are mapped onto it.
 */
export function parseStates(content: string): ParseResult<StateRecord> {
  const block = readSasValueBlock(content, 'i94addrl');
  const records = block.records.map((entry): StateRecord => ({ code: entry.code.toUpperCase(), name: entry.label }));
  return { records, skipped: block.skipped };
}
