import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { serveOpenApi } from '@i94/observability';
import { completeContract } from './openapi-contract';

/** The admin API's contract at /docs-json (and a page at /docs), with 405 for other methods. */
export function mountOpenApi(app: INestApplication): void {
  const generated = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('I94 compactor admin API')
      .setDescription('On-demand compaction of a month\'s Parquet and aggregates (the compactor also compacts on its own: on rollup announcements, hourly and daily). Send an API key with the admin role in x-api-key.')
      .setVersion('1')
      .addApiKey({ type: 'apiKey', name: 'x-api-key', in: 'header' }, 'apiKey')
      .build(),
  );
  serveOpenApi(app, completeContract(generated));
}
