import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Splits a generated CSV into files of the given record counts (each with the header), so a
 * scenario can push part of a feed before an outage and the rest during it. Returns the paths.
 */
export function splitFeed(file: string, counts: readonly number[]): string[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
  let next = 0;
  return counts.map((count, i) => {
    const part = file.replace(/\.csv$/, `.part${i + 1}.csv`);
    writeFileSync(part, `${[header, ...lines.slice(next, next + count)].join('\n')}\n`);
    next += count;
    return part;
  });
}
