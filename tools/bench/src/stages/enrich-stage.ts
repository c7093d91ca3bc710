import { timeBacklog } from '../backlog-timer';
import { groupJoined, groupProgress, topicTotal } from '../kafka-progress';
import { ratePerSecond } from '../stats';
import { type StageContext, type StageRun } from './stage-run';

/** P2: the enricher alone on the raw backlog, until its group has committed the whole topic. */
export async function runEnrich(ctx: StageContext): Promise<StageRun & { enriched: number }> {
  const { ns } = ctx;
  const total = await topicTotal(ns.kafka, ns.topics.raw);
  const enricher = await ns.start('enricher', {}, false);
  try {
    const timing = await timeBacklog(() => groupProgress(ns.kafka, `${ns.namespace}i94-enricher`, ns.topics.raw), total, {
      what: 'enricher', timeoutMs: 3_600_000, begun: () => groupJoined(ns.kafka, `${ns.namespace}i94-enricher`), tick: () => enricher.sampleMemory(),
    });
    const enriched = await enricher.metric('i94_enricher_records_out_total');
    await enricher.stop();
    ctx.log(`enrich: ${timing.counted} in ${timing.millis} ms (${enriched} enriched)`);
    return { value: ratePerSecond(timing.counted, timing.millis), enriched, peakRssMb: { enricher: enricher.peakRssMb } };
  } finally {
    await enricher.stop();
  }
}
