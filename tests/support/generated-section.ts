import { readFileSync, writeFileSync } from 'node:fs';

/**
 * A markdown file's generated section between two marker lines: what the file holds now, and what
 * it should hold with `content` there. With `update`, the file is rewritten to the latter.
 */
export function generatedSection(path: string, start: string, end: string, content: string, update: boolean): { current: string; expected: string } {
  const current = readFileSync(path, 'utf8');
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${path} has no section between "${start}" and "${end}"`);
  const expected = `${current.slice(0, from)}${start}\n${content}\n${end}${current.slice(to + end.length)}`;
  if (update) writeFileSync(path, expected);
  return { current, expected };
}
