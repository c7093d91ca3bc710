import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

export interface StateCounts {
  arrivals: number;
  male: number;
  female: number;
  business: number;
  pleasure: number;
  student: number;
}

/** The i94addrl codes, read with a plain regex from the SAS labels file (not the dimensions parser). */
function stateCodes(): Set<string> {
  const sas = readFileSync(join(ROOT, 'data/reference/I94_SAS_Labels_Descriptions.SAS'), 'utf8');
  const block = sas.slice(sas.indexOf('i94addrl'), sas.indexOf(';', sas.indexOf('i94addrl')));
  return new Set([...block.matchAll(/'(\w\w)'\s*=/g)].map((m) => m[1]));
}

/**
 * State counts of an April-2016 CSV recomputed the simplest way, independent of the platform's
 * code: split on commas, the SAS rule for the state (listed in i94addrl, else 99).
 */
export function recountByState(file: string): Map<string, StateCounts> {
  const states = stateCodes();
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const col = Object.fromEntries(header.split(',').map((name, i) => [name, i]));
  const counts = new Map<string, StateCounts>();
  for (const row of rows) {
    const cells = row.split(',');
    const addr = cells[col.i94addr].trim();
    const state = states.has(addr) ? addr : '99';
    const c = counts.get(state) ?? { arrivals: 0, male: 0, female: 0, business: 0, pleasure: 0, student: 0 };
    c.arrivals += 1;
    if (cells[col.gender] === 'M') c.male += 1;
    if (cells[col.gender] === 'F') c.female += 1;
    const visa = Number(cells[col.i94visa]);
    if (visa === 1) c.business += 1;
    if (visa === 2) c.pleasure += 1;
    if (visa === 3) c.student += 1;
    counts.set(state, c);
  }
  return counts;
}
