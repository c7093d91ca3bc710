import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI at /docs (UI) and /docs-json, served from the local swagger-ui package. */
export function mountOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('I94 query API')
      .setDescription('State/month aggregates and arrivals. Send an API key in x-api-key; readers see admnum, insnum and fltno masked.')
      .setVersion('1')
      .addApiKey({ type: 'apiKey', name: 'x-api-key', in: 'header' }, 'apiKey')
      .build(),
  );
  SwaggerModule.setup('docs', app, document);
}
