import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** JSON logs on stdout, one logger per service; children carry the correlation id (batch id). */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    // API keys and personal fields must never reach a log line
    redact: { paths: ['apiKey', '*.apiKey', 'headers["x-api-key"]', '*.headers["x-api-key"]', 'admnum', 'insnum', 'fltno'], censor: '[redacted]' },
  });
}
