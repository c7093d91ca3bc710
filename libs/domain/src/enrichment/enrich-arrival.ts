import { arrivalMonth } from '../arrival-month';
import { ageOf } from './age';
import { decodeCodes } from './decode-codes';
import { admittedUntil, sasDayToEpochDay, stayDays } from './derived-dates';
import { decodeDestination } from './destination';
import { type EnrichedArrivalLike, type RawArrivalLike } from './enriched-arrival';
import { type EnrichmentLookups } from './enrichment-lookups';
import { mergeFlags } from './merge-flags';

/**
 * Mean temperature of the residence country in the arrival's calendar month. The reference file
 * is partial (January only for most countries), so for most months this is null by design.
 */
function residenceTemperature(country: string | null, month: string | null, lookups: EnrichmentLookups): number | null {
  if (country === null || month === null) return null;
  return lookups.countryTemperature(country, Number(month.slice(5, 7)));
}

/**
 * The enriched record: the raw record unchanged, plus dates, decoded codes and dimension facts.
 * Unknown codes never throw: they decode to null and add an UNKNOWN_* quality flag.
 */
export function enrichArrival(raw: RawArrivalLike, dims: EnrichmentLookups, enrichedAt: number): EnrichedArrivalLike {
  const codes = decodeCodes(raw, dims);
  const destination = decodeDestination(raw.i94addr, dims);
  const month = arrivalMonth(raw);
  return {
    ...raw,
    qualityFlags: mergeFlags(raw.qualityFlags, [...codes.flags, ...destination.flags]),
    arrivalDate: sasDayToEpochDay(raw.arrdate),
    departureDate: sasDayToEpochDay(raw.depdate),
    stayDays: stayDays(raw.arrdate, raw.depdate),
    age: ageOf(raw),
    ...codes.fields,
    visaType: raw.visatype,
    ...destination.fields,
    ...admittedUntil(raw.dtaddto),
    arrivalMonth: month,
    residenceAvgTemperatureC: residenceTemperature(codes.fields.residenceCountry, month, dims),
    dimensionVersions: dims.versions(),
    enrichedAt,
  };
}
