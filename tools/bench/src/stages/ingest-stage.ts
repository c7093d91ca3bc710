import { runChild } from '../run-child';
import { ratePerSecond } from '../stats';
import { type StageContext, type StageRun } from './stage-run';

/**
 * P1: `i94 feed push` of the input through the gateway until every record is acknowledged on
 * the raw topic (Avro, acks=all). The CLI's start-up and file reading are inside the time.
 */
export async function runIngest(ctx: StageContext): Promise<StageRun & { accepted: number }> {
  const gateway = await ctx.ns.start('ingest-gateway');
  try {
    const run = await runChild(process.execPath, [ctx.cliMain, 'feed', 'push', ctx.inputFile, '--json'], ctx.ns.processEnv({ I94_GATEWAY_URL: gateway.url }), () => gateway.sampleMemory());
    const report = JSON.parse(run.stdout.trim().split('\n').pop()!) as { accepted: number; rejected: number };
    ctx.log(`ingest: ${report.accepted} accepted, ${report.rejected} rejected in ${run.millis} ms`);
    await gateway.stop();
    return { value: ratePerSecond(report.accepted + report.rejected, run.millis), accepted: report.accepted, peakRssMb: { 'ingest-gateway': gateway.peakRssMb, 'i94 feed push': run.peakRssMb } };
  } finally {
    await gateway.stop();
  }
}
