import { type I94RawRecord } from '../i94-raw-record';
import { QUALITY_FLAGS, type QualityFlag } from '../quality-flags';
import { type EnrichmentFields } from './enriched-arrival';
import { type EnrichmentLookups } from './enrichment-lookups';

type CodeFields = Pick<
  EnrichmentFields,
  'citizenshipCountry' | 'residenceCountry' | 'portName' | 'portCity' | 'portState' | 'modeName' | 'visaCategory'
>;

/** The decoded code fields of a record and the UNKNOWN_* flags for the codes that did not decode. */
export interface DecodedCodes {
  fields: CodeFields;
  flags: QualityFlag[];
}

// Entries the labels file marks invalid ('INVALID: CANADA', 'No PORT Code (X96)') name no real
// place, so they decode like unlisted codes: null plus a flag, as ingest validation treats them.
function countryName(lookups: EnrichmentLookups, code: number | null): string | null {
  if (code === null) return null;
  const entry = lookups.country(code);
  return entry?.valid ? entry.name : null;
}

function portFields(lookups: EnrichmentLookups, code: string | null): Pick<CodeFields, 'portName' | 'portCity' | 'portState'> {
  const entry = code === null ? null : lookups.port(code);
  if (!entry?.valid) return { portName: null, portCity: null, portState: null };
  return { portName: entry.name, portCity: entry.city, portState: entry.state };
}

/** Decodes i94cit, i94res, i94port, i94mode and i94visa; a missing code is null without a flag. */
export function decodeCodes(record: I94RawRecord, lookups: EnrichmentLookups): DecodedCodes {
  const fields: CodeFields = {
    citizenshipCountry: countryName(lookups, record.i94cit),
    residenceCountry: countryName(lookups, record.i94res),
    ...portFields(lookups, record.i94port),
    modeName: record.i94mode === null ? null : (lookups.mode(record.i94mode)?.name ?? null),
    visaCategory: record.i94visa === null ? null : (lookups.visa(record.i94visa)?.name ?? null),
  };
  const undecoded = (code: unknown, decoded: string | null): boolean => code !== null && decoded === null;
  const checks: [boolean, QualityFlag][] = [
    [undecoded(record.i94cit, fields.citizenshipCountry) || undecoded(record.i94res, fields.residenceCountry), QUALITY_FLAGS.UNKNOWN_COUNTRY],
    [undecoded(record.i94port, fields.portName), QUALITY_FLAGS.UNKNOWN_PORT],
    [undecoded(record.i94mode, fields.modeName), QUALITY_FLAGS.UNKNOWN_MODE],
    [undecoded(record.i94visa, fields.visaCategory), QUALITY_FLAGS.UNKNOWN_VISA],
  ];
  return { fields, flags: checks.filter(([hit]) => hit).map(([, flag]) => flag) };
}
