import { type ParseResult, type SkippedLine } from '../parse-result';
import { parseIntCode } from './parse-int-code';
import { readSasValueBlock } from './sas-value-block';
import { type ModeRecord } from './sas-label.types';

/** Parses the `i94model` list (codes of `i94mode`) from the SAS labels file content. */
export function parseModes(content: string): ParseResult<ModeRecord> {
  const block = readSasValueBlock(content, 'i94model');
  const records: ModeRecord[] = [];
  const skipped: SkippedLine[] = [...block.skipped];
  for (const entry of block.records) {
    const code = parseIntCode(entry.code);
    if (code === null) skipped.push({ line: entry.line, reason: `mode code is not an integer: ${entry.code}` });
    else records.push({ code, name: entry.label });
  }
  return { records, skipped };
}
