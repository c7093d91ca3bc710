/** The i94addrl bucket for every code not in the list ("All Other Codes"). */
export const OTHER_STATE_CODE = '99';

/** The destination state code if it is a listed state, else '99' as the SAS labels file prescribes. */
export function destinationStateCode(i94addr: string | null, validStates: ReadonlySet<string>): string {
  if (i94addr === null) return OTHER_STATE_CODE;
  const code = i94addr.trim().toUpperCase();
  return validStates.has(code) ? code : OTHER_STATE_CODE;
}
