import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AddressInfo } from 'node:net';
import { AppModule } from '../src/app.module';
import { loadServiceConfig } from '../src/config';

/** The gateway as it runs in production, in-process on a free port, against the real local stack. */
export async function startGateway(env: NodeJS.ProcessEnv = {}): Promise<{ app: INestApplication; url: string }> {
  const config = loadServiceConfig({ ...process.env, PORT: '1', RATE_LIMIT_PER_SECOND: '1000', ...env });
  const app = await NestFactory.create(AppModule.forConfig(config), { bodyParser: false, logger: ['error'] });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}
