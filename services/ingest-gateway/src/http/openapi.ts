import { type INestApplication } from '@nestjs/common';
import { serveOpenApi } from '@i94/observability';
import { GATEWAY_OPENAPI } from './openapi-document';

/** The contract at /docs-json (and a page at /docs), and 405 for documented paths asked with another method. */
export function mountOpenApi(app: INestApplication): void {
  serveOpenApi(app, GATEWAY_OPENAPI);
}
