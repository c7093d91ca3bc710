import { createScratchTopic } from '../kafka-progress';
import { runChild } from '../run-child';
import { type StageContext } from '../stages/stage-run';

/** `N records sent, X records/sec (Y MB/sec), ...`: the summary line ProducerPerformance ends with. */
export function parseProducerPerformance(output: string): number {
  const lines = output.trim().split('\n').filter((l) => / records sent, /.test(l));
  const match = / records sent, ([\d.]+) records\/sec/.exec(lines[lines.length - 1] ?? '');
  if (!match) throw new Error(`no ProducerPerformance summary in:\n${output.slice(-1000)}`);
  return Number(match[1]);
}

/**
 * P1 reference: Kafka's own ProducerPerformance on the same broker, to a topic with the raw
 * topic's partitions, with the raw records' average size and acks=all; records/s.
 */
export async function runProducerPerformance(ctx: StageContext, classpath: string, records: number, recordSize: number): Promise<number> {
  const topic = `${ctx.ns.namespace}bench.producer-perf.${Date.now().toString(36)}`;
  await createScratchTopic(ctx.ns.kafka, topic);
  const args = [
    '-Xmx512m', '-cp', classpath, 'org.apache.kafka.tools.ProducerPerformance', '--topic', topic, '--num-records', String(records), '--record-size', String(recordSize),
    '--throughput', '-1', '--producer-props', `bootstrap.servers=${ctx.ns.env.KAFKA_BROKERS.join(',')}`, 'acks=all',
  ];
  const run = await runChild('java', args, process.env);
  const rate = parseProducerPerformance(run.stdout);
  ctx.log(`producer-perf: ${records} records of ${recordSize} bytes at ${rate} rec/s`);
  return rate;
}
