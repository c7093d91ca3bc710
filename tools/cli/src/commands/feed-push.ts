import { type Command, Option } from 'commander';
import { LOCAL_DEV_KEYS } from '@i94/auth';
import { type CliIo, httpUrl, integerAtLeast, isoDate } from '@i94/command-line';
import { INPUT_FORMATS, type InputFormat } from '../inputs/input-format';
import { todayUtc } from '../push/feed-date';
import { GatewayClient } from '../push/gateway-client';
import { ProgressLine } from '../push/progress';
import { pushProblems, pushSummary } from '../push/push-summary';
import { type PushReport } from '../push/push-report';
import { runPush } from '../push/run-push';

/** Gateway of the local stack. */
export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:3001';
/** Records per request. */
export const DEFAULT_CHUNK_RECORDS = 20_000;

interface PushFlags {
  format?: InputFormat;
  byDay: boolean;
  feedDate?: string;
  gateway?: string;
  apiKey?: string;
  chunkRecords: number;
  concurrency: number;
  json: boolean;
}

function progressFor(io: CliIo): { start(report: PushReport): void; stop(): void } {
  let line: ProgressLine | undefined;
  return {
    start: (report) => {
      if (!io.stderrIsTty) return;
      line = new ProgressLine(io.err, () => ({ records: report.records, acknowledged: report.accepted + report.rejected }));
      line.start();
    },
    stop: () => line?.stop(),
  };
}

function gatewayFromEnv(): string {
  const value = process.env.I94_GATEWAY_URL;
  if (!value) return DEFAULT_GATEWAY_URL;
  try {
    return httpUrl(value);
  } catch (error) {
    throw new Error(`I94_GATEWAY_URL: ${(error as Error).message}`);
  }
}

async function push(files: string[], flags: PushFlags, io: CliIo): Promise<void> {
  const gateway = flags.gateway ?? gatewayFromEnv();
  const apiKey = flags.apiKey ?? (process.env.I94_API_KEY || LOCAL_DEV_KEYS.producer);
  const client = new GatewayClient({ baseUrl: gateway, apiKey });
  const progress = progressFor(io);
  const request = { files, format: flags.format, byDay: flags.byDay, feedDate: flags.feedDate ?? todayUtc(), chunkRecords: flags.chunkRecords, concurrency: flags.concurrency };
  let report: PushReport;
  try {
    report = await runPush(request, { client, warn: (message) => io.err(`warning: ${message}\n`) }, progress.start);
  } finally {
    progress.stop();
  }
  if (flags.json) io.out(`${JSON.stringify(report.toJson())}\n`);
  else io.out(pushSummary(report, gateway));
  io.err(pushProblems(report));
  io.setExitCode(report.ok ? 0 : 1);
}

/** `i94 feed push`: stream files to the ingest gateway. */
export function registerFeed(program: Command, io: CliIo): void {
  const feed = program.command('feed').description('send feeds to the ingest gateway');
  feed
    .command('push')
    .description('stream CSV, NDJSON, Parquet or SAS7BDAT files to the gateway in chunks; exit 0 only if every batch was acknowledged')
    .argument('<files...>', 'files to send, in order')
    .addOption(new Option('--format <format>', 'input format (default: from each file extension)').choices(INPUT_FORMATS))
    .option('--by-day', "send each record to the feed of its arrdate's day, then complete each feed with the count sent", false)
    .option('--feed-date <YYYY-MM-DD>', 'feed date (default: today, UTC); with --by-day, for records without a usable arrdate', isoDate)
    .option('--gateway <url>', `gateway base URL (default: $I94_GATEWAY_URL or ${DEFAULT_GATEWAY_URL})`, httpUrl)
    .option('--api-key <key>', 'API key (default: $I94_API_KEY or the local development producer key)')
    .option('--chunk-records <n>', 'records per request', integerAtLeast(1), DEFAULT_CHUNK_RECORDS)
    .option('--concurrency <n>', 'requests in flight at once', integerAtLeast(1), 2)
    .option('--json', 'print one JSON object with the outcome on stdout', false)
    .action((files: string[], flags: PushFlags) => push(files, flags, io));
}
