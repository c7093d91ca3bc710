import { type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createLogger } from './logger';

export interface BootstrapOptions {
  service: string;
  port: number;
  host: string;
  /** false when the service streams request bodies itself (the gateway). */
  bodyParser?: boolean;
  /** Mounts extra HTTP surface (OpenAPI, static pages) before listening. */
  configure?: (app: INestApplication) => void;
}

/**
 * Starts a Nest service: JSON logs, graceful shutdown on SIGTERM/SIGINT (modules flush and
 * commit in their shutdown hooks), and the HTTP port for health, metrics and its API.
 * A failure at boot (bad config, unreachable port) is logged and ends the process non-zero.
 */
export async function bootstrapService(module: Type<unknown> | DynamicModule, options: BootstrapOptions): Promise<INestApplication> {
  const logger = createLogger(options.service);
  try {
    const app = await NestFactory.create(module, { logger: ['error', 'warn'], bufferLogs: false, bodyParser: options.bodyParser ?? true });
    app.enableShutdownHooks();
    options.configure?.(app);
    await app.listen(options.port, options.host);
    logger.info({ port: options.port, host: options.host }, `${options.service} listening`);
    return app;
  } catch (error) {
    logger.fatal({ err: error }, `${options.service} failed to start`);
    process.exit(1);
  }
}

/** Loads config before anything else so a bad environment fails fast with the variable named. */
export function loadOrExit<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(78); // EX_CONFIG
  }
}
