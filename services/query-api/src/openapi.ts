import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { serveOpenApi } from '@i94/observability';
import { findDashboardDirectory } from './dashboard/dashboard-files';
import { completeContract, dashboardFiles } from './http/openapi-contract';

/** The routes' decorators, completed by openapi-contract.ts: at /docs (UI) and /docs-json, with 405 for other methods. */
export function mountOpenApi(app: INestApplication, maxPageSize: number): void {
  const generated = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('I94 query API')
      .setDescription('State/month aggregates and arrivals, and the dashboard. Send an API key with the reader role in x-api-key; readers see admnum, insnum and fltno masked, admins in clear.')
      .setVersion('1')
      .addApiKey({ type: 'apiKey', name: 'x-api-key', in: 'header' }, 'apiKey')
      .build(),
  );
  serveOpenApi(app, completeContract(generated, maxPageSize, dashboardFiles(findDashboardDirectory())));
}
