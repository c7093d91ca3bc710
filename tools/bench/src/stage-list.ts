import { InvalidArgumentError } from 'commander';
import { STAGES, type StageName } from './bench-results';

/** Parses `--stages a,b,c` into known stage names, in the bench's own order. */
export function stageList(value: string): StageName[] {
  const given = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = given.filter((s) => !(STAGES as readonly string[]).includes(s));
  if (unknown.length || given.length === 0) throw new InvalidArgumentError(`expected a comma-separated list of ${STAGES.join(', ')}; unknown: ${unknown.join(', ') || '(none given)'}`);
  return STAGES.filter((s) => given.includes(s));
}
