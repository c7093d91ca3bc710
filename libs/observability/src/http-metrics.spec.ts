import { Controller, Get, type INestApplication, Module, NotFoundException, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Registry } from 'prom-client';
import { ObservabilityModule } from './observability.module';

@Controller('v1/things')
class ThingsController {
  @Get(':id')
  thing(@Param('id') id: string) {
    if (id === 'missing') throw new NotFoundException();
    return { id };
  }
}

@Module({ imports: [ObservabilityModule.forService({ service: 'test', registry: new Registry() })], controllers: [ThingsController] })
class TestModule {}

describe('HTTP request metrics', () => {
  let app: INestApplication;
  let url: string;
  beforeAll(async () => {
    app = await NestFactory.create(TestModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });
  afterAll(() => app.close());

  it('times requests by method, route pattern and status, leaving out probes and scrapes', async () => {
    await fetch(`${url}/v1/things/1`);
    await fetch(`${url}/v1/things/2?x=1`);
    await fetch(`${url}/v1/things/missing`);
    await fetch(`${url}/nowhere`);
    await fetch(`${url}/health`);
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toContain('i94_http_request_seconds_count{method="GET",route="/v1/things/:id",status="200"} 2');
    expect(text).toContain('i94_http_request_seconds_count{method="GET",route="/v1/things/:id",status="404"} 1');
    expect(text).toContain('i94_http_request_seconds_count{method="GET",route="unmatched",status="404"} 1');
    expect(text).not.toMatch(/route="\/health"|route="\/metrics"/);
  });
});
