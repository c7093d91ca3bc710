import { readdirSync } from 'node:fs';
import { completeOpenApi, errorResponse, GUARDED_ERRORS, type OpenApiDocument, unavailableResponse } from '@i94/observability';
import { dashboardContentType } from '../dashboard/dashboard-files';
import { PERSONAL_FIELDS } from '../masking';

// What the decorators leave out of query-api's OpenAPI: the formats query-params.ts accepts, the
// bodies, and every status a route answers with the Error body. Parameters are keyed by name, so
// the controllers keep one-line decorators; query-params.ts is the rule, these mirror it.
// schemathesis checks the running service against the result (tests/api/openapi.int-spec.ts).

type Schema = Record<string, unknown>;
const MONTH: Schema = { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', example: '2016-04' };
const json = (schema: Schema) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ok = (description: string, schema: Schema) => ({ description, content: json(schema) });

/** The schema of each query or path parameter, by its name, as query-params.ts parses it. */
export function parameterSchemas(maxPageSize: number, dashboardFiles: readonly string[]): Record<string, Schema> {
  return {
    month: { ...MONTH, description: 'a month, YYYY-MM' },
    from: { ...MONTH, example: '2016-01' },
    to: { ...MONTH, example: '2016-12' },
    state: { type: 'string', pattern: '^[A-Za-z0-9]{2}$', example: 'NY', description: 'a two-character state code (case-insensitive); 99 is every other code' },
    date: { type: 'string', format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', example: '2016-04-22', description: 'a calendar date' },
    cicid: { type: 'string', pattern: '^0*[1-9][0-9]*$', maxLength: 15, example: '4084316', description: 'a positive whole number: a record number inside one monthly file' },
    limit: { type: 'integer', minimum: 1, maximum: maxPageSize, default: Math.min(100, maxPageSize), description: 'page size, digits only' },
    cursor: { type: 'string', pattern: '^([0-9a-f]{2}){1,2048}$', description: 'the "next" of the previous page (hex bytes)' },
    file: { type: 'string', enum: dashboardFiles, description: 'one of the dashboard\'s files' },
  };
}

const personal = (field: string) => ({ nullable: true, description: `${field}: "***" unless the key is an admin's` });
const ARRIVAL: Schema = {
  type: 'object',
  required: ['cicid'],
  description: 'the arrival as received (camelCase columns of Cassandra), plus its ingest metadata',
  properties: {
    cicid: { type: 'integer', minimum: 1 },
    i94yr: { type: 'integer' },
    i94mon: { type: 'integer', minimum: 1, maximum: 12 },
    ...Object.fromEntries(PERSONAL_FIELDS.map((f) => [f, personal(f)])),
  },
};

const AGGREGATE: Schema = {
  type: 'object',
  required: ['month', 'state', 'arrivals'],
  description: 'one state in one month: arrivals, gender, visa and mode mix, stay, demography, climate, and the version they were computed from',
  properties: { month: MONTH, state: { type: 'string' }, stateName: { type: 'string', nullable: true }, arrivals: { type: 'integer', minimum: 0 }, version: { type: 'string', nullable: true } },
};

const SCHEMAS: Record<string, Schema> = {
  Arrival: ARRIVAL,
  ArrivalPage: {
    type: 'object', required: ['items', 'next'],
    properties: { items: { type: 'array', items: ref('Arrival') }, next: { type: 'string', nullable: true, pattern: '^[0-9a-f]+$', description: 'pass back as cursor for the next page; null on the last one' } },
  },
  StateMonthAggregate: AGGREGATE,
};

/** The statuses of every /v1 route: its parameters, its guards, Cassandra. */
const V1_ERRORS = {
  400: errorResponse('a parameter not in its documented format (the message names it)'),
  ...GUARDED_ERRORS,
  503: unavailableResponse('Cassandra'),
};

const arrivalsErrors = (notFound: string) => ({ ...V1_ERRORS, 404: errorResponse(notFound) });

/** Bodies and statuses particular to each operation, by "method path". */
const OPERATIONS: Record<string, { responses: Record<string, unknown> }> = {
  'get /v1/aggregates/state-month': { responses: { 200: ok('by state; empty when the month has none', { type: 'array', items: ref('StateMonthAggregate') }), ...V1_ERRORS } },
  'get /v1/aggregates/state-month/months': { responses: { 200: ok('newest first', { type: 'array', items: MONTH }), ...V1_ERRORS } },
  'get /v1/aggregates/state-month/{state}': { responses: { 200: ok('oldest first; empty when none', { type: 'array', items: ref('StateMonthAggregate') }), ...V1_ERRORS } },
  'get /v1/arrivals/{month}/{cicid}': { responses: { 200: ok('the arrival', ref('Arrival')), ...arrivalsErrors('no arrival with this cicid in this file month') } },
  'get /v1/arrivals/{cicid}': {
    responses: {
      200: ok('the one arrival with this cicid', ref('Arrival')),
      ...arrivalsErrors('no arrival with this cicid in any month'),
      409: errorResponse('several monthly files have this cicid; the message names each month\'s /v1/arrivals/{month}/{cicid}'),
    },
  },
  'get /v1/arrivals': {
    responses: {
      200: ok('with cicid: every month\'s arrival with it (next is null); else one page of the state\'s arrivals on the date', ref('ArrivalPage')),
      ...V1_ERRORS,
      400: errorResponse('a parameter not in its format, cicid given with state or date, or neither cicid nor both state and date (OpenAPI 3.0 cannot say "cicid, or state and date")'),
    },
  },
  'get /': { responses: { 200: { description: 'the dashboard page', content: { 'text/html': { schema: { type: 'string' } } } } } },
  'get /dashboard/{file}': {
    responses: {
      200: { description: 'the file', content: Object.fromEntries(['text/html', 'text/css', 'text/javascript'].map((t) => [t, { schema: { type: 'string' } }])) },
      404: errorResponse('no such dashboard file'),
    },
  },
};

/** The dashboard's servable files, for the enum of /dashboard/{file}. */
export const dashboardFiles = (directory: string): string[] => readdirSync(directory).filter((name) => dashboardContentType(name) !== null).sort();

/** Fills in the parameter formats, the bodies and the statuses of the generated document. */
export function completeContract<T extends OpenApiDocument>(document: T, maxPageSize: number, files: readonly string[]): T {
  const schemas = parameterSchemas(maxPageSize, files);
  for (const item of Object.values(document.paths as Record<string, object>)) {
    for (const operation of Object.values(item) as { parameters?: { name: string; schema?: Schema }[] }[]) {
      for (const parameter of operation.parameters ?? []) if (schemas[parameter.name]) parameter.schema = { ...parameter.schema, ...schemas[parameter.name] };
    }
  }
  return completeOpenApi(document, OPERATIONS, SCHEMAS);
}
