import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { README_END, README_START, renderCorpusMarkdown } from './corpus';

// README.md shows the corpus tables; they are generated from corpus.ts so the two cannot drift.
describe('tests/bad-input/README.md', () => {
  const path = join(__dirname, 'README.md');

  it('holds the corpus tables exactly as corpus.ts renders them', () => {
    const readme = readFileSync(path, 'utf8');
    const start = readme.indexOf(README_START);
    const end = readme.indexOf(README_END);
    expect({ start: start >= 0, end: end > start }).toEqual({ start: true, end: true });
    const generated = `${README_START}\n${renderCorpusMarkdown()}\n${README_END}`;
    const updated = readme.slice(0, start) + generated + readme.slice(end + README_END.length);
    if (process.env.UPDATE_CORPUS_README === '1') writeFileSync(path, updated);
    expect(readme).toBe(updated);
  });
});
