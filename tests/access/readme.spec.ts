import { join } from 'node:path';
import { renderAccessMatrix } from '@i94/testing';
import { generatedSection } from '../support/generated-section';

const START = '<!-- matrix:start (generated from libs/testing/src/access-matrix.ts: UPDATE_ACCESS_README=1 npx jest tests/access/readme.spec.ts) -->';
const END = '<!-- matrix:end -->';

// README.md shows the access matrix the access specs check; generated, so the two cannot drift.
it('tests/access/README.md holds the access matrix exactly as access-matrix.ts renders it', () => {
  const { current, expected } = generatedSection(join(__dirname, 'README.md'), START, END, renderAccessMatrix(), process.env.UPDATE_ACCESS_README === '1');
  expect(current).toBe(expected);
});
