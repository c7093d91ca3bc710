import { join } from 'node:path';
import { serviceNodeFlags } from './node-flags';

describe('serviceNodeFlags', () => {
  it('reads the V8 flags of deploy/node-flags without its comments', () => {
    const flags = serviceNodeFlags(join(__dirname, '../../..'));
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(flag).toMatch(/^--[a-z-]+(=\S+)?$/);
  });
});
