import { type RollupCommitted } from '@i94/avro';

/**
 * The next time the wall clock in `timeZone` reads `hhmm` (e.g. '06:30') strictly after `now`.
 * Computed by stepping whole minutes in the zone, so daylight-saving changes are handled by Intl.
 */
export function nextDailyRun(now: Date, hhmm: string, timeZone: string): Date {
  const [hour, minute] = hhmm.split(':').map(Number);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const start = Math.floor(now.getTime() / 60_000) * 60_000 + 60_000;
  for (let t = start; t < start + 2 * 24 * 3_600_000; t += 60_000) {
    const [h, m] = parts.format(new Date(t)).split(':').map(Number);
    if (h === hour && m === minute) return new Date(t);
  }
  throw new Error(`${hhmm} never occurs in ${timeZone}`);
}

/** The arrival months named by rollup announcements, without repeats. */
export const monthsOf = (announcements: readonly { arrivalMonth: string }[]) => [...new Set(announcements.map((a) => a.arrivalMonth))].sort();

/** The rolled-up files rollup announcements name, with their months: what the compactor merges without listing the manifests. */
export const announcedFiles = (announcements: readonly RollupCommitted[]) =>
  announcements.map((a) => ({
    month: a.arrivalMonth,
    input: { key: a.objectKey, partition: a.partition, startOffset: Number(a.startOffset), endOffset: Number(a.endOffset), rows: Number(a.rows) },
  }));
