import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { type Response } from 'express';
import { Registry } from 'prom-client';
import { ReadinessCheck, runReadinessChecks } from '@i94/config';
import { METRICS_REGISTRY, READINESS_CHECKS, SERVICE_NAME } from './tokens';

/** /health (alive), /ready (its servers reachable) and /metrics, the same on every service. */
@Controller()
export class HealthController {
  private readonly startedAt = Date.now();

  constructor(
    @Inject(SERVICE_NAME) private readonly service: string,
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
  ) {}

  @Get('health')
  @HttpCode(200)
  health() {
    return { status: 'ok', service: this.service, uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000) };
  }

  @Get('ready')
  async ready(@Res() res: Response) {
    const report = await runReadinessChecks(this.checks);
    res.status(report.ready ? 200 : 503).json({ service: this.service, ...report });
  }

  @Get('metrics')
  async metrics(@Res() res: Response) {
    res.type(this.registry.contentType).send(await this.registry.metrics());
  }
}
