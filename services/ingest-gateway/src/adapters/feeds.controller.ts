import { BadRequestException, Body, Controller, Headers, HttpCode, Param, Post, Req, UnsupportedMediaTypeException, UseGuards } from '@nestjs/common';
import { type Request } from 'express';
import { ApiKeyGuard, RateLimitGuard, RequireRoles } from '@i94/auth';
import { FeedCompletionService } from '../feed-completion.service';
import { FeedIngestService } from '../feed-ingest.service';
import { IngestObserver } from '../ingest-observer';
import { decodedBody } from '../http/decode-body';
import { checkDeclaredLength, parseCharset, parseContentEncoding, parseFeedDate, parseFeedFormat, parseIdempotencyKey, parseLineOffset, parseSourceFile } from '../http/request-parsing';
import { MaxBodyBytes } from './max-body-bytes';

// The end-of-feed marker carries the count as an Avro long, which avsc holds exactly up to 2^52;
// no daily feed comes near it (a month of I94 is about 3 million records).
export const MAX_EXPECTED_COUNT = 2 ** 52;

/** Producers push a day's records, then declare the feed complete. */
@Controller('v1/feeds')
@UseGuards(ApiKeyGuard, RateLimitGuard)
export class FeedsController {
  constructor(
    private readonly ingest: FeedIngestService,
    private readonly completion: FeedCompletionService,
    private readonly maxBodyBytes: MaxBodyBytes,
    private readonly observer: IngestObserver,
  ) {}

  /** A CSV, NDJSON, Parquet or SAS7BDAT body, streamed (gzip, deflate or br decoded): 200 once every accepted record is durable in Kafka. */
  @Post(':feedDate/records')
  @RequireRoles('producer')
  @HttpCode(200)
  push(@Param('feedDate') feedDate: string, @Req() req: Request, @Headers() headers: Record<string, string | undefined>) {
    return this.observer.push(async () => {
      checkDeclaredLength(headers['content-length'], this.maxBodyBytes.value);
      return this.ingest.ingest({
        feedDate: parseFeedDate(feedDate),
        format: parseFeedFormat(headers['content-type']),
        charset: parseCharset(headers['content-type']),
        sourceFile: parseSourceFile(headers['x-source-file']),
        lineOffset: parseLineOffset(headers['x-source-line-offset']),
        idempotencyKey: parseIdempotencyKey(headers['idempotency-key']),
        body: decodedBody(req, parseContentEncoding(headers['content-encoding']), this.maxBodyBytes.value),
      });
    });
  }

  /** End of a daily feed: `{ "expectedCount": N }`. */
  @Post(':feedDate/complete')
  @RequireRoles('producer')
  @HttpCode(200)
  async complete(@Param('feedDate') feedDate: string, @Body() body: unknown, @Headers('content-type') contentType: string | undefined) {
    if (!/^application\/json\s*(;|$)/i.test(contentType ?? '')) throw new UnsupportedMediaTypeException('Content-Type must be application/json');
    const expected = (body as { expectedCount?: unknown } | undefined)?.expectedCount;
    if (!Number.isSafeInteger(expected) || (expected as number) < 0 || (expected as number) > MAX_EXPECTED_COUNT) {
      throw new BadRequestException(`body must be JSON {"expectedCount": <whole number up to ${MAX_EXPECTED_COUNT}>}`);
    }
    return this.observer.completed(await this.completion.complete(parseFeedDate(feedDate), expected as number));
  }
}
