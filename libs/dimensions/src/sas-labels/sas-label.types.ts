/** An I94 country or region of citizenship/residence (`i94cit`, `i94res`), keyed by code. */
export interface CountryRecord {
  readonly code: number;
  readonly name: string;
  /** False for codes the label file itself calls invalid, collapsed or "No Country Code". */
  readonly valid: boolean;
}

/** An I94 port of entry (`i94port`), keyed by its code. */
export interface PortRecord {
  readonly code: string;
  /** The full label as written, whitespace collapsed. */
  readonly name: string;
  /** The part before the last comma (the whole label when there is none); null for invalid ports. */
  readonly city: string | null;
  /** The raw part after the last comma: a state ('AR (BPS)'), a country ('CANADA') or other. */
  readonly stateOrCountry: string | null;
  /** The US state or territory code when `stateOrCountry` starts with one, else null. */
  readonly state: string | null;
  /** False for "No PORT Code", "Collapsed", unknown and explicitly invalid ports. */
  readonly valid: boolean;
}

/** An I94 mode of arrival (`i94mode`): 1 Air, 2 Sea, 3 Land, 9 Not reported. */
export interface ModeRecord {
  readonly code: number;
  readonly name: string;
}

/** An I94 US address state (`i94addr`), including '99' "All Other Codes". */
export interface StateRecord {
  readonly code: string;
  readonly name: string;
}

/** An I94 visa category (`i94visa`): 1 Business, 2 Pleasure, 3 Student. */
export interface VisaRecord {
  readonly code: number;
  readonly name: string;
}
