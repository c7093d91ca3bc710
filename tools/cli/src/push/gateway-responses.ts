import { z } from 'zod';

const rejectionSchema = z.object({
  line: z.number().int(),
  field: z.string().nullable().optional(),
  reason: z.string(),
  message: z.string(),
});

/** 200 answer to POST /v1/feeds/{feedDate}/records. */
export const batchAckSchema = z.object({
  batchId: z.string(),
  feedDate: z.string(),
  accepted: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  rejections: z.array(rejectionSchema).default([]),
});
/** The gateway's receipt for one batch. */
export type BatchAck = z.infer<typeof batchAckSchema>;

/** 200 answer to POST /v1/feeds/{feedDate}/complete. */
export const feedCompletionSchema = z.object({
  feedDate: z.string(),
  expectedCount: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  countsAgree: z.boolean(),
});
/** The gateway's verdict on a completed feed. */
export type FeedCompletion = z.infer<typeof feedCompletionSchema>;

const errorBodySchema = z.object({ statusCode: z.number().optional(), error: z.string().optional(), message: z.union([z.string(), z.array(z.string())]).optional() });

/** A readable one-line description of an error answer ({statusCode, error, message} or anything else). */
export function describeErrorBody(status: number, body: unknown): string {
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success && (parsed.data.error || parsed.data.message)) {
    const message = Array.isArray(parsed.data.message) ? parsed.data.message.join('; ') : parsed.data.message;
    return [`HTTP ${status}`, parsed.data.error, message].filter(Boolean).join(': ');
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return `HTTP ${status}${text ? `: ${text.slice(0, 200)}` : ''}`;
}
