import { parseCompactionRequest } from './compaction-params';

describe('parseCompactionRequest', () => {
  it.each([
    [{}, { month: null }],
    [{ month: '2016-04' }, { month: '2016-04', force: false, rebuild: false }],
    [{ month: 'unknown', force: 'true' }, { month: 'unknown', force: true, rebuild: false }],
    [{ month: '2016-12', rebuild: 'true', force: 'false' }, { month: '2016-12', force: false, rebuild: true }],
  ])('reads %j', (query, request) => {
    expect(parseCompactionRequest(query)).toEqual(request);
  });

  // force=yes used to compact without forcing, and force without a month was dropped silently
  it.each([
    [{ month: '2016-13' }, /month must be/],
    [{ month: ['2016-04', '2016-05'] }, /month must be/],
    [{ month: '2016-04', force: 'yes' }, /force must be true or false/],
    [{ month: '2016-04', rebuild: '' }, /rebuild must be true or false/],
    [{ month: '2016-04', force: ['true', 'true'] }, /force must be true or false/],
    [{ force: 'true' }, /give month too/],
    [{ rebuild: 'false' }, /give month too/],
  ])('refuses %j with 400', (query, message) => {
    expect(() => parseCompactionRequest(query)).toThrow(expect.objectContaining({ status: 400, message: expect.stringMatching(message) }));
  });
});
