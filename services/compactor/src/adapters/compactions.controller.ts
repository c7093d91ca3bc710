import { Controller, HttpCode, Inject, Post, Query, UseGuards, BadRequestException } from '@nestjs/common';
import { ApiKeyGuard, RateLimitGuard, RequireRoles } from '@i94/auth';
import { CompactorService } from '../compactor.service';

/** On-demand compaction for operators (`i94 compact --month YYYY-MM`). */
@Controller('v1/compactions')
@UseGuards(ApiKeyGuard, RateLimitGuard)
export class CompactionsController {
  constructor(@Inject(CompactorService) private readonly compactor: CompactorService) {}

  /** Compacts one month (force: even without new files; rebuild: from its rolled-up files alone), or every month with new files. */
  @Post()
  @RequireRoles('admin')
  @HttpCode(200)
  compact(@Query('month') month?: string, @Query('force') force?: string, @Query('rebuild') rebuild?: string) {
    if (month === undefined) return this.compactor.compactDirty();
    if (!/^(\d{4}-(0[1-9]|1[0-2])|unknown)$/.test(month)) throw new BadRequestException('month must be written YYYY-MM');
    return this.compactor.compactMonth(month, force === 'true', rebuild === 'true');
  }
}
