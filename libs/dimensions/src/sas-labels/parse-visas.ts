import { type ParseResult, type SkippedLine } from '../parse-result';
import { splitLines } from '../text/split-lines';
import { type VisaRecord } from './sas-label.types';

/** Visa categories plus where they came from: the labels file, or the documented defaults. */
export interface VisaParseResult extends ParseResult<VisaRecord> {
  readonly source: 'file' | 'default';
}

/** The three categories the I94 documentation gives, used when the file has no I94VISA note. */
export const DEFAULT_VISAS: readonly VisaRecord[] = [
  { code: 1, name: 'Business' },
  { code: 2, name: 'Pleasure' },
  { code: 3, name: 'Student' },
];

const ENTRY = /^\s*(\d+)\s*=\s*(.*?)\s*(\*\/)?\s*$/;

/**
 * Reads visa categories from the `I94VISA` comment block (the SAS file documents them in a
 * comment, not a value list); falls back to `DEFAULT_VISAS` when the block or its entries are absent.
 */
export function parseVisas(content: string): VisaParseResult {
  const lines = splitLines(content);
  const start = lines.findIndex((l) => /\/\*\s*I94VISA\b/i.test(l.text));
  const records: VisaRecord[] = [];
  const skipped: SkippedLine[] = [];
  const body = start < 0 || lines[start].text.includes('*/') ? [] : lines.slice(start + 1);
  for (const { line, text } of body) {
    const match = ENTRY.exec(text);
    if (match && match[2] !== '') records.push({ code: Number(match[1]), name: match[2] });
    else if (text.trim() !== '' && !text.includes('*/')) skipped.push({ line, reason: `not a code = name line: ${text.trim()}` });
    if (text.includes('*/')) break;
  }
  return records.length > 0 ? { records, skipped, source: 'file' } : { records: DEFAULT_VISAS, skipped, source: 'default' };
}
