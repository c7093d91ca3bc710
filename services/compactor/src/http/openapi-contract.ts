import { completeOpenApi, errorResponse, GUARDED_ERRORS, type OpenApiDocument, unavailableResponse } from '@i94/observability';
import { MONTH_PATTERN } from './compaction-params';

// What the decorators leave out of the compactor's admin API: the formats compaction-params.ts
// accepts, the answers' bodies (month-compaction.ts's CompactionResult) and every status, with
// the Error body. schemathesis checks the running compactor against it (tests/api).

type Schema = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const count = { type: 'integer', minimum: 0 };
const month = { type: 'string', pattern: MONTH_PATTERN };
const flag = (what: string) => ({ type: 'string', enum: ['true', 'false'], default: 'false', description: `${what}; only with month` });

const PARAMETERS: Record<string, Schema> = {
  month: { ...month, description: 'the month of arrivals to compact (YYYY-MM, or unknown for arrivals without a readable date); without it, every month with new files' },
  force: flag('recompute even when no rolled-up file is new'),
  rebuild: flag('recompute from every rolled-up file of the month alone, not from its previous version'),
};

const SCHEMAS: Record<string, Schema> = {
  CompactionSkipped: {
    type: 'object', required: ['month', 'skipped', 'reason'], additionalProperties: false,
    properties: { month, skipped: { type: 'boolean', enum: [true] }, reason: { type: 'string', description: 'e.g. no files for this month, no new files since the last compaction' } },
  },
  Compaction: {
    type: 'object', required: ['month', 'skipped', 'version', 'newInputs', 'sources', 'rowsRead', 'rows', 'states', 'ms'],
    properties: {
      month, skipped: { type: 'boolean', enum: [false] }, version: { type: 'integer', minimum: 1, description: 'the month\'s new live version' },
      newInputs: count, sources: count, rowsRead: count, rows: count, states: count, ms: count,
      phases: { type: 'object', description: 'where the time went (ms)', properties: { download: count, transform: count, upload: count, publish: count, steps: { type: 'object' } } },
    },
  },
  CompactionResult: { oneOf: [ref('Compaction'), ref('CompactionSkipped')] },
};

const OPERATIONS: Record<string, { responses: Record<string, unknown> }> = {
  'post /v1/compactions': {
    responses: {
      200: {
        description: 'with month: its result (compacted, or skipped with the reason); without: one result per month that had new files (a month that failed is retried in the background and left out)',
        content: { 'application/json': { schema: { oneOf: [ref('CompactionResult'), { type: 'array', items: ref('CompactionResult') }] } } },
      },
      400: errorResponse('month not YYYY-MM or unknown, force or rebuild not true or false, or force or rebuild without month (OpenAPI 3.0 cannot say "only with month")'),
      ...GUARDED_ERRORS,
      503: unavailableResponse('S3, Cassandra or Kafka (or another compactor moved the month\'s pointer meanwhile)'),
    },
  },
};

/** Fills in the parameter formats, the bodies and the statuses of the generated document. */
export function completeContract<T extends OpenApiDocument>(document: T): T {
  for (const item of Object.values(document.paths as Record<string, object>)) {
    for (const operation of Object.values(item) as { parameters?: { name: string; schema?: Schema }[] }[]) {
      for (const parameter of operation.parameters ?? []) if (PARAMETERS[parameter.name]) parameter.schema = { ...parameter.schema, ...PARAMETERS[parameter.name] };
    }
  }
  return completeOpenApi(document, OPERATIONS, SCHEMAS);
}
