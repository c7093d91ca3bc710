import { type AggregationRow, type ArrivalFacts, arrivalFacts, UNKNOWN_MONTH } from './arrival-facts';
import { FactColumns } from './fact-columns';

const groupKey = (state: string, month: string) => `${state}|${month}`;

/**
 * Keeps, per cicid, the facts of its copy with the highest Kafka offset (on equal offsets the
 * higher partition; equal both is the same message), whatever order the rows come in. So a replayed
 * file or a late duplicate never counts twice, and a re-enriched record counts as its latest copy.
 * Memory is one Map entry and ~27 bytes of typed arrays per distinct cicid; whole rows are not kept.
 */
export class LatestByCicid {
  private readonly slots = new Map<number, number>();
  private readonly columns = new FactColumns();
  private readonly readPerGroup = new Map<string, number>();
  private read = 0;
  private claimed = new Uint8Array(0);

  /** Feeds one row; returns true when it is now the kept copy of its cicid. */
  add(row: AggregationRow): boolean {
    const facts = arrivalFacts(row);
    this.read += 1;
    const group = groupKey(facts.state, facts.month);
    this.readPerGroup.set(group, (this.readPerGroup.get(group) ?? 0) + 1);
    const slot = this.slots.get(row.cicid);
    if (slot === undefined) {
      const fresh = this.slots.size;
      this.columns.ensure(fresh + 1);
      this.slots.set(row.cicid, fresh);
      this.columns.write(fresh, row.kafkaPartition, row.kafkaOffset, facts);
      return true;
    }
    if (!this.columns.isLater(slot, row.kafkaPartition, row.kafkaOffset)) return false;
    this.columns.write(slot, row.kafkaPartition, row.kafkaOffset, facts);
    return true;
  }

  /** True when the copy of `cicid` at this Kafka position is the one kept: compaction writes only those. */
  keeps(cicid: number, partition: number, offset: number): boolean {
    const slot = this.slots.get(cicid);
    return slot !== undefined && this.columns.isAt(slot, partition, offset);
  }

  /**
   * True the first time it is asked for the kept copy of `cicid`, false afterwards: compaction
   * writes each arrival once even when two rolled files overlap (a roll redone after a crash).
   */
  claim(cicid: number, partition: number, offset: number): boolean {
    const slot = this.slots.get(cicid);
    if (slot === undefined || !this.columns.isAt(slot, partition, offset)) return false;
    if (this.claimed.length < this.slots.size) {
      const grown = new Uint8Array(Math.max(this.slots.size, this.claimed.length * 2));
      grown.set(this.claimed);
      this.claimed = grown;
    }
    if (this.claimed[slot]) return false;
    this.claimed[slot] = 1;
    return true;
  }

  /** Distinct cicids kept. */
  get size(): number {
    return this.slots.size;
  }

  /** Rows fed, duplicates included. */
  get rowsRead(): number {
    return this.read;
  }

  /** Rows fed (duplicates included) that carried this state and month (`UNKNOWN_MONTH` for none). */
  rowsReadFor(state: string, month: string = UNKNOWN_MONTH): number {
    return this.readPerGroup.get(groupKey(state, month)) ?? 0;
  }

  /** The kept facts, one per cicid. */
  *facts(): Generator<ArrivalFacts> {
    for (let slot = 0; slot < this.slots.size; slot += 1) yield this.columns.read(slot);
  }
}
