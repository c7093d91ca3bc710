import { FaultLog } from './fault-checks';
import { faultStack } from './fault-stack';
import { Pipeline } from './pipeline';

/**
 * The pipeline of one fault scenario; call it inside `describe`. Before the tests: every server of
 * the fault stack up and the six services started. After them, whatever happened: every server up
 * again (for the next scenario), the services stopped and the scenario's timeline printed.
 */
export function faultPipeline(title: string, overrides: Record<string, string> = {}): { pipeline: Pipeline; log: FaultLog } {
  const pipeline = new Pipeline(overrides);
  const log = new FaultLog();
  beforeAll(async () => {
    await faultStack.ensureUp();
    await pipeline.start();
  }, 300_000);
  afterAll(async () => {
    await faultStack.ensureUp();
    await pipeline.stop();
    log.print(title);
  }, 300_000);
  return { pipeline, log };
}
