import { type CountryDimension, type ModeDimension, type PortDimension, type StateDimension, type VisaDimension } from '@i94/avro';
import { type CountryRecord, type ModeRecord, type PortRecord, type StateRecord, type VisaRecord } from '../sas-labels/sas-label.types';

/** A numeric code as the topic carries it (text), read back; anything but an integer is refused. */
export function integerCode(code: string, dimension: string): number {
  const value = Number(code);
  if (code.trim() === '' || !Number.isInteger(value)) throw new TypeError(`${dimension} code '${code}' is not an integer`);
  return value;
}

export const countryToValue = (r: CountryRecord, version: string): CountryDimension => ({ code: String(r.code), name: r.name, valid: r.valid, version });

export const countryFromValue = (v: CountryDimension): CountryRecord => ({ code: integerCode(v.code, 'countries'), name: v.name, valid: v.valid });

export const portToValue = (r: PortRecord, version: string): PortDimension => ({
  code: r.code,
  name: r.name,
  city: r.city,
  stateOrCountry: r.stateOrCountry,
  state: r.state,
  valid: r.valid,
  version,
});

export const portFromValue = (v: PortDimension): PortRecord => ({
  code: v.code,
  name: v.name,
  city: v.city,
  stateOrCountry: v.stateOrCountry,
  state: v.state,
  valid: v.valid,
});

export const modeToValue = (r: ModeRecord, version: string): ModeDimension => ({ code: String(r.code), name: r.name, version });

export const modeFromValue = (v: ModeDimension): ModeRecord => ({ code: integerCode(v.code, 'modes'), name: v.name });

export const stateToValue = (r: StateRecord, version: string): StateDimension => ({ code: r.code, name: r.name, version });

export const stateFromValue = (v: StateDimension): StateRecord => ({ code: v.code, name: v.name });

export const visaToValue = (r: VisaRecord, version: string): VisaDimension => ({ code: String(r.code), name: r.name, version });

export const visaFromValue = (v: VisaDimension): VisaRecord => ({ code: integerCode(v.code, 'visas'), name: v.name });
