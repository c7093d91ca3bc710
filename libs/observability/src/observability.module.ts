import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule, type Provider } from '@nestjs/common';
import { type Registry } from 'prom-client';
import { type ReadinessCheck } from '@i94/config';
import { HealthController } from './health.controller';
import { HttpMetricsMiddleware } from './http-metrics';
import { createLogger } from './logger';
import { createMetricsRegistry } from './metrics';
import { registerReadinessMetric } from './readiness-metric';
import { LOGGER, METRICS_REGISTRY, READINESS_CHECKS, SERVICE_NAME } from './tokens';

export interface ObservabilityOptions {
  service: string;
  /** The service's own metrics registry, when it registers metrics before the module is built. */
  registry?: Registry;
  /** The servers /ready checks, if the service has any. */
  readinessChecks?: readonly ReadinessCheck[];
}

/** Wires logging, metrics and the health endpoints into a service. */
@Module({})
export class ObservabilityModule implements NestModule {
  static forService(options: ObservabilityOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: SERVICE_NAME, useValue: options.service },
      { provide: LOGGER, useFactory: () => createLogger(options.service) },
      {
        provide: METRICS_REGISTRY,
        useFactory: () => {
          const registry = options.registry ?? createMetricsRegistry(options.service);
          registerReadinessMetric(registry, options.readinessChecks ?? []);
          return registry;
        },
      },
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

  /** Every service's HTTP requests are timed (i94_http_request_seconds). */
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*');
  }
}
