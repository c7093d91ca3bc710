import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBackwardCompatible } from './compatibility';

const raw = JSON.parse(readFileSync(join(__dirname, '../../../schemas/i94.arrivals.raw.v1.avsc'), 'utf8'));
const withFields = (fields: unknown[]) => ({ ...raw, fields });

describe('checkBackwardCompatible', () => {
  it('accepts the schema against itself', () => {
    expect(checkBackwardCompatible(raw, raw)).toEqual({ compatible: true });
  });

  it('accepts a new optional field with a default', () => {
    const added = withFields([...raw.fields, { name: 'portOfEntryName', type: ['null', 'string'], default: null }]);
    expect(checkBackwardCompatible(added, raw).compatible).toBe(true);
  });

  it('accepts removing a field (readers ignore it)', () => {
    expect(checkBackwardCompatible(withFields(raw.fields.filter((f: { name: string }) => f.name !== 'occup')), raw).compatible).toBe(true);
  });

  it.each([
    ['a new field without a default', withFields([...raw.fields, { name: 'stayDays', type: 'int' }])],
    ['a field narrowed from long to int', withFields(raw.fields.map((f: { name: string }) => (f.name === 'cicid' ? { ...f, type: 'int' } : f)))],
    ['a field changed from string to int', withFields(raw.fields.map((f: { name: string }) => (f.name === 'i94port' ? { ...f, type: ['null', 'int'] } : f)))],
    ['a renamed record', { ...raw, name: 'Arrival' }],
  ])('rejects %s', (_case, broken) => {
    const result = checkBackwardCompatible(broken, raw);
    expect(result.compatible).toBe(false);
  });
});
