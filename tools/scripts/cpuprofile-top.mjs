#!/usr/bin/env node
// Top self-time functions of a V8 .cpuprofile (from `node --cpu-prof`), with their share of samples.
// Usage: node tools/scripts/cpuprofile-top.mjs <file.cpuprofile> [how many, default 25]
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: cpuprofile-top.mjs <file.cpuprofile> [n]');
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const self = new Map();
for (const [id, count] of hits) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const where = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '~/').replace(/^file:\/\/.*\/work\/main\//, '')}:${lineNumber + 1}`;
  self.set(where, (self.get(where) ?? 0) + count);
}
const total = profile.samples.length;
const idle = [...self].filter(([k]) => k.startsWith('(idle)')).reduce((s, [, v]) => s + v, 0);
console.log(`${total} samples, ${((100 * idle) / total).toFixed(1)}% idle; self time of the busiest functions (% of non-idle):`);
for (const [where, count] of [...self].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${((100 * count) / (total - idle)).toFixed(1).padStart(5)}%  ${where}`);
}
