import { waitFor } from '@i94/testing';
import { CompactorService } from './compactor.service';
import { type CompactionResult, type MonthCompaction } from './month-compaction';

const RETRY = { initialMs: 5, maxMs: 20 };

/** A compactor whose store fails `listingFailures` listings and `compactionFailures` compactions first. */
function setUp({ listingFailures = 0, compactionFailures = 0 }) {
  const events: string[] = [];
  let dirty = ['2016-04'];
  let listings = 0;
  let compactions = 0;
  const compaction = {
    compact: async (month: string): Promise<CompactionResult> => {
      if (compactions++ < compactionFailures) throw new Error('Cassandra unavailable');
      dirty = dirty.filter((m) => m !== month);
      return { month, skipped: true, reason: 'test' };
    },
  } as unknown as MonthCompaction;
  const months = {
    monthsWithNewFiles: async () => {
      if (listings++ < listingFailures) throw new Error('S3 list failed');
      return dirty;
    },
  };
  const service = new CompactorService(compaction, months, 1, (r) => events.push(`compacted ${r.month}`), (e, m) => events.push(`failed ${m ?? '-'}: ${e.message}`), RETRY);
  return { service, events };
}

describe('CompactorService after a failure', () => {
  it('compacts the dirty months again, with backoff, until the compaction succeeds', async () => {
    const { service, events } = setUp({ compactionFailures: 2 });
    await service.compactDirty();
    await waitFor(() => events.includes('compacted 2016-04'), { timeoutMs: 2000 });
    expect(events).toEqual(['failed 2016-04: Cassandra unavailable', 'failed 2016-04: Cassandra unavailable', 'compacted 2016-04']);
    await service.stop();
  });

  it('retries when the dirty months cannot even be listed', async () => {
    const { service, events } = setUp({ listingFailures: 1 });
    await expect(service.compactDirty()).resolves.toEqual([]);
    await waitFor(() => events.includes('compacted 2016-04'), { timeoutMs: 2000 });
    expect(events).toEqual(['failed -: S3 list failed', 'compacted 2016-04']);
    await service.stop();
  });

  it('retries an announced month whose compaction failed', async () => {
    const { service, events } = setUp({ compactionFailures: 1 });
    service.announced([{ month: '2016-04', input: { key: 'r1', partition: 0, startOffset: 0, endOffset: 9, rows: 10 } }]);
    await waitFor(() => events.includes('compacted 2016-04'), { timeoutMs: 2000 });
    expect(events).toEqual(['failed 2016-04: Cassandra unavailable', 'compacted 2016-04']);
    await service.stop();
  });

  it('stops retrying once stopped', async () => {
    const { service, events } = setUp({ compactionFailures: 100 });
    await service.compactDirty();
    await service.stop();
    await new Promise((r) => setTimeout(r, 60));
    expect(events).toEqual(['failed 2016-04: Cassandra unavailable']);
  });
});
