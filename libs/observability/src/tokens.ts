/** Nest injection tokens of the observability module. */
export const SERVICE_NAME = Symbol('SERVICE_NAME');
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');
export const LOGGER = Symbol('LOGGER');
