/** The result of reading an optional number: a value, an explicit absence, or an error. */
export type OptionalNumber = { readonly ok: true; readonly value: number | null } | { readonly ok: false };

/**
 * Reads a decimal number that may be missing: empty or blank text is `null`, anything that is
 * not a finite number is an error (so '12abc' is not silently read as 12).
 */
export function parseOptionalNumber(text: string): OptionalNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return { ok: false };
  return { ok: true, value: Number(trimmed) };
}
