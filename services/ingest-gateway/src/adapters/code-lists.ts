import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCodeLists, parseSasLabels } from '@i94/dimensions';
import { type CodeLists } from '@i94/domain';

/** The valid codes from the SAS labels file, read once at boot, for flagging unknown codes. */
export function loadCodeLists(referenceDir: string): CodeLists {
  const file = join(referenceDir, 'I94_SAS_Labels_Descriptions.SAS');
  try {
    const labels = parseSasLabels(readFileSync(file, 'utf8'));
    return buildCodeLists({
      countries: labels.countries.records,
      ports: labels.ports.records,
      states: labels.states.records,
      modes: labels.modes.records,
      visas: labels.visas.records,
    });
  } catch (error) {
    throw new Error(`cannot read the I94 code lists from ${file} (REFERENCE_DIR): ${(error as Error).message}`);
  }
}
