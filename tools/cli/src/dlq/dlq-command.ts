import { type Command } from 'commander';
import { AvroSerde } from '@i94/avro';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { createKafka, topicNames } from '@i94/kafka';
import { objectStoreFromEnv } from '@i94/s3-parquet';
import { type CliIo, integerAtLeast, isoDate, platformEnv } from '@i94/command-line';
import { GatewayClient } from '../push/gateway-client';
import { countDeadLetters } from './dead-letter-counts';
import { dlqPosition, readDeadLetters } from './read-dead-letters';
import { deadLetterNdjson, type ReasonReplayState, renderDeadLetter, renderDlqList, renderReplay } from './render-dlq';
import { readReplays } from './replay-ledger';
import { runReplay } from './run-replay';

const PERSONAL_FIELDS_NOTE = 'note: dead letters keep the original record, personal fields (admnum, insnum, fltno) in clear: the DLQ is for operators only\n';

function clients() {
  const env = platformEnv();
  return {
    env,
    kafka: createKafka({ brokers: env.KAFKA_BROKERS, clientId: 'i94-cli-dlq' }),
    serde: AvroSerde.forUrl(env.SCHEMA_REGISTRY_URL),
    topics: topicNames(env.TOPIC_NAMESPACE),
    store: objectStoreFromEnv(env),
  };
}

/** Positions every recorded replay of the reasons replaced. */
async function replayedPositions(store: ReturnType<typeof clients>['store'], reasons: readonly string[]): Promise<Set<string>> {
  const all = await Promise.all(reasons.map((r) => readReplays(store, r)));
  return new Set(all.flat().flatMap((r) => r.positions));
}

async function list(io: CliIo, flags: { json?: boolean }) {
  const c = clients();
  try {
    const entries = await readDeadLetters(c.kafka, c.serde, c.topics.dlq);
    const groups = countDeadLetters(entries.map((e) => e.letter));
    const reasonCodes = [...new Set(groups.map((g) => g.reason))].sort();
    const replayed = await replayedPositions(c.store, reasonCodes);
    const reasons: ReasonReplayState[] = reasonCodes.map((reason) => {
      const own = entries.filter((e) => e.letter.reasonCode === reason);
      const done = own.filter((e) => replayed.has(dlqPosition(e))).length;
      return { reason, deadLetters: own.length, replayed: done, pending: own.length - done };
    });
    io.out(flags.json ? `${JSON.stringify({ total: entries.length, groups, reasons })}\n` : renderDlqList(groups, reasons));
  } finally {
    c.store.client.destroy();
  }
}

async function show(io: CliIo, flags: { reason: string; limit: number; json?: boolean; ndjson?: boolean }) {
  const c = clients();
  try {
    const entries = (await readDeadLetters(c.kafka, c.serde, c.topics.dlq, flags.reason)).slice(0, flags.limit);
    const replayed = await replayedPositions(c.store, [flags.reason]);
    io.err(PERSONAL_FIELDS_NOTE);
    if (flags.ndjson) {
      const lines = entries.map(deadLetterNdjson);
      io.out(lines.filter((l) => l !== null).join(''));
      const unreadable = lines.filter((l) => l === null).length;
      if (unreadable) io.err(`${unreadable} dead letter(s) left out: their payload is not a record the gateway can read (see dlq show without --ndjson)\n`);
    } else if (flags.json) {
      io.out(`${JSON.stringify(entries.map((e) => ({ position: dlqPosition(e), replayed: replayed.has(dlqPosition(e)), ...e.letter, payload: Buffer.from(e.letter.payload).toString('utf8') })))}\n`);
    } else {
      io.out(entries.length === 0 ? `no dead letters of ${flags.reason}\n` : entries.map((e) => renderDeadLetter(e, replayed.has(dlqPosition(e)))).join('\n'));
    }
  } finally {
    c.store.client.destroy();
  }
}

async function replay(io: CliIo, flags: { reason: string; fixed?: string; all?: boolean; again?: boolean; feedDate?: string; csvHeader?: string; json?: boolean }) {
  if (Boolean(flags.fixed) === Boolean(flags.all)) throw new Error('pass exactly one of --fixed <file> and --all');
  const c = clients();
  try {
    const gateway = new GatewayClient({ baseUrl: c.env.I94_GATEWAY_URL.replace(/\/+$/, ''), apiKey: process.env.I94_API_KEY || LOCAL_DEV_KEYS.producer });
    const report = await runReplay(
      { reason: flags.reason, fixed: flags.fixed, again: flags.again, feedDate: flags.feedDate, csvHeader: flags.csvHeader?.split(',').map((s) => s.trim().toLowerCase()) },
      { ...c, gateway },
    );
    io.out(flags.json ? `${JSON.stringify(report)}\n` : renderReplay(report));
  } finally {
    c.store.client.destroy();
  }
}

/** `i94 dlq list|show|replay`: read the dead-letter topic and send corrected records back through the gateway. */
export function registerDlq(program: Command, io: CliIo): void {
  const dlq = program.command('dlq').description('the dead-letter topic: count, read, and replay rejected records');
  dlq.command('list').description('dead letters counted by reason, service and field, with how many were replayed').option('--json', 'print one JSON object').action((flags) => list(io, flags));
  dlq
    .command('show')
    .description('print the dead letters of a reason with their original records (personal fields in clear: operators only)')
    .requiredOption('--reason <code>', 'the reason code, e.g. NOT_A_NUMBER')
    .option('--limit <n>', 'at most this many', integerAtLeast(1), 100)
    .option('--json', 'print a JSON array')
    .option('--ndjson', 'print the records as NDJSON with their DLQ position in "_dlq": a file to correct and replay with --fixed')
    .action((flags) => show(io, flags));
  dlq
    .command('replay')
    .description(
      'send the dead letters of a reason back through the gateway (same validation, a new batch id, the raw topic). ' +
        'Still-invalid records are reported, not sent. Each replay is recorded in S3 (dlq-replays/<reason>/) with the DLQ positions it replaced: ' +
        'running it again skips them, and a corrected file already replayed is refused, unless --again',
    )
    .requiredOption('--reason <code>', 'the reason code')
    .option('--fixed <file>', 'corrected records (CSV with header, or NDJSON; rows from `dlq show --ndjson` keep their "_dlq" position)')
    .option('--all', 'every dead letter of the reason as it was (after a fix in the validation or the code lists)')
    .option('--again', 'also send dead letters, or a file, an earlier replay already sent')
    .option('--feed-date <YYYY-MM-DD>', "feed date for the replayed records (default: the dead letter's, else the arrival date)", isoDate)
    .option('--csv-header <names>', 'column names of CSV dead letters, comma-separated (default: the standard I94 layout)')
    .option('--json', 'print one JSON object')
    .action((flags) => replay(io, flags));
}
