import { type CountryRecord, type ModeRecord, type PortRecord, type StateRecord, type VisaRecord } from './sas-label.types';

/** The codes validation accepts; anything outside them is an unknown code. */
export interface CodeLists {
  readonly countries: ReadonlySet<number>;
  readonly ports: ReadonlySet<string>;
  readonly states: ReadonlySet<string>;
  readonly modes: ReadonlySet<number>;
  readonly visas: ReadonlySet<number>;
}

/** The dimension records a code list is built from. */
export interface CodeListSources {
  readonly countries: readonly CountryRecord[];
  readonly ports: readonly PortRecord[];
  readonly states: readonly StateRecord[];
  readonly modes: readonly ModeRecord[];
  readonly visas: readonly VisaRecord[];
}

/** Builds the sets of VALID codes; countries and ports marked invalid are left out. */
export function buildCodeLists(sources: CodeListSources): CodeLists {
  return {
    countries: new Set(sources.countries.filter((c) => c.valid).map((c) => c.code)),
    ports: new Set(sources.ports.filter((p) => p.valid).map((p) => p.code)),
    states: new Set(sources.states.map((s) => s.code)),
    modes: new Set(sources.modes.map((m) => m.code)),
    visas: new Set(sources.visas.map((v) => v.code)),
  };
}
