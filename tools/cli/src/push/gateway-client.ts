import { randomUUID } from 'node:crypto';
import { setTimeout as sleepFor } from 'node:timers/promises';
import { type ZodType, type ZodTypeDef } from 'zod';
import { type Batch, lineOffset, sourceFileHeader } from './batch';
import { type BatchAck, type FeedCompletion, batchAckSchema, describeErrorBody, feedCompletionSchema } from './gateway-responses';
import { type HttpRequest, attemptRequest } from './http-attempt';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, decideRetry } from './retry-policy';

/** How to reach the gateway and how hard to try. */
export interface GatewayOptions {
  baseUrl: string;
  apiKey: string;
  policy?: RetryPolicy;
  /** Per attempt; an answer only comes once every accepted record is durable in Kafka. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** The outcome of a call after retries. `status` is null when the gateway never answered. */
export type CallResult<T> = { ok: true; value: T; attempts: number } | { ok: false; error: string; status: number | null; attempts: number };

/** A records batch's outcome, with whether line numbers were offset by the gateway. */
export type PostResult = CallResult<BatchAck> & { offsetSent: boolean };

const DEFAULT_TIMEOUT_MS = 120_000;

/** Client of the ingest gateway's feed API, with bounded retries of retryable failures. */
export class GatewayClient {
  private readonly policy: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: GatewayOptions) {
    this.policy = options.policy ?? DEFAULT_RETRY_POLICY;
    this.sleep = options.sleep ?? ((ms) => sleepFor(ms));
  }

  /**
   * POST one batch of records; resolves once the gateway acknowledged it or retries ran out. Every
   * attempt carries the same Idempotency-Key: an attempt that committed but whose answer was lost
   * (the broker or the connection went away after the commit) is answered, on the resend, from
   * what it wrote, and nothing is written twice.
   */
  async postRecords(batch: Batch): Promise<PostResult> {
    const offset = lineOffset(batch);
    const headers: Record<string, string> = { 'content-type': batch.contentType, 'x-source-file': sourceFileHeader(batch), 'idempotency-key': randomUUID() };
    if (offset !== null) headers['x-source-line-offset'] = String(offset);
    const result = await this.call(`/v1/feeds/${batch.feedDate}/records`, headers, batch.body, batchAckSchema);
    return { ...result, offsetSent: offset !== null };
  }

  /** Declare a feed complete with the number of records sent for it. */
  completeFeed(feedDate: string, expectedCount: number): Promise<CallResult<FeedCompletion>> {
    return this.call(`/v1/feeds/${feedDate}/complete`, { 'content-type': 'application/json' }, JSON.stringify({ expectedCount }), feedCompletionSchema);
  }

  private async call<T>(path: string, headers: Record<string, string>, body: string | Uint8Array, schema: ZodType<T, ZodTypeDef, unknown>): Promise<CallResult<T>> {
    const request: HttpRequest = { url: `${this.options.baseUrl}${path}`, method: 'POST', headers: { ...headers, 'x-api-key': this.options.apiKey }, body };
    for (let attempt = 1; ; attempt++) {
      const result = await attemptRequest(request, this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      if (result.kind === 'response' && result.status >= 200 && result.status < 300) {
        const parsed = schema.safeParse(result.body);
        if (parsed.success) return { ok: true, value: parsed.data, attempts: attempt };
        return { ok: false, error: `HTTP ${result.status} with an unexpected body: ${parsed.error.issues[0]?.message ?? 'invalid'}`, status: result.status, attempts: attempt };
      }
      const failure = result.kind === 'network' ? ({ kind: 'network' } as const) : ({ kind: 'status', status: result.status, retryAfterMs: result.retryAfterMs } as const);
      const decision = decideRetry(failure, attempt, this.policy, this.options.random);
      if (!decision.retry) {
        const error = result.kind === 'network' ? result.message : describeErrorBody(result.status, result.body);
        return { ok: false, error, status: result.kind === 'network' ? null : result.status, attempts: attempt };
      }
      await this.sleep(decision.delayMs);
    }
  }
}
