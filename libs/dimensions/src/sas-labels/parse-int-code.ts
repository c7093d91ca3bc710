/** Reads an integer code such as '209' or ' 0'; anything else (including '5.5') is null. */
export function parseIntCode(code: string): number | null {
  const trimmed = code.trim();
  return /^[-+]?\d+$/.test(trimmed) ? Number(trimmed) : null;
}
