import { epochDaysToIsoDate } from '@i94/avro';
import { textTable } from '../cli/text-table';
import { type DeadLetterCount } from './dead-letter-counts';
import { payloadText, payloadValues } from './dead-letter-payload';
import { type DeadLetterEntry, dlqPosition } from './read-dead-letters';
import { DLQ_POSITION_FIELD } from './replay-plan';
import { type ReplayReport } from './run-replay';

/** Per reason: dead letters, how many a replay already replaced, how many are left. */
export interface ReasonReplayState {
  reason: string;
  deadLetters: number;
  replayed: number;
  pending: number;
}

/** `dlq list` as tables. */
export function renderDlqList(groups: readonly DeadLetterCount[], reasons: readonly ReasonReplayState[]): string {
  if (groups.length === 0) return 'the DLQ is empty\n';
  return [
    textTable(['reason', 'service', 'field', 'count'], groups.map((g) => [g.reason, g.service, g.field, g.count])),
    '',
    textTable(['reason', 'dead letters', 'replayed', 'pending'], reasons.map((r) => [r.reason, r.deadLetters, r.replayed, r.pending])),
    '',
  ].join('\n');
}

/** One dead letter for reading: where it came from, why, and its original record. */
export function renderDeadLetter(e: DeadLetterEntry, replayed: boolean): string {
  const l = e.letter;
  const values = payloadValues(l);
  const lines = [
    `dlq ${dlqPosition(e)}  ${l.reasonCode}${l.field ? ` (${l.field})` : ''}  from ${l.service}  at ${new Date(l.failedAt).toISOString()}${replayed ? '  [replayed]' : ''}`,
    `  ${l.message}`,
    `  batch ${l.batchId ?? '-'}  feed ${l.feedDate === null ? '-' : epochDaysToIsoDate(l.feedDate)}  source ${l.sourceFile ?? l.sourceTopic ?? '-'}:${l.sourceLine ?? l.sourceOffset ?? '-'}`,
    `  ${l.payloadFormat === 'AVRO' ? `${l.payloadFormat} ${Buffer.from(l.payload).toString('hex').slice(0, 160)}` : `${l.payloadFormat} ${payloadText(l)}`}`,
  ];
  if (values.ok && l.payloadFormat === 'CSV') lines.push(`  read as ${JSON.stringify(values.values)}`);
  return `${lines.join('\n')}\n`;
}

/** A dead letter as a line of a corrected file: its values plus the DLQ position it replaces; null when unreadable. */
export function deadLetterNdjson(e: DeadLetterEntry): string | null {
  const values = payloadValues(e.letter);
  return values.ok ? `${JSON.stringify({ ...values.values, [DLQ_POSITION_FIELD]: dlqPosition(e) })}\n` : null;
}

/** `dlq replay`'s outcome. */
export function renderReplay(r: ReplayReport): string {
  const lines = [
    `replayed ${r.replayed} record(s) of ${r.reason} (${r.mode === 'fixed' ? 'corrected file' : 'as they were'}) in ${r.batchIds.length} batch(es)${r.batchIds.length ? `: ${r.batchIds.join(', ')}` : ''}`,
    `dead letters of ${r.reason}: ${r.deadLetters}, not replayed before: ${r.pendingBefore}, skipped as already replayed: ${r.alreadyReplayed}`,
  ];
  if (r.ledgerKey) lines.push(`recorded in s3 ${r.ledgerKey}`);
  if (r.invalid.length) {
    lines.push(`not sent (${new Set(r.invalid.map((i) => i.source)).size} record(s)):`);
    lines.push(textTable(['source', 'reason', 'field', 'message'], r.invalid.map((i) => [i.source, i.reason, i.field, i.message])).replace(/^/gm, '  '));
  }
  return `${lines.join('\n')}\n`;
}
