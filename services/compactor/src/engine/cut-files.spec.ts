import { cutFiles } from './cut-files';

describe('cutFiles', () => {
  it('fills files in order up to the bound, cutting only between days, and gives an oversized day a file of its own', () => {
    const days = [
      { state: 'CA', day: '2016-04-01', n: 60 },
      { state: 'CA', day: '2016-04-02', n: 30 },
      { state: 'CA', day: null, n: 20 },
      { state: 'FL', day: '2016-04-01', n: 250 },
      { state: 'NY', day: '2016-04-01', n: 10 },
    ];
    expect(cutFiles(days, 100).map((d) => d.file)).toEqual([0, 0, 1, 2, 3]);
    expect(cutFiles([], 100)).toEqual([]);
  });
});
