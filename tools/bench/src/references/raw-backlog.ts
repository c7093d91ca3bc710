import { type RawArrival } from '@i94/avro';
import { readTopicToEnd } from '@i94/kafka';
import { type StageContext } from '../stages/stage-run';

/** The raw backlog as the references need it: its average value size, and decoded records. */
export interface RawBacklog {
  count: number;
  averageValueBytes: number;
  /** The first `keep` records, decoded, with their positions (for the Cassandra driver loop). */
  arrivals: { value: RawArrival; partition: number; offset: number }[];
}

/** Reads the raw topic once (not timed): sizes every value, decodes up to `keep` records. */
export async function readRawBacklog(ctx: StageContext, keep: number): Promise<RawBacklog> {
  const { kafka, serde, topics } = ctx.ns;
  let bytes = 0;
  const arrivals: RawBacklog['arrivals'] = [];
  const count = await readTopicToEnd(kafka, topics.raw, async (message, partition) => {
    bytes += message.value?.length ?? 0;
    if (arrivals.length < keep && message.value) arrivals.push({ value: await serde.decode<RawArrival>(message.value), partition, offset: Number(message.offset) });
  });
  return { count, averageValueBytes: count ? Math.round(bytes / count) : 0, arrivals };
}
