import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { HealthController } from './health.controller';
import { createLogger } from './logger';
import { createMetricsRegistry } from './metrics';
import { type ReadinessCheck } from './readiness';
import { LOGGER, METRICS_REGISTRY, READINESS_CHECKS, SERVICE_NAME } from './tokens';

export interface ObservabilityOptions {
  service: string;
  /** The servers /ready checks, if the service has any. */
  readinessChecks?: readonly ReadinessCheck[];
}

/** Wires logging, metrics and the health endpoints into a service. */
@Module({})
export class ObservabilityModule {
  static forService(options: ObservabilityOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: SERVICE_NAME, useValue: options.service },
      { provide: LOGGER, useFactory: () => createLogger(options.service) },
      { provide: METRICS_REGISTRY, useFactory: () => createMetricsRegistry(options.service) },
      { provide: READINESS_CHECKS, useValue: options.readinessChecks ?? [] },
    ];
    return {
      module: ObservabilityModule,
      global: true,
      controllers: [HealthController],
      providers,
      exports: [SERVICE_NAME, LOGGER, METRICS_REGISTRY],
    };
  }
}
