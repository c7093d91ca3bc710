import { BadRequestException, Body, Controller, Headers, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { type Request } from 'express';
import { ApiKeyGuard, RateLimitGuard, RequireRoles } from '@i94/auth';
import { FeedCompletionService } from '../feed-completion.service';
import { FeedIngestService } from '../feed-ingest.service';
import { IngestObserver } from '../ingest-observer';
import { limitBody } from '../http/limit-body';
import { checkDeclaredLength, parseFeedDate, parseFeedFormat, parseLineOffset, parseSourceFile } from '../http/request-parsing';
import { MaxBodyBytes } from './max-body-bytes';

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

  /** A CSV or NDJSON body, streamed: 200 once every accepted record is durable in Kafka. */
  @Post(':feedDate/records')
  @RequireRoles('producer')
  @HttpCode(200)
  push(@Param('feedDate') feedDate: string, @Req() req: Request, @Headers() headers: Record<string, string | undefined>) {
    return this.observer.push(async () => {
      checkDeclaredLength(headers['content-length'], this.maxBodyBytes.value);
      return this.ingest.ingest({
        feedDate: parseFeedDate(feedDate),
        format: parseFeedFormat(headers['content-type']),
        sourceFile: parseSourceFile(headers['x-source-file']),
        lineOffset: parseLineOffset(headers['x-source-line-offset']),
        body: limitBody(req, this.maxBodyBytes.value),
      });
    });
  }

  /** End of a daily feed: `{ "expectedCount": N }`. */
  @Post(':feedDate/complete')
  @RequireRoles('producer')
  @HttpCode(200)
  async complete(@Param('feedDate') feedDate: string, @Body() body: unknown) {
    const expected = (body as { expectedCount?: unknown } | undefined)?.expectedCount;
    if (!Number.isSafeInteger(expected) || (expected as number) < 0) throw new BadRequestException('body must be JSON {"expectedCount": <whole number>}');
    return this.observer.completed(await this.completion.complete(parseFeedDate(feedDate), expected as number));
  }
}
