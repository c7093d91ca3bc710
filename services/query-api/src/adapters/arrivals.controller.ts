import { Controller, Get, Inject, NotFoundException, Param, Query, Req, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { type Request } from 'express';
import { ApiKeyGuard, RateLimitGuard, type Caller, RequireRoles } from '@i94/auth';
import { ArrivalRepository } from '@i94/cassandra';
import { CONFIG, type QueryApiConfig } from '../config';
import { parseCicid, parseCursor, parseDate, parseLimit, parseState } from '../http/query-params';
import { maskArrival } from '../masking';

type CallerRequest = Request & { caller: Caller };

/** Single arrivals; admnum, insnum and fltno are masked for readers. */
@ApiTags('arrivals')
@ApiSecurity('apiKey')
@Controller('v1/arrivals')
@UseGuards(ApiKeyGuard, RateLimitGuard)
export class ArrivalsController {
  constructor(
    @Inject(ArrivalRepository) private readonly arrivals: ArrivalRepository,
    @Inject(CONFIG) private readonly config: QueryApiConfig,
  ) {}

  @Get(':cicid')
  @RequireRoles('reader')
  @ApiOperation({ summary: 'One arrival by cicid, as received (personal fields masked for readers)' })
  async byId(@Param('cicid') cicid: string, @Req() req: CallerRequest) {
    const arrival = await this.arrivals.byId(parseCicid(cicid));
    if (!arrival) throw new NotFoundException(`no arrival with cicid ${cicid}`);
    return maskArrival(arrival, req.caller.role);
  }

  @Get()
  @RequireRoles('reader')
  @ApiOperation({ summary: "A state's arrivals on a date, paged by cicid; pass `next` back as `cursor`" })
  @ApiQuery({ name: 'state', example: 'NY' })
  @ApiQuery({ name: 'date', example: '2016-04-22' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  async byStateAndDate(@Req() req: CallerRequest, @Query('state') state?: string, @Query('date') date?: string, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    const page = await this.arrivals.byStateAndDate(parseState(state), parseDate(date), parseLimit(limit, this.config.MAX_PAGE_SIZE), parseCursor(cursor));
    return { items: page.items.map((a) => maskArrival(a, req.caller.role)), next: page.next };
  }
}
