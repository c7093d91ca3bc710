/** One I94 arrival record as published by the NTTO, typed but not yet enriched. */
export interface I94RawRecord {
  /** Record id, unique within a monthly file; the natural key. */
  cicid: number;
  i94yr: number | null;
  i94mon: number | null;
  /** Country of citizenship (i94cntyl code). */
  i94cit: number | null;
  /** Country of residence (i94cntyl code). */
  i94res: number | null;
  i94port: string | null;
  /** Arrival date as a SAS day number (days since 1960-01-01). */
  arrdate: number | null;
  i94mode: number | null;
  i94addr: string | null;
  /** Departure date as a SAS day number. */
  depdate: number | null;
  /** Age in years. */
  i94bir: number | null;
  i94visa: number | null;
  count: number | null;
  /** Date added to the I-94 files, YYYYMMDD. */
  dtadfile: string | null;
  visapost: string | null;
  occup: string | null;
  entdepa: string | null;
  entdepd: string | null;
  entdepu: string | null;
  matflag: string | null;
  biryear: number | null;
  /** Admitted-until date, MMDDYYYY, or a code such as D/S. */
  dtaddto: string | null;
  gender: string | null;
  insnum: string | null;
  airline: string | null;
  /** Admission number; up to 11 digits, beyond 32 bits but a safe integer. */
  admnum: number | null;
  fltno: string | null;
  visatype: string | null;
}

/** The 28 I94 field names in the column order of the NTTO/Udacity CSV export. */
export const I94_FIELDS = [
  'cicid',
  'i94yr',
  'i94mon',
  'i94cit',
  'i94res',
  'i94port',
  'arrdate',
  'i94mode',
  'i94addr',
  'depdate',
  'i94bir',
  'i94visa',
  'count',
  'dtadfile',
  'visapost',
  'occup',
  'entdepa',
  'entdepd',
  'entdepu',
  'matflag',
  'biryear',
  'dtaddto',
  'gender',
  'insnum',
  'airline',
  'admnum',
  'fltno',
  'visatype',
] as const satisfies readonly (keyof I94RawRecord)[];

/** Name of one I94 field. */
export type I94FieldName = (typeof I94_FIELDS)[number];

/** Storage kind of a field: 32-bit integer, 53-bit safe integer, or text. */
export type I94FieldKind = 'int' | 'long' | 'string';

/** Storage kind of every I94 field; drives parsing and serialisation. */
export const I94_FIELD_KINDS: Readonly<Record<I94FieldName, I94FieldKind>> = {
  cicid: 'long',
  i94yr: 'int',
  i94mon: 'int',
  i94cit: 'int',
  i94res: 'int',
  i94port: 'string',
  arrdate: 'int',
  i94mode: 'int',
  i94addr: 'string',
  depdate: 'int',
  i94bir: 'int',
  i94visa: 'int',
  count: 'int',
  dtadfile: 'string',
  visapost: 'string',
  occup: 'string',
  entdepa: 'string',
  entdepd: 'string',
  entdepu: 'string',
  matflag: 'string',
  biryear: 'int',
  dtaddto: 'string',
  gender: 'string',
  insnum: 'string',
  airline: 'string',
  admnum: 'long',
  fltno: 'string',
  visatype: 'string',
};

/** A field's typed value, as held in an I94RawRecord. */
export type I94FieldValue = string | number | null;

const FIELD_SET: ReadonlySet<string> = new Set(I94_FIELDS);

/** True when `name` is one of the 28 I94 field names. */
export function isI94FieldName(name: string): name is I94FieldName {
  return FIELD_SET.has(name);
}
