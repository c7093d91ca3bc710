import { type ParseResult, type SkippedLine } from '../parse-result';
import { splitLines, type NumberedLine } from '../text/split-lines';
import { normaliseSpace } from '../text/normalise-space';

/** One `code = 'label'` pair of a SAS `proc format` value list. */
export interface SasValueEntry {
  readonly line: number;
  /** The code as written, unquoted and trimmed ('CP ' becomes 'CP'). */
  readonly code: string;
  /** The label with SAS doubled quotes undone and whitespace collapsed. */
  readonly label: string;
}

const QUOTED = String.raw`'((?:[^']|'')*)'`;
const ENTRY = new RegExp(String.raw`^\s*(?:${QUOTED}|([-+]?\d+))\s*=\s*${QUOTED}\s*(;)?\s*$`);
const BLOCK_START = /^\s*value\s+\$?(\w+)\s*;?\s*$/i;

/**
 * Reads the entries of the SAS value list `name` (for example `i94cntyl` or `$i94prtl`). The list
 * ends at the first `;`, either after the last label or alone on a line. Lines inside the list
 * that are not `code = 'label'` go to `skipped`; a list that is absent yields no records and one
 * skipped entry at line 0, so callers can tell "empty" from "missing". A repeated code keeps its
 * first label; the repeat is reported.
 */
export function readSasValueBlock(content: string, name: string): ParseResult<SasValueEntry> {
  const lines = splitLines(content);
  const start = lines.findIndex((l) => BLOCK_START.exec(l.text)?.[1].toLowerCase() === name.toLowerCase());
  if (start < 0) return { records: [], skipped: [{ line: 0, reason: `value list ${name} not found` }] };
  const records = new Map<string, SasValueEntry>();
  const skipped: SkippedLine[] = [];
  for (const numbered of lines.slice(start + 1)) {
    const outcome = readEntryLine(numbered);
    if (outcome.kind === 'bad') skipped.push({ line: numbered.line, reason: outcome.reason });
    if (outcome.kind === 'entry' && records.has(outcome.entry.code)) {
      skipped.push({ line: numbered.line, reason: `duplicate code ${outcome.entry.code}` });
    } else if (outcome.kind === 'entry') {
      records.set(outcome.entry.code, outcome.entry);
    }
    if (outcome.ends) break;
  }
  return { records: [...records.values()], skipped };
}

type LineOutcome =
  | { readonly kind: 'entry'; readonly entry: SasValueEntry; readonly ends: boolean }
  | { readonly kind: 'blank'; readonly ends: boolean }
  | { readonly kind: 'bad'; readonly reason: string; readonly ends: boolean };

function readEntryLine({ line, text }: NumberedLine): LineOutcome {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === ';') return { kind: 'blank', ends: trimmed === ';' };
  const match = ENTRY.exec(text);
  if (!match) return { kind: 'bad', reason: `not a code = 'label' line: ${trimmed}`, ends: trimmed.endsWith(';') };
  const code = (match[1] ?? match[2]).replace(/''/g, "'").trim();
  const label = normaliseSpace(match[3].replace(/''/g, "'"));
  if (code === '') return { kind: 'bad', reason: 'empty code', ends: match[4] === ';' };
  return { kind: 'entry', entry: { line, code, label }, ends: match[4] === ';' };
}
