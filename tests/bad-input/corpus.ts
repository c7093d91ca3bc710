import { CLI_CORPUS, type CliCase } from './cli-corpus';
import { type GatewayCase, type LineVerdict } from './gateway-case';
import { GATEWAY_CORPUS } from './gateway-corpus';

// The bad-input corpus as one table per entry point, and its rendering as the markdown in
// README.md (between the markers); readme.spec.ts fails when the two drift apart.

export { CLI_CORPUS, GATEWAY_CORPUS };

export const README_START = '<!-- corpus:start (generated from corpus.ts: UPDATE_CORPUS_README=1 npx jest tests/bad-input/readme.spec.ts) -->';
export const README_END = '<!-- corpus:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function format(c: GatewayCase): string {
  const labels: Record<string, string> = { 'text/csv': 'CSV', 'application/x-ndjson': 'NDJSON', 'application/vnd.apache.parquet': 'Parquet', 'application/x-sas-data': 'SAS7BDAT' };
  const base = c.request.contentType?.split(';')[0];
  const type = (base !== undefined && labels[base]) || (c.request.contentType ?? 'no type');
  return c.request.via && c.request.via !== 'fetch' ? `${type}, ${c.request.via}` : type;
}

const verdict = (v: LineVerdict) => ('reason' in v ? `line ${v.line}: \`${v.reason}\` → DLQ` : `line ${v.line}: accepted, flag \`${v.flag}\``);

function gatewayRow(c: GatewayCase): string {
  const verdicts = c.status === 200 ? c.verdicts.map(verdict).join('; ') || 'all lines accepted' : 'request refused';
  const lands = c.status === 200 ? `${c.lands.length} of ${c.sent.length}` : 'none';
  const type = format(c);
  const request = c.input.startsWith(type.split(',')[0]) ? c.input : `${type}: ${c.input}`;
  return `| ${c.id} | ${cell(c.name)} | ${cell(request)} | ${c.status} | ${cell(verdicts)} | ${lands} |`;
}

function cliRow(c: CliCase): string {
  const lands = c.lands ? String(c.lands(0).length) : 'as acknowledged';
  return `| ${c.id} | ${cell(c.name)} | ${cell(c.input)} | ${c.exitCode} | \`${cell(c.message.source)}\` | ${lands} |`;
}

/** The corpus tables as markdown. */
export function renderCorpusMarkdown(): string {
  return [
    `### Gateway: \`POST /v1/feeds/{date}/records\` (${GATEWAY_CORPUS.length} cases)`,
    '',
    'Every accepted request also carries two good records around its bad lines; "lands" counts the records of the request that must be on the raw topic, each once.',
    '',
    '| id | case | request | status | bad lines → verdict | lands |',
    '| --- | --- | --- | --- | --- | --- |',
    ...GATEWAY_CORPUS.map(gatewayRow),
    '',
    `### CLI: \`i94 feed push\` (${CLI_CORPUS.length} cases)`,
    '',
    '| id | case | input | exit code | output matches | lands |',
    '| --- | --- | --- | --- | --- | --- |',
    ...CLI_CORPUS.map(cliRow),
  ].join('\n');
}
