import { Controller, Get, Inject, Param, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard, RateLimitGuard, RequireRoles } from '@i94/auth';
import { StateMonthRepository } from '@i94/cassandra';
import { parseMonth, parseState } from '../http/query-params';

/** State/month aggregates for analysts and the dashboard. */
@ApiTags('aggregates')
@ApiSecurity('apiKey')
@Controller('v1/aggregates/state-month')
@UseGuards(ApiKeyGuard, RateLimitGuard)
export class AggregatesController {
  constructor(@Inject(StateMonthRepository) private readonly aggregates: StateMonthRepository) {}

  @Get()
  @RequireRoles('reader')
  @ApiOperation({ summary: 'Every state of a month (or one state): arrivals, gender, visa and mode mix, stay, demography, climate' })
  @ApiQuery({ name: 'month', example: '2016-04' })
  @ApiQuery({ name: 'state', required: false, example: 'NY' })
  byMonth(@Query('month') month?: string, @Query('state') state?: string) {
    return this.aggregates.byMonth(parseMonth(month), state === undefined ? undefined : parseState(state));
  }

  @Get('months')
  @RequireRoles('reader')
  @ApiOperation({ summary: 'The months that have aggregates, newest first' })
  months() {
    return this.aggregates.months();
  }

  @Get(':state')
  @RequireRoles('reader')
  @ApiOperation({ summary: "A state's monthly trend between two months, oldest first" })
  @ApiQuery({ name: 'from', example: '2016-01' })
  @ApiQuery({ name: 'to', example: '2016-12' })
  trend(@Param('state') state: string, @Query('from') from?: string, @Query('to') to?: string) {
    return this.aggregates.trend(parseState(state), parseMonth(from, 'from'), parseMonth(to, 'to'));
  }
}
