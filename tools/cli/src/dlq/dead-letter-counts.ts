/** What a dead letter is counted by. */
export interface DeadLetterFacts {
  reasonCode: string;
  service: string;
  field: string | null;
}

/** How many dead letters share a reason, service and field. */
export interface DeadLetterCount {
  reason: string;
  service: string;
  field: string | null;
  count: number;
}

/** Dead letters counted by reason, service and field, the largest groups first. */
export function countDeadLetters(letters: Iterable<DeadLetterFacts>): DeadLetterCount[] {
  const counts = new Map<string, DeadLetterCount>();
  for (const l of letters) {
    const key = JSON.stringify([l.reasonCode, l.service, l.field]);
    const entry = counts.get(key) ?? { reason: l.reasonCode, service: l.service, field: l.field, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason) || a.service.localeCompare(b.service) || (a.field ?? '').localeCompare(b.field ?? ''));
}

/** Totals per reason code, the largest first. */
export function countByReason(counts: readonly DeadLetterCount[]): { reason: string; count: number }[] {
  const byReason = new Map<string, number>();
  for (const c of counts) byReason.set(c.reason, (byReason.get(c.reason) ?? 0) + c.count);
  return [...byReason].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
