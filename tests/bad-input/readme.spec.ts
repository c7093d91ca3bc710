import { join } from 'node:path';
import { generatedSection } from '../support/generated-section';
import { README_END, README_START, renderCorpusMarkdown } from './corpus';

// README.md shows the corpus tables; they are generated from corpus.ts so the two cannot drift.
it('tests/bad-input/README.md holds the corpus tables exactly as corpus.ts renders them', () => {
  const { current, expected } = generatedSection(join(__dirname, 'README.md'), README_START, README_END, renderCorpusMarkdown(), process.env.UPDATE_CORPUS_README === '1');
  expect(current).toBe(expected);
});
