/** Partitions by topic, as a group join assigns them. */
export type TopicPartitions = ReadonlyMap<string, readonly number[]>;

/**
 * What this member of a consumer group owns, by generation: the count of group joins it has
 * seen. A partition is owned in a generation only if that is the current one and the join gave
 * it: work begun under an older generation (before a rebalance, or before this member was
 * evicted and rejoined) is never committed, even for a partition given back to it since.
 */
export class PartitionOwnership {
  private current = 0;
  private partitions: Map<string, Set<number>> = new Map();

  get generation(): number {
    return this.current;
  }

  /** Records a group join's assignment; returns the new generation. */
  assign(assignment: Record<string, readonly number[]>): number {
    this.partitions = new Map(Object.entries(assignment).map(([topic, ps]) => [topic, new Set(ps)]));
    return ++this.current;
  }

  owns(topic: string, partition: number, generation = this.current): boolean {
    return generation === this.current && (this.partitions.get(topic)?.has(partition) ?? false);
  }

  assigned(): TopicPartitions {
    return new Map([...this.partitions].map(([topic, ps]) => [topic, [...ps].sort((a, b) => a - b)]));
  }
}
