import { type QualityFlag, type RejectionReason } from '@i94/domain';
import { csvRow, csvRowB, HEADER, jsonRow, jsonRowB } from './sample-rows';

/** One request to the gateway, as the corpus describes it. */
export interface GatewayRequest {
  /** Path segment after /v1/feeds/, sent as written (percent escapes and all). */
  feedDate: string;
  /** Overrides the whole path, sent byte for byte (only with via 'raw'). */
  path?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** The bytes, or a function making them when the request is sent (Parquet is written asynchronously). */
  body: string | Buffer | (() => Promise<Buffer>);
  /**
   * fetch (default); 'raw': written on a socket byte for byte, for header values and paths a
   * client library refuses or normalises; 'chunked': streamed without a Content-Length.
   */
  via?: 'fetch' | 'raw' | 'chunked';
  /** Extra header lines for 'raw', written as is (may hold CR or NUL). */
  rawHeaderLines?: string[];
}

/** The verdict of one line of an accepted request: dead-lettered with `reason`, or accepted with `flag`. */
export type LineVerdict = { line: number; reason: RejectionReason } | { line: number; flag: QualityFlag };

/** A stored value to read back from the raw topic. */
export interface StoredValue {
  cicid: number;
  field: string;
  value: unknown;
}

/** One gateway case: the request, its documented status, each bad line's verdict, and what lands. */
export interface GatewayCase {
  id: string;
  name: string;
  /** What the request holds, in a few words, for the README table. */
  input: string;
  request: GatewayRequest;
  status: number;
  /** For 200: every line that is not a plain good record. */
  verdicts: LineVerdict[];
  /** Every cicid the request carries. */
  sent: number[];
  /** The cicids that must land on the raw topic, once each; the others of `sent` must not. */
  lands: number[];
  /** Values that must be stored exactly (text fields holding injection strings). */
  stored?: StoredValue[];
  /** A response header that must be absent (CRLF cases). */
  absentHeader?: string;
}

export const CSV = 'text/csv';
export const NDJSON = 'application/x-ndjson';
export const FEED_DATE = '2016-04-30';

/**
 * A CSV request: header, a good row (cicid base+1), the `middle` lines, a good row (base+2).
 * The first middle line is line 3. `accepted` are middle cicids that must land too.
 */
export function csvRequest(base: number, middle: string[], accepted: number[] = [], middleCicids: number[] = []) {
  return {
    request: { feedDate: FEED_DATE, contentType: CSV, body: [HEADER, csvRow(base + 1), ...middle, csvRowB(base + 2)].join('\n') + '\n' },
    sent: [base + 1, base + 2, ...middleCicids, ...accepted],
    lands: [base + 1, base + 2, ...accepted],
  };
}

/** An NDJSON request: a good line (base+1), the `middle` lines from line 2, a good line (base+2). */
export function ndjsonRequest(base: number, middle: string[], accepted: number[] = [], middleCicids: number[] = []) {
  return {
    request: { feedDate: FEED_DATE, contentType: NDJSON, body: [jsonRow(base + 1), ...middle, jsonRowB(base + 2)].join('\n') + '\n' },
    sent: [base + 1, base + 2, ...middleCicids, ...accepted],
    lands: [base + 1, base + 2, ...accepted],
  };
}

/** A request refused as a whole: nothing of it may land. */
export function refused(base: number, request: Partial<GatewayRequest> & { body: GatewayRequest['body'] }): Pick<GatewayCase, 'request' | 'sent' | 'lands' | 'verdicts'> {
  return { request: { feedDate: FEED_DATE, contentType: CSV, ...request }, sent: [base + 1, base + 2], lands: [], verdicts: [] };
}

/** A valid CSV body with the two good rows, for cases about everything but the body. */
export const goodCsv = (base: number) => [HEADER, csvRow(base + 1), csvRowB(base + 2)].join('\n') + '\n';
