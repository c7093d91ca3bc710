/**
 * Valid codes per coded field, built by the caller (libs/dimensions parses the SAS labels).
 * A missing list means that field's codes are not checked.
 */
export interface CodeLists {
  /** i94cntyl: used for i94cit and i94res. */
  countries?: ReadonlySet<string | number>;
  /** i94prtl. */
  ports?: ReadonlySet<string | number>;
  /** i94addrl. */
  states?: ReadonlySet<string | number>;
  /** i94model. */
  modes?: ReadonlySet<string | number>;
  /** i94visa categories. */
  visas?: ReadonlySet<string | number>;
}

/** True when `code` is in `list`, whether the list holds it as a number or as a string. */
export function hasCode(list: ReadonlySet<string | number>, code: string | number): boolean {
  // Lists parsed from text may hold '582' where the record holds 582, and vice versa.
  if (list.has(code) || list.has(String(code))) return true;
  const asNumber = Number(code);
  return typeof code === 'string' && code.trim() !== '' && Number.isFinite(asNumber) && list.has(asNumber);
}
