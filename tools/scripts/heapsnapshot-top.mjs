#!/usr/bin/env node
// What a V8 heap snapshot (node --heapsnapshot-signal=SIGUSR2, then kill -USR2 <pid>) holds: self size and count by constructor.
// Usage: node --max-old-space-size=4096 tools/scripts/heapsnapshot-top.mjs <file.heapsnapshot> [how many, default 30]
import { readFileSync } from 'node:fs';

const [file, top = '30'] = process.argv.slice(2);
if (!file) throw new Error('usage: heapsnapshot-top.mjs <file.heapsnapshot> [n]');
const { snapshot, nodes, strings } = JSON.parse(readFileSync(file, 'utf8'));
const fields = snapshot.meta.node_fields;
const types = snapshot.meta.node_types[0];
const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
const totals = new Map();
let all = 0;
for (let i = 0; i < nodes.length; i += fields.length) {
  const type = types[nodes[i + typeAt]];
  const key = type === 'object' || type === 'native' || type === 'closure' ? `${type} ${strings[nodes[i + nameAt]]}` : `(${type})`;
  const t = totals.get(key) ?? { size: 0, count: 0 };
  t.size += nodes[i + sizeAt];
  t.count += 1;
  totals.set(key, t);
  all += nodes[i + sizeAt];
}
console.log(`${(all / 1048576).toFixed(1)} MB in ${nodes.length / fields.length} nodes; by self size:`);
for (const [key, { size, count }] of [...totals].sort((a, b) => b[1].size - a[1].size).slice(0, Number(top))) {
  console.log(`${(size / 1048576).toFixed(1).padStart(7)} MB ${String(count).padStart(9)}  ${key.slice(0, 100)}`);
}
