import { type CodeLists } from '@i94/domain';
import { type CountryRecord, type ModeRecord, type PortRecord, type StateRecord, type VisaRecord } from './sas-label.types';

/** The dimension records a code list is built from. */
export interface CodeListSources {
  readonly countries: readonly CountryRecord[];
  readonly ports: readonly PortRecord[];
  readonly states: readonly StateRecord[];
  readonly modes: readonly ModeRecord[];
  readonly visas: readonly VisaRecord[];
}

/**
 * Builds the sets of VALID codes that domain validation checks against; countries and ports
 * marked invalid are left out, so records using them are flagged as unknown codes.
 */
export function buildCodeLists(sources: CodeListSources): Required<CodeLists> {
  return {
    countries: new Set(sources.countries.filter((c) => c.valid).map((c) => c.code)),
    ports: new Set(sources.ports.filter((p) => p.valid).map((p) => p.code)),
    states: new Set(sources.states.map((s) => s.code)),
    modes: new Set(sources.modes.map((m) => m.code)),
    visas: new Set(sources.visas.map((v) => v.code)),
  };
}
