import { type I94RawRecord, type IngestMetadata } from '@i94/domain';
import { isoDateToEpochDays } from './epoch-days';
import { type RawArrival } from './generated';

/** The Avro value of an accepted record on i94.arrivals.raw.v1. */
export function toRawArrival(record: I94RawRecord, meta: IngestMetadata, ingestedAt: number): RawArrival {
  return {
    ...record,
    batchId: meta.batchId,
    feedDate: isoDateToEpochDays(meta.feedDate),
    sourceFile: meta.sourceFile,
    sourceLine: meta.sourceLine,
    ingestedAt,
    qualityFlags: meta.qualityFlags,
  };
}
