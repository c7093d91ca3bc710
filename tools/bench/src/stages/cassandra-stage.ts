import { timeBacklog } from '../backlog-timer';
import { groupJoined, groupProgress, topicTotal } from '../kafka-progress';
import { ratePerSecond } from '../stats';
import { type StageContext, type StageRun } from './stage-run';

/** P3: raw-sink alone on the raw backlog, until its group has committed the whole topic. */
export async function runCassandraSink(ctx: StageContext): Promise<StageRun> {
  const { ns } = ctx;
  const total = await topicTotal(ns.kafka, ns.topics.raw);
  const sink = await ns.start('raw-sink', {}, false);
  try {
    const timing = await timeBacklog(() => groupProgress(ns.kafka, `${ns.namespace}i94-raw-sink`, ns.topics.raw), total, {
      what: 'raw-sink', timeoutMs: 3_600_000, begun: () => groupJoined(ns.kafka, `${ns.namespace}i94-raw-sink`), tick: () => sink.sampleMemory(),
    });
    await sink.stop();
    ctx.log(`cassandra: ${timing.counted} in ${timing.millis} ms`);
    return { value: ratePerSecond(timing.counted, timing.millis), peakRssMb: { 'raw-sink': sink.peakRssMb } };
  } finally {
    await sink.stop();
  }
}
