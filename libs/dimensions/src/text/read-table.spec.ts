import { readTable } from './read-table';

const COLUMNS = { code: 'Code', name: 'Name' } as const;

describe('readTable', () => {
  it('finds columns by name whatever their order, case or padding', () => {
    const table = readTable(' name ;extra;CODE\r\nJapan;x;209\r\n', COLUMNS, ';');
    expect(table).toEqual({ ok: true, rows: [{ line: 2, fields: ['Japan', 'x', '209'] }], index: { code: 2, name: 0 }, width: 3, skipped: [] });
  });

  it.each([
    ['an empty file', '', [{ line: 0, reason: 'no header line' }]],
    ['a missing column', 'Code;Label\n1;x\n', [{ line: 1, reason: 'missing columns: Name' }]],
  ])('refuses %s', (_case, content, skipped) => {
    expect(readTable(content, COLUMNS, ';')).toEqual({ ok: false, skipped });
  });
});
