import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module';
import { loadServiceConfig } from '../src/config';

/** raw-sink as it runs in production, in-process, against the real local stack. */
export async function startRawSink(env: NodeJS.ProcessEnv): Promise<INestApplication> {
  const config = loadServiceConfig({ ...process.env, ...env });
  const app = await NestFactory.create(AppModule.forConfig(config), { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  return app;
}
