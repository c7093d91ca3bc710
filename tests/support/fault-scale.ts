/**
 * How big the fault scenarios are. `npm run test:faults` runs them in full; `npm test` runs the
 * short scale (FAULT_SCALE=short) after the main run: fewer records, fewer kills, shorter
 * outages, the same assertions.
 */
export interface FaultScale {
  name: 'full' | 'short';
  /** Records pushed while the workers are killed. */
  killRecords: number;
  /** kill -9 of each worker (enricher, raw-sink, parquet-rollup, compactor) during that push. */
  killsPerWorker: number;
  /** Random pause before each kill, [min, max] in ms. */
  killGapMs: [number, number];
  /** Records pushed in each outage scenario. */
  outageRecords: number;
  kafkaOutageMs: number;
  cassandraOutageMs: number;
  s3OutageMs: number;
  /** Records pushed while three replicas of each worker join, leave, are killed and frozen. */
  replicaRecords: number;
  /** How long a frozen replica stays stopped past the session timeout the scenario sets. */
  freezePastTimeoutMs: number;
  /** How long the pipeline gets to catch up after a scenario (`i94 wait --timeout`). */
  settleSeconds: number;
}

const SCALES: Record<FaultScale['name'], FaultScale> = {
  full: { name: 'full', killRecords: 219_000, killsPerWorker: 5, killGapMs: [1000, 3000], outageRecords: 100_000, kafkaOutageMs: 20_000, cassandraOutageMs: 30_000, s3OutageMs: 30_000, replicaRecords: 500_000, freezePastTimeoutMs: 5_000, settleSeconds: 900 },
  short: { name: 'short', killRecords: 20_000, killsPerWorker: 2, killGapMs: [400, 1200], outageRecords: 20_000, kafkaOutageMs: 10_000, cassandraOutageMs: 12_000, s3OutageMs: 12_000, replicaRecords: 30_000, freezePastTimeoutMs: 3_000, settleSeconds: 420 },
};

const base = SCALES[process.env.FAULT_SCALE === 'short' ? 'short' : 'full'];

/** The scale of this run; FAULT_RECORDS overrides the kill scenario's record count. */
export const faultScale: FaultScale = { ...base, killRecords: Number(process.env.FAULT_RECORDS ?? base.killRecords) };
