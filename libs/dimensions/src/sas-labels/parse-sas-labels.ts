import { type ParseResult } from '../parse-result';
import { parseCountries } from './parse-countries';
import { parseModes } from './parse-modes';
import { parsePorts } from './parse-ports';
import { parseStates } from './parse-states';
import { parseVisas, type VisaParseResult } from './parse-visas';
import { type CountryRecord, type ModeRecord, type PortRecord, type StateRecord } from './sas-label.types';

/** Every code list of the I94 SAS labels file, each with its own skipped lines. */
export interface SasLabels {
  readonly countries: ParseResult<CountryRecord>;
  readonly ports: ParseResult<PortRecord>;
  readonly modes: ParseResult<ModeRecord>;
  readonly states: ParseResult<StateRecord>;
  readonly visas: VisaParseResult;
}

/** Parses all five I94 code lists from the content of `I94_SAS_Labels_Descriptions.SAS`. */
export function parseSasLabels(content: string): SasLabels {
  return {
    countries: parseCountries(content),
    ports: parsePorts(content),
    modes: parseModes(content),
    states: parseStates(content),
    visas: parseVisas(content),
  };
}
