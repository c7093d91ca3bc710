/** Trims and collapses runs of whitespace (tabs, doubled spaces) to a single space. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
