export { createLogger, type Logger } from './logger';
export { createMetricsRegistry } from './metrics';
export { runReadinessChecks, type ReadinessCheck, type ReadinessReport } from './readiness';
export { READY_METRIC, registerReadinessMetric } from './readiness-metric';
export { HTTP_METRIC, httpRequestMetric, HttpMetricsMiddleware } from './http-metrics';
export { HealthController } from './health.controller';
export { bootstrapService, loadOrExit, type BootstrapOptions } from './bootstrap-service';
export { ObservabilityModule, type ObservabilityOptions } from './observability.module';
export { LOGGER, METRICS_REGISTRY, READINESS_CHECKS, SERVICE_NAME } from './tokens';
