import { type Command } from 'commander';
import { createKafka, groupRecordLag, topicNames } from '@i94/kafka';
import { objectStoreFromEnv, RollCatalog } from '@i94/s3-parquet';
import { type CliIo, platformEnv } from '@i94/command-line';
import { PIPELINE_GROUPS } from './pipeline-groups';

/** Rows parquet-rollup holds in open files (from its /metrics); null when it cannot be reached. */
async function rowsBuffered(rollupUrl: string): Promise<number | null> {
  try {
    const text = await (await fetch(new URL('/metrics', rollupUrl))).text();
    return text
      .split('\n')
      .filter((l) => l.startsWith('i94_rollup_rows_buffered{'))
      .reduce((n, l) => n + Number(l.split(' ').pop()), 0);
  } catch {
    return null;
  }
}

/** `i94 wait`: returns when every consumer group has caught up and every month's files are compacted. */
export function registerWait(program: Command, io: CliIo): void {
  program
    .command('wait')
    .description('wait until every consumer group has caught up, every feed is flushed to files and every month is compacted')
    .option('--timeout <seconds>', 'give up after this long (exit 1)', '300')
    .action(async (flags: { timeout: string }) => {
      const env = platformEnv();
      const kafka = createKafka({ brokers: env.KAFKA_BROKERS, clientId: 'i94-cli' });
      const topics = topicNames(env.TOPIC_NAMESPACE);
      const store = objectStoreFromEnv(env);
      const deadline = Date.now() + Number(flags.timeout) * 1000;
      let settled = 0; // two quiet checks in a row: a record fetched between them would show as lag
      let last = '';
      while (settled < 2) {
        const waiting: string[] = [];
        for (const g of PIPELINE_GROUPS) {
          try {
            // in records: offsets taken by transaction markers and aborted records are not lag
            const lag = (await groupRecordLag(kafka, `${env.TOPIC_NAMESPACE}${g.group}`, topics[g.topic])).reduce((n, p) => n + p.lag, 0);
            if (lag > 0) waiting.push(`${g.group} ${lag} behind`);
          } catch (error) {
            // e.g. "the coordinator is loading" just after a broker restart: ask again on the next poll
            waiting.push(`${g.group}: offsets not readable (${(error as Error).message})`);
          }
        }
        // parquet-rollup commits a partition's offsets only when it closes a roll
        const buffered = await rowsBuffered(env.I94_ROLLUP_URL);
        if (buffered !== 0) waiting.push(buffered === null ? `parquet-rollup not reachable at ${env.I94_ROLLUP_URL}` : `parquet-rollup holds ${buffered} rows in open files`);
        const behind = await new RollCatalog(store).monthsWithNewFiles();
        if (behind.length) waiting.push(`months not compacted: ${behind.join(', ')}`);
        settled = waiting.length === 0 ? settled + 1 : 0;
        if (waiting.join('; ') !== last && waiting.length) io.err(`waiting: ${(last = waiting.join('; '))}\n`);
        if (Date.now() > deadline) throw new Error(`timed out after ${flags.timeout}s: ${last}`);
        await new Promise((r) => setTimeout(r, 1000));
      }
      store.client.destroy();
      io.out('pipeline caught up: every group at the end of its topic, every month compacted\n');
    });
}
