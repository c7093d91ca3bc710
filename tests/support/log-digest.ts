import { existsSync, readFileSync } from 'node:fs';

const SERIOUS = new Set(['warn', 'error', 'fatal', 40, 50, 60]);

/**
 * The warnings and errors of one service's JSON log (pino's numeric levels and the kafkajs lines'
 * named ones), one line per distinct message with how often it came and the last detail seen:
 * what a failed scenario prints so the cause reaches the CI output, not only the log directory.
 */
export function warningDigest(logText: string, limit = 12): string[] {
  const seen = new Map<string, { count: number; last: string; time: string }>();
  for (const line of logText.split('\n')) {
    if (!line.startsWith('{')) continue;
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (!SERIOUS.has(entry.level as string | number)) continue;
    const message = String(entry.msg ?? '').slice(0, 160);
    const detail = [entry.err, entry.reason, entry.error].filter((d) => d !== undefined).map((d) => (typeof d === 'string' ? d : JSON.stringify(d))).join('; ').slice(0, 240);
    const time = String(entry.time ?? entry.timestamp ?? '').slice(11, 23);
    const known = seen.get(message);
    seen.set(message, { count: (known?.count ?? 0) + 1, last: detail, time });
  }
  return [...seen]
    .sort(([, a], [, b]) => b.time.localeCompare(a.time))
    .slice(0, limit)
    .map(([message, { count, last, time }]) => `${count}× "${message}" (last ${time}${last ? `: ${last}` : ''})`);
}

/** `warningDigest` of a log file, or a note that it is missing. */
export function warningDigestOfFile(path: string, limit?: number): string[] {
  return existsSync(path) ? warningDigest(readFileSync(path, 'utf8'), limit) : [`no log at ${path}`];
}
