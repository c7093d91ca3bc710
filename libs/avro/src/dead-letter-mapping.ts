import { isoDateToEpochDays } from './epoch-days';
import { type DeadLetter, type PayloadFormat } from './generated';

/** Why a record is dead-lettered: a validation rejection, or a downstream failure such as DECODE_FAILED. */
export interface DeadLetterReason {
  field: string | null;
  reason: string;
  message: string;
}

/** Where a rejected record came from. */
export interface DeadLetterSource {
  service: string;
  batchId: string | null;
  feedDate: string | null;
  sourceFile: string | null;
  sourceLine: number | null;
  sourceTopic?: string | null;
  sourcePartition?: number | null;
  sourceOffset?: number | null;
}

/**
 * The dead letter for a record refused at validation: the first reason is the record's reason
 * code, the message lists them all, and the original bytes travel with it.
 */
export function toDeadLetter(
  rejections: readonly DeadLetterReason[],
  source: DeadLetterSource,
  payload: { bytes: Buffer; format: PayloadFormat },
  failedAt: number,
  errorClass = 'ValidationError',
): DeadLetter {
  const first = rejections[0];
  return {
    reasonCode: first?.reason ?? 'UNKNOWN',
    field: first?.field ?? null,
    message: rejections.map((r) => (r.field ? `${r.field}: ${r.message}` : r.message)).join('; '),
    errorClass,
    service: source.service,
    batchId: source.batchId,
    feedDate: source.feedDate === null ? null : isoDateToEpochDays(source.feedDate),
    sourceFile: source.sourceFile,
    sourceLine: source.sourceLine,
    sourceTopic: source.sourceTopic ?? null,
    sourcePartition: source.sourcePartition ?? null,
    sourceOffset: source.sourceOffset ?? null,
    attempts: 1,
    failedAt,
    payload: payload.bytes,
    payloadFormat: payload.format,
  };
}
