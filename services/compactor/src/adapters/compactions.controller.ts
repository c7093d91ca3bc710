import { Controller, HttpCode, Inject, Post, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard, RateLimitGuard, RequireRoles } from '@i94/auth';
import { CompactorService } from '../compactor.service';
import { parseCompactionRequest } from '../http/compaction-params';

/** On-demand compaction for operators (`i94 compact --month YYYY-MM`, `i94 replay --month`). */
@ApiTags('compactions')
@ApiSecurity('apiKey')
@Controller('v1/compactions')
@UseGuards(ApiKeyGuard, RateLimitGuard)
export class CompactionsController {
  constructor(@Inject(CompactorService) private readonly compactor: CompactorService) {}

  @Post()
  @RequireRoles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Compacts one month (force: even without new files; rebuild: from its rolled-up files alone), or every month with new files; answers when done' })
  @ApiQuery({ name: 'month', required: false, example: '2016-04' })
  @ApiQuery({ name: 'force', required: false })
  @ApiQuery({ name: 'rebuild', required: false })
  compact(@Query('month') month?: string, @Query('force') force?: string, @Query('rebuild') rebuild?: string) {
    const request = parseCompactionRequest({ month, force, rebuild });
    return request.month === null ? this.compactor.compactDirty() : this.compactor.compactMonth(request.month, request.force, request.rebuild);
  }
}
