import { CONTENT_CODINGS, CONTENT_TYPES } from './request-parsing';

// The gateway's contract, written out rather than derived from decorators: the record bodies are
// streamed raw bytes in nine media types, which decorators cannot describe. Every status a route
// can answer is listed with the error body; schemathesis checks the running gateway against it
// (tests/api/gateway-openapi.int-spec.ts).

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });

const ERRORS = {
  401: error('no x-api-key header, or a key the gateway does not know'),
  403: error('the key\'s role may not push feeds'),
  404: error('no such route (a feed date containing "/" is another path)'),
  405: error('the route exists, not with this method (the Allow header lists the methods)'),
  429: { ...error('over RATE_LIMIT_PER_SECOND for this key; Retry-After says when to retry'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
  500: error('a bug: nothing of the request is acknowledged'),
  503: { ...error('Kafka or the schema registry is unavailable; nothing is lost, retry after Retry-After seconds'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
};

const feedDate = {
  name: 'feedDate', in: 'path', required: true,
  description: 'the feed\'s day, a real calendar date',
  schema: { type: 'string', format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
};

// Bodies as the gateway answers them: 200 (one verdict per record, however bad the records) for
// a CSV whose header names cicid and that has a non-blank line after it, and for NDJSON with a
// non-blank line; anything else is refused whole with 400. A blank line holds only spaces and
// tabs. Real feeds carry the 28 I94 columns; the smallest header is `cicid`.
const csvBody = { type: 'string', pattern: '^cicid\\r?\\n[\\s\\S]*[^ \\t\\r\\n][\\s\\S]*$', description: 'RFC 4180 CSV; the first record is the header and must name cicid (any of the 28 I94 columns may follow); quoted fields may hold line breaks' };
const ndjsonBody = { type: 'string', pattern: '[^ \\t\\r\\n]', description: 'one JSON object per line, keys the I94 field names; every non-blank line gets a verdict' };
const tableBody = (what: string) => ({ type: 'string', format: 'binary', description: `${what}; spooled to a bounded temporary file, removed after the request` });

function recordsBody() {
  const content: Record<string, { schema: object }> = {};
  for (const [type, format] of Object.entries(CONTENT_TYPES)) {
    if (format === 'csv') content[type] = { schema: csvBody };
    else if (format === 'ndjson') content[type] = { schema: ndjsonBody };
    else content[type] = { schema: tableBody(format === 'parquet' ? 'an Apache Parquet file' : 'a SAS7BDAT file') };
  }
  return {
    required: true,
    description: `A day's records. Text bodies are UTF-8 unless the Content-Type names charset=iso-8859-1, windows-1252 or us-ascii. Content-Encoding may be ${CONTENT_CODINGS.join(', ')}; MAX_BODY_BYTES holds for the bytes sent and for the bytes they inflate to.`,
    content,
  };
}

const schemas = {
  Error: {
    type: 'object', required: ['statusCode', 'error', 'message'],
    properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
  },
  Rejection: {
    type: 'object', required: ['line', 'field', 'reason', 'message'],
    properties: {
      line: { type: 'integer', minimum: 1, description: 'line of the record in the body (a row number for Parquet and SAS7BDAT), plus x-source-line-offset' },
      field: { type: 'string', nullable: true },
      reason: { type: 'string', pattern: '^[A-Z_]+$', description: 'stable code, e.g. RAGGED_ROW, INVALID_ENCODING, MONTH_OUT_OF_RANGE' },
      message: { type: 'string' },
    },
  },
  IngestSummary: {
    type: 'object', required: ['batchId', 'feedDate', 'accepted', 'rejected', 'rejections', 'replayed'],
    properties: {
      batchId: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9a-z]+-[0-9a-f]{8}$' },
      feedDate: { type: 'string', format: 'date' },
      accepted: { type: 'integer', minimum: 0 },
      rejected: { type: 'integer', minimum: 0 },
      rejections: { type: 'array', items: ref('Rejection'), description: 'the first MAX_REPORTED_REJECTIONS; every one is on the DLQ' },
      replayed: { type: 'boolean', description: 'an earlier attempt with this Idempotency-Key had committed: these are its counts (rejections empty: they are on the DLQ), and nothing was written again' },
    },
  },
  Completion: { type: 'object', required: ['expectedCount'], properties: { expectedCount: { type: 'integer', minimum: 0, maximum: 2 ** 52 } } },
  CompletionSummary: {
    type: 'object', required: ['feedDate', 'expectedCount', 'accepted', 'rejected', 'countsAgree'],
    properties: {
      feedDate: { type: 'string', format: 'date' }, expectedCount: { type: 'integer', minimum: 0 }, accepted: { type: 'integer', minimum: 0 },
      rejected: { type: 'integer', minimum: 0 }, countsAgree: { type: 'boolean' },
    },
  },
  Health: { type: 'object', required: ['status', 'service'], properties: { status: { type: 'string', enum: ['ok'] }, service: { type: 'string' }, uptimeSeconds: { type: 'integer' } } },
  Readiness: { type: 'object', required: ['service', 'ready', 'checks'], properties: { service: { type: 'string' }, ready: { type: 'boolean' }, checks: { type: 'object' } } },
};

const sourceHeaders = [
  { name: 'x-source-file', in: 'header', required: false, description: 'the file the records come from, a plain name (no path)', schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_. -]*[A-Za-z0-9_ -][A-Za-z0-9_. -]*$' } },
  { name: 'x-source-line-offset', in: 'header', required: false, description: 'added to reported line numbers, for a chunk of a larger file', schema: { type: 'string', pattern: '^[0-9]{1,12}$' } },
  {
    name: 'Idempotency-Key', in: 'header', required: false,
    description: 'the same on every attempt of one request: a resend after an attempt that committed (its answer lost) is answered from that attempt and writes nothing',
    schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{8,128}$' },
  },
];

/** The OpenAPI 3.0 document of the gateway, served at /docs-json (and as a page at /docs). */
export const GATEWAY_OPENAPI = {
  openapi: '3.0.3',
  info: { title: 'I94 ingest gateway', version: '1', description: 'Producers push a day\'s arrival records, then declare the feed complete. Send an API key with the producer role in x-api-key.' },
  components: { securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } }, schemas },
  paths: {
    '/v1/feeds/{feedDate}/records': {
      post: {
        operationId: 'pushRecords', summary: 'Push records of a daily feed; 200 once every accepted record is durable in Kafka', security: [{ apiKey: [] }],
        parameters: [feedDate, ...sourceHeaders],
        requestBody: recordsBody(),
        responses: {
          200: { description: 'read whole: every record has a verdict (accepted to the raw topic, or rejected to the DLQ with its reason)', content: json(ref('IngestSummary')) },
          400: error('the request cannot be read at all: bad feed date or header, no records, no cicid column, not the declared format, corrupt compression'),
          413: error('over MAX_BODY_BYTES, as sent or once inflated (a decompression bomb)'),
          415: error('a Content-Type, charset or Content-Encoding the gateway does not read'),
          409: error('the Idempotency-Key was used by another committed request (another feed date, parameters or body)'),
          ...ERRORS,
        },
      },
    },
    '/v1/feeds/{feedDate}/complete': {
      post: {
        operationId: 'completeFeed', summary: 'End of a daily feed: publishes its end-of-feed marker with the totals', security: [{ apiKey: [] }],
        parameters: [feedDate],
        requestBody: { required: true, content: json(ref('Completion')) },
        responses: {
          200: { description: 'the marker is published; countsAgree says whether accepted + rejected = expectedCount', content: json(ref('CompletionSummary')) },
          400: error('bad feed date, or a body that is not {"expectedCount": <whole number>}'),
          413: error('a body over 16 KiB'),
          415: error('a body that is not application/json'),
          ...ERRORS,
        },
      },
    },
    '/health': { get: { operationId: 'health', summary: 'alive', responses: { 200: { description: 'the process runs', content: json(ref('Health')) }, 405: ERRORS[405] } } },
    '/ready': {
      get: {
        operationId: 'ready', summary: 'its servers reachable',
        responses: { 200: { description: 'Kafka and the registry answer', content: json(ref('Readiness')) }, 503: { description: 'one of them does not', content: json(ref('Readiness')) }, 405: ERRORS[405] },
      },
    },
    '/metrics': { get: { operationId: 'metrics', summary: 'Prometheus metrics', responses: { 200: { description: 'text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } }, 405: ERRORS[405] } } },
  },
} as const;
