import { ConflictException, Controller, Get, Inject, NotFoundException, Param, Query, Req, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { type Request } from 'express';
import { ApiKeyGuard, RateLimitGuard, type Caller, RequireRoles } from '@i94/auth';
import { ArrivalRepository } from '@i94/cassandra';
import { CONFIG, type QueryApiConfig } from '../config';
import { asCursorError } from '../http/cursor-error';
import { parseArrivalMonth, parseCicid, parseCursor, parseDate, parseLimit, parseState, refuseCicidWithStateDate } from '../http/query-params';
import { maskArrival } from '../masking';

type CallerRequest = Request & { caller: Caller };

const monthOf = (a: Record<string, unknown>) => `${String(a.i94yr)}-${String(a.i94mon).padStart(2, '0')}`;

/**
 * Single arrivals; admnum, insnum and fltno are masked for readers. An arrival is identified by
 * its file month and cicid (cicid repeats across monthly files), so `/v1/arrivals/{yyyy-mm}/{cicid}`
 * is the one-arrival path; `/v1/arrivals/{cicid}` stays as an alias that answers only when the
 * cicid is in one month.
 */
@ApiTags('arrivals')
@ApiSecurity('apiKey')
@Controller('v1/arrivals')
@UseGuards(ApiKeyGuard, RateLimitGuard)
export class ArrivalsController {
  constructor(
    @Inject(ArrivalRepository) private readonly arrivals: ArrivalRepository,
    @Inject(CONFIG) private readonly config: QueryApiConfig,
  ) {}

  @Get(':month/:cicid')
  @RequireRoles('reader')
  @ApiOperation({ summary: 'One arrival by its file month (YYYY-MM, from i94yr/i94mon) and cicid, as received (personal fields masked for readers)' })
  async byKey(@Param('month') month: string, @Param('cicid') cicid: string, @Req() req: CallerRequest) {
    const arrival = await this.arrivals.byKey({ ...parseArrivalMonth(month), cicid: parseCicid(cicid) });
    if (!arrival) throw new NotFoundException(`no arrival with cicid ${cicid} in ${month}`);
    return maskArrival(arrival, req.caller.role);
  }

  @Get(':cicid')
  @RequireRoles('reader')
  @ApiOperation({
    summary: 'Alias: the arrival with this cicid when exactly one month has it; 409 naming the months when several do (use /v1/arrivals/{month}/{cicid})',
  })
  async byCicid(@Param('cicid') cicid: string, @Req() req: CallerRequest) {
    const found = await this.arrivals.byCicid(parseCicid(cicid));
    if (found.length === 0) throw new NotFoundException(`no arrival with cicid ${cicid}`);
    if (found.length > 1) {
      const paths = found.map((a) => `/v1/arrivals/${monthOf(a)}/${cicid}`);
      throw new ConflictException(`cicid ${cicid} is in ${found.length} monthly files; ask for one: ${paths.join(', ')} (or all: /v1/arrivals?cicid=${cicid})`);
    }
    return maskArrival(found[0], req.caller.role);
  }

  @Get()
  @RequireRoles('reader')
  @ApiOperation({ summary: "Every month's arrival with `cicid`; or a state's arrivals on a date, paged by cicid (pass `next` back as `cursor`)" })
  @ApiQuery({ name: 'cicid', required: false, example: '4084316' })
  @ApiQuery({ name: 'state', required: false, example: 'NY' })
  @ApiQuery({ name: 'date', required: false, example: '2016-04-22' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  async list(
    @Req() req: CallerRequest,
    @Query('cicid') cicid?: string,
    @Query('state') state?: string,
    @Query('date') date?: string,
    @Query('limit') limit?: string,
    @Query('cursor') cursor?: string,
  ) {
    const mask = (a: Record<string, unknown>) => maskArrival(a, req.caller.role);
    if (cicid !== undefined) {
      refuseCicidWithStateDate(state, date);
      return { items: (await this.arrivals.byCicid(parseCicid(cicid))).map(mask), next: null };
    }
    const page = await this.arrivals.byStateAndDate(parseState(state), parseDate(date), parseLimit(limit, this.config.MAX_PAGE_SIZE), parseCursor(cursor)).catch((error: unknown) => {
      throw asCursorError(error, cursor);
    });
    return { items: page.items.map(mask), next: page.next };
  }
}
