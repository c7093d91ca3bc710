import { type Kafka } from 'kafkajs';
import { type AvroSerde } from '@i94/avro';
import { type FeedReconciliation, type Reconciliation } from '@i94/domain';
import { type TopicNames } from '@i94/kafka';
import { type ObjectStore } from '@i94/s3-parquet';
import { countByReason, countDeadLetters, type DeadLetterCount } from '../dlq/dead-letter-counts';
import { readDeadLetters } from '../dlq/read-dead-letters';
import { type PlatformEnv } from '@i94/command-line';
import { reconcileMonth, type ReconcileDeps } from '../ops/reconciliation';
import { consumerLag, type GroupLagStatus } from './consumer-lag';
import { type DimensionStatus, dimensionVersions } from './dimension-versions';
import { type MonthStatus, monthFiles } from './month-files';
import { recentFeeds } from './recent-feeds';
import { probeServices, type ServiceStatus } from './service-probes';

/** A part of the status, or why it could not be read (a server down must not stop the others). */
export type Section<T> = { ok: true; value: T } | { ok: false; error: string };

/** Everything `i94 status` shows. */
export interface PipelineStatus {
  at: string;
  namespace: string;
  services: ServiceStatus[];
  lag: Section<GroupLagStatus[]>;
  deadLetters: Section<{ total: number; byReason: { reason: string; count: number }[]; groups: DeadLetterCount[] }>;
  dimensions: Section<DimensionStatus[]>;
  months: Section<MonthStatus[]>;
  feeds: Section<FeedReconciliation[]>;
  /** Each month counted at every stage (`--reconcile`); null when not asked for. */
  reconciliation: Section<Reconciliation[]> | null;
}

export interface StatusDeps {
  env: PlatformEnv;
  kafka: Kafka;
  serde: AvroSerde;
  topics: TopicNames;
  store: ObjectStore;
  /** How many feed dates to reconcile, the most recent first. */
  feedLimit: number;
  /** Longest wait for one section; past it, the section reports a timeout. */
  timeoutMs: number;
  /** Reconcile every month at every stage (reads the raw topic and Cassandra: slower); null not to. */
  reconcile: Pick<ReconcileDeps, 'cassandra' | 'keyspace'> | null;
}

/** Runs `work`, turning a failure or a timeout into an error section. */
export async function section<T>(work: () => Promise<T>, timeoutMs: number): Promise<Section<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return { ok: true, value: await Promise.race([work(), timeout]) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

async function deadLetterSummary(d: StatusDeps) {
  const groups = countDeadLetters((await readDeadLetters(d.kafka, d.serde, d.topics.dlq)).map((e) => e.letter));
  return { total: groups.reduce((n, g) => n + g.count, 0), byReason: countByReason(groups), groups };
}

// Every month the manifests name, counted at every stage (needs the month list first).
function reconcileMonths(d: StatusDeps, reconcile: NonNullable<StatusDeps['reconcile']>, months: Section<MonthStatus[]>): Promise<Section<Reconciliation[]>> {
  if (!months.ok) return Promise.resolve({ ok: false, error: `no month list: ${months.error}` });
  return section(() => Promise.all(months.value.map((m) => reconcileMonth(m.month, { ...d, ...reconcile }))), d.timeoutMs);
}

/** Gathers every section at once; each fails on its own. */
export async function gatherStatus(d: StatusDeps): Promise<PipelineStatus> {
  const [services, lag, deadLetters, dimensions, months, feeds] = await Promise.all([
    probeServices(d.env, Math.min(d.timeoutMs, 10_000)),
    section(() => consumerLag(d.kafka, d.env.TOPIC_NAMESPACE, d.topics), d.timeoutMs),
    section(() => deadLetterSummary(d), d.timeoutMs),
    section(() => dimensionVersions(d.kafka, d.env.TOPIC_NAMESPACE), d.timeoutMs),
    section(() => monthFiles(d.store), d.timeoutMs),
    section(() => recentFeeds(d.kafka, d.serde, d.topics, d.feedLimit), d.timeoutMs),
  ]);
  const reconciliation = d.reconcile ? await reconcileMonths(d, d.reconcile, months) : null;
  return { at: new Date().toISOString(), namespace: d.env.TOPIC_NAMESPACE, services, lag, deadLetters, dimensions, months, feeds, reconciliation };
}
