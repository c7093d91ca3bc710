import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStates } from '@i94/dimensions';

/** The i94addrl state codes, read once at boot: they decide each row's destination_state. */
export function loadStateCodes(referenceDir: string): ReadonlySet<string> {
  const file = join(referenceDir, 'I94_SAS_Labels_Descriptions.SAS');
  try {
    return new Set(parseStates(readFileSync(file, 'utf8')).records.map((s) => s.code));
  } catch (error) {
    throw new Error(`cannot read the i94addrl state list from ${file} (REFERENCE_DIR): ${(error as Error).message}`);
  }
}
