import { type INestApplication } from '@nestjs/common';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { type NextFunction, type Request, type Response } from 'express';

type Paths = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

const OPERATION_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const templateToRegex = (template: string) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);

/**
 * 405 with an Allow header for a documented path asked with a method it does not have (HTTP
 * says so; Nest's router would answer 404 as if the path did not exist). The paths and their
 * methods come from the OpenAPI document, so the two cannot disagree. HEAD goes with GET.
 */
export function methodNotAllowed(paths: Paths) {
  const routes = Object.entries(paths).map(([template, item]) => {
    const allowed = Object.keys(item).filter((m) => OPERATION_METHODS.has(m)).map((m) => m.toUpperCase());
    return { pattern: templateToRegex(template), allowed: allowed.includes('GET') && !allowed.includes('HEAD') ? [...allowed, 'HEAD'] : allowed };
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const route = routes.find((r) => r.pattern.test(req.path));
    if (!route || route.allowed.includes(req.method)) return next();
    res.setHeader('Allow', route.allowed.join(', '));
    res.status(405).json({ statusCode: 405, error: 'Method Not Allowed', message: `${req.method} is not allowed here; use ${route.allowed.join(' or ')}` });
  };
}

/** The service's contract at /docs-json (and a page at /docs), and 405 for its documented paths asked with another method. */
export function serveOpenApi(app: INestApplication, document: { paths: object }): void {
  app.use(methodNotAllowed(document.paths as Paths));
  SwaggerModule.setup('docs', app, document as unknown as OpenAPIObject);
}
