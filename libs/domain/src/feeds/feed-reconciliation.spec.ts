import { reconcileFeeds } from './feed-reconciliation';

const batch = (batchId: string, feedDate: string, accepted: number, rejected: number, acceptedAt = 1000) => ({ batchId, feedDate, accepted, rejected, acceptedAt });
const marker = (feedDate: string, expectedCount: number, completedAt = 2000) => ({ feedDate, expectedCount, acceptedCount: 0, rejectedCount: 0, completedAt });

describe('reconcileFeeds', () => {
  it('compares the batch totals of each feed with the count its producer declared', () => {
    const feeds = reconcileFeeds(
      [batch('a', '2016-04-01', 90, 10), batch('b', '2016-04-02', 40, 0), batch('c', '2016-04-03', 10, 0)],
      [marker('2016-04-01', 100), marker('2016-04-02', 50), marker('2016-04-03', 5)],
    );
    expect(feeds.map((f) => [f.feedDate, f.state])).toEqual([['2016-04-03', 'over'], ['2016-04-02', 'short'], ['2016-04-01', 'ok']]);
  });

  it('counts a batch summary read twice once (the topic is compacted by batch id)', () => {
    const [feed] = reconcileFeeds([batch('a', '2016-04-01', 5, 0), batch('a', '2016-04-01', 5, 0)], [marker('2016-04-01', 5)]);
    expect(feed).toMatchObject({ batches: 1, accepted: 5, state: 'ok' });
  });

  it('shows a feed without a completion marker as open, and batches after the marker as late', () => {
    const feeds = reconcileFeeds([batch('a', '2016-04-01', 5, 0, 1000), batch('b', '2016-04-01', 2, 0, 3000), batch('c', '2016-04-02', 1, 0)], [marker('2016-04-01', 5, 2000)]);
    expect(feeds).toEqual([
      { feedDate: '2016-04-02', batches: 1, accepted: 1, rejected: 0, expected: null, completedAt: null, batchesAfterCompletion: 0, state: 'open' },
      { feedDate: '2016-04-01', batches: 2, accepted: 7, rejected: 0, expected: 5, completedAt: 2000, batchesAfterCompletion: 1, state: 'over' },
    ]);
  });

  it('keeps the latest completion of a feed and only the most recent feed dates', () => {
    const feeds = reconcileFeeds([batch('a', '2016-04-01', 6, 0), batch('b', '2016-04-02', 1, 0)], [marker('2016-04-01', 5, 2000), marker('2016-04-01', 6, 2500)], 1);
    expect(feeds.map((f) => f.feedDate)).toEqual(['2016-04-02']);
    expect(reconcileFeeds([batch('a', '2016-04-01', 6, 0)], [marker('2016-04-01', 6, 2500), marker('2016-04-01', 5, 2000)])[0].state).toBe('ok');
  });
});
