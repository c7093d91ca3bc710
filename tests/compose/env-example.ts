import { readFileSync } from 'node:fs';

/** One variable of an env file: its name, its value and the comment lines just above it. */
export interface EnvExampleVariable {
  name: string;
  value: string;
  comment: string;
}

/** Reads a dotenv file of `# comment` and `NAME=value` lines (no quoting, no export). */
export function readEnvExample(path: string): EnvExampleVariable[] {
  const variables: EnvExampleVariable[] = [];
  let comment: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#')) comment.push(trimmed.replace(/^#\s?/, ''));
    else if (trimmed === '') comment = [];
    else {
      const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(trimmed);
      if (!match) throw new Error(`${path}: not NAME=value: ${trimmed}`);
      variables.push({ name: match[1], value: match[2], comment: comment.filter((c) => !c.startsWith('---')).join(' ') });
      comment = [];
    }
  }
  return variables;
}
