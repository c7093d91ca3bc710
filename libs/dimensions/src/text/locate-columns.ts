/** Column positions by field name, or the header names that were not found. */
export type ColumnLocation<K extends string> =
  | { readonly ok: true; readonly index: Readonly<Record<K, number>> }
  | { readonly ok: false; readonly missing: readonly string[] };

/**
 * Finds columns by header name (trimmed, case-insensitive) so parsers survive reordered or
 * extra columns instead of trusting fixed positions.
 */
export function locateColumns<K extends string>(header: readonly string[], wanted: Readonly<Record<K, string>>): ColumnLocation<K> {
  const positions = new Map(header.map((name, position) => [name.trim().toLowerCase(), position] as const));
  const index = {} as Record<K, number>;
  const missing: string[] = [];
  for (const key of Object.keys(wanted) as K[]) {
    const position = positions.get(wanted[key].toLowerCase());
    if (position === undefined) missing.push(wanted[key]);
    else index[key] = position;
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, index };
}
