/** The existing flags followed by the added ones, each once, first occurrence kept. */
export function mergeFlags(existing: readonly string[], added: readonly string[]): string[] {
  return [...new Set([...existing, ...added])];
}
