/** Strings that would do harm if any stage interpreted a text field instead of storing it. */
export const INJECTIONS = {
  sql: "'; DROP TABLE arrivals_by_id; --",
  cql: "x' ALLOW FILTERING; TRUNCATE i94.arrivals_by_id; //",
  shell: '$(touch /tmp/i94-pwned) `id` ; rm -rf / | cat /etc/passwd',
  html: '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>',
  crlf: 'ok\r\nX-Injected: 1\r\n\r\n<html>',
  nul: 'a\u0000b\u0000c',
  // right-to-left override, zero-width space, astral and combining characters: ~40,000 UTF-16 units
  unicode: `\u202Eevil\u200B${'ꙮ𝔘𝔫𝔦😀e\u0301'.repeat(4000)}`,
} as const;

export type InjectionName = keyof typeof INJECTIONS;

/** Injection strings a CSV cell can carry on one line (line breaks split a CSV record by design). */
export const ONE_LINE_INJECTIONS = (Object.keys(INJECTIONS) as InjectionName[]).filter((name) => !/[\r\n]/.test(INJECTIONS[name]));
