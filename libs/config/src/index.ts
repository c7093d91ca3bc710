export { ConfigError } from './config-error';
export { loadConfig } from './load-config';
export { boolVar, hostListVar, intVar, logLevelVar, portVar, urlVar } from './env-fields';
export { cassandraEnv, httpEnv, kafkaEnv, s3Env, schemaRegistryEnv } from './server-env';
export { serviceNodeFlags } from './node-flags';
export { runReadinessChecks, type ReadinessCheck, type ReadinessReport } from './readiness';
