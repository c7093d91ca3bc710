// The parts of an OpenAPI document every service shares: the error body Nest writes, the
// probes HealthController serves, and how a generated document is completed with them. A
// service's own contract adds its routes' parameters and statuses (query-api, compactor).

type Schema = Record<string, unknown>;
type Operation = { responses: Record<string, unknown>; [key: string]: unknown };
/** What a generated (or written) document needs for completion; Nest's OpenAPIObject is one. */
export interface OpenApiDocument {
  paths: object;
  components?: { schemas?: object };
}

/** The body of every error answer: Nest's HttpException JSON (error is the status text, absent on 429). */
export const ERROR_SCHEMA: Schema = {
  type: 'object',
  required: ['statusCode', 'message'],
  properties: { statusCode: { type: 'integer', minimum: 400, maximum: 599 }, message: { type: 'string' }, error: { type: 'string', description: 'the status text, e.g. Bad Request' } },
};

const retryAfter = { 'Retry-After': { description: 'seconds to wait', schema: { type: 'integer', minimum: 1 } } };

/** A documented error status answered with the Error body. */
export const errorResponse = (description: string, headers?: Schema) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  ...(headers ? { headers } : {}),
});

/** The statuses the API key guard, the rate limit and the 405 rule add to every guarded operation. */
export const GUARDED_ERRORS = {
  401: errorResponse('no x-api-key header, or a key this service does not know'),
  403: errorResponse("the key's role may not call this route"),
  405: errorResponse('the path exists, not with this method (the Allow header lists its methods)'),
  429: errorResponse('over RATE_LIMIT_PER_SECOND for this key; retry after Retry-After seconds', retryAfter),
  500: errorResponse('a bug: nothing was changed'),
};

/** 503 with Retry-After: a server this service needs is unavailable; the request may be retried as it is. */
export const unavailableResponse = (what: string) => errorResponse(`${what} is unavailable (down, overloaded or timing out); retry after Retry-After seconds`, retryAfter);

const PROBES: Record<string, Schema> = {
  '/health': { 200: { description: 'the process runs', content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } } } },
  '/ready': {
    200: { description: 'every server it needs answers', content: { 'application/json': { schema: { $ref: '#/components/schemas/Readiness' } } } },
    503: { description: 'one of them does not (checks says which)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Readiness' } } } },
  },
  '/metrics': { 200: { description: 'Prometheus text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } } },
};

const SCHEMAS = {
  Error: ERROR_SCHEMA,
  Health: { type: 'object', required: ['status', 'service', 'uptimeSeconds'], properties: { status: { type: 'string', enum: ['ok'] }, service: { type: 'string' }, uptimeSeconds: { type: 'integer', minimum: 0 } } },
  Readiness: {
    type: 'object', required: ['service', 'ready', 'checks'],
    properties: { service: { type: 'string' }, ready: { type: 'boolean' }, checks: { type: 'object', additionalProperties: { type: 'object' } } },
  },
};

/**
 * Completes a document Nest generated from the decorators: `operations` (by "method path") are
 * merged into its operations, the probes get their bodies, every operation its 405, and the
 * shared schemas (Error, Health, Readiness) are added beside the service's own `schemas`.
 */
export function completeOpenApi<T extends OpenApiDocument>(document: T, operations: Record<string, Schema>, schemas: Record<string, Schema> = {}): T {
  for (const [path, item] of Object.entries(document.paths as Record<string, object>)) {
    for (const [method, value] of Object.entries(item)) {
      const operation = value as Operation;
      const extra = operations[`${method} ${path}`] as { responses?: Record<string, unknown> } | undefined;
      Object.assign(operation, extra, { responses: { ...operation.responses, ...PROBES[path], ...extra?.responses, 405: GUARDED_ERRORS[405] } });
    }
  }
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...SCHEMAS, ...schemas } };
  return document;
}
