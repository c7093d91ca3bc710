import { epochDaysToIsoDate } from '@i94/avro';
import { isValidSasDay, type ReaderRow, sasDayToIsoDate, validateRecord } from '@i94/domain';
import { payloadValues } from './dead-letter-payload';
import { type DeadLetterEntry, dlqPosition } from './read-dead-letters';

/** The field a corrected file carries to say which dead letter a row replaces (written by `dlq show --ndjson`). */
export const DLQ_POSITION_FIELD = '_dlq';

/** A record offered for replay. */
export interface ReplayCandidate {
  /** The DLQ position ("partition:offset") it replaces; null for a corrected row that names none. */
  position: string | null;
  /** Where it came from, for the report: "dlq 1:42" or "fix.ndjson line 3". */
  source: string;
  values: Record<string, unknown>;
  /** The feed the dead letter was rejected from (its records go back into the same feed date). */
  feedDate: string | null;
}

/** A record not sent, and why. */
export interface NotReplayed {
  source: string;
  position: string | null;
  reason: string;
  field: string | null;
  message: string;
}

/** What a replay sends, per feed date, and what it leaves out. */
export interface ReplayPlan {
  byFeedDate: Map<string, ReplayCandidate[]>;
  /** Dead letters an earlier replay already replaced (sent again only with `again`). */
  alreadyReplayed: ReplayCandidate[];
  /** Records that still fail the gateway's validation, or cannot be read back. */
  invalid: NotReplayed[];
}

const feedDateOf = (e: DeadLetterEntry) => (e.letter.feedDate === null ? null : epochDaysToIsoDate(e.letter.feedDate));

/** Every dead letter as a candidate (`--all`); those whose payload cannot be read back are reported instead. */
export function candidatesFromLetters(entries: readonly DeadLetterEntry[], csvHeader?: readonly string[]): { candidates: ReplayCandidate[]; unreadable: NotReplayed[] } {
  const candidates: ReplayCandidate[] = [];
  const unreadable: NotReplayed[] = [];
  for (const e of entries) {
    const position = dlqPosition(e);
    const read = payloadValues(e.letter, csvHeader);
    if (read.ok) candidates.push({ position, source: `dlq ${position}`, values: read.values, feedDate: feedDateOf(e) });
    else unreadable.push({ source: `dlq ${position}`, position, reason: 'NOT_REPLAYABLE', field: null, message: read.why });
  }
  return { candidates, unreadable };
}

/**
 * The rows of a corrected file as candidates (`--fixed`). A row naming a dead letter of the
 * reason in `_dlq` takes that letter's feed date; rows the reader refused are reported.
 */
export function candidatesFromRows(rows: readonly ReaderRow<Readonly<Record<string, unknown>>>[], file: string, letters: readonly DeadLetterEntry[]): { candidates: ReplayCandidate[]; unreadable: NotReplayed[] } {
  const byPosition = new Map(letters.map((e) => [dlqPosition(e), e]));
  const candidates: ReplayCandidate[] = [];
  const unreadable: NotReplayed[] = [];
  for (const row of rows) {
    const source = `${file} line ${row.line}`;
    if (row.error) {
      unreadable.push({ source, position: null, reason: row.error.reason, field: null, message: row.error.message });
      continue;
    }
    const { [DLQ_POSITION_FIELD]: named, ...values } = row.values;
    const position = typeof named === 'string' && named.trim() !== '' ? named.trim() : null;
    const letter = position === null ? undefined : byPosition.get(position);
    if (position !== null && !letter) {
      unreadable.push({ source, position, reason: 'UNKNOWN_DLQ_POSITION', field: DLQ_POSITION_FIELD, message: `no dead letter of this reason at ${position}` });
      continue;
    }
    candidates.push({ position, source, values, feedDate: letter ? feedDateOf(letter) : null });
  }
  return { candidates, unreadable };
}

/**
 * Splits candidates into what to send, grouped by feed date, and what not to: already replayed
 * (unless `again`), or refused by the same validation the gateway runs. Code lists only add
 * quality flags there, never a refusal, so validating without them gives the gateway's verdict.
 * The feed date is `feedDate` when given, else the dead letter's, else the record's arrival date.
 */
export function planReplay(candidates: readonly ReplayCandidate[], replayed: ReadonlySet<string>, options: { again?: boolean; feedDate?: string } = {}): ReplayPlan {
  const plan: ReplayPlan = { byFeedDate: new Map(), alreadyReplayed: [], invalid: [] };
  for (const c of candidates) {
    if (c.position !== null && replayed.has(c.position) && !options.again) {
      plan.alreadyReplayed.push(c);
      continue;
    }
    const outcome = validateRecord(c.values);
    if (!outcome.ok) {
      for (const r of outcome.rejections) plan.invalid.push({ source: c.source, position: c.position, reason: r.reason, field: r.field, message: r.message });
      continue;
    }
    const arrdate = outcome.record.arrdate;
    const feedDate = options.feedDate ?? c.feedDate ?? (arrdate !== null && isValidSasDay(arrdate) ? sasDayToIsoDate(arrdate) : null);
    if (feedDate === null) {
      plan.invalid.push({ source: c.source, position: c.position, reason: 'NO_FEED_DATE', field: null, message: 'no feed date: pass --feed-date' });
      continue;
    }
    plan.byFeedDate.set(feedDate, [...(plan.byFeedDate.get(feedDate) ?? []), c]);
  }
  return plan;
}

/** An NDJSON body of the candidates' values (the `_dlq` field already removed). */
export const ndjsonBody = (candidates: readonly ReplayCandidate[]): string => candidates.map((c) => `${JSON.stringify(c.values)}\n`).join('');
