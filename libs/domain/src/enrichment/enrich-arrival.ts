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
  const { fields: codes, flags: codeFlags } = decodeCodes(raw, dims);
  const { fields: destination, flags: destinationFlags } = decodeDestination(raw.i94addr, dims);
  const month = arrivalMonth(raw);
  const admitted = admittedUntil(raw.dtaddto);
  // One object literal naming every field, not spreads: `{ ...raw, more }` costs V8 a fresh
  // property map per record (hundreds of µs and most of the enricher's GC with ~60 fields).
  return {
    cicid: raw.cicid, i94yr: raw.i94yr, i94mon: raw.i94mon, i94cit: raw.i94cit, i94res: raw.i94res, i94port: raw.i94port,
    arrdate: raw.arrdate, i94mode: raw.i94mode, i94addr: raw.i94addr, depdate: raw.depdate, i94bir: raw.i94bir, i94visa: raw.i94visa,
    count: raw.count, dtadfile: raw.dtadfile, visapost: raw.visapost, occup: raw.occup, entdepa: raw.entdepa, entdepd: raw.entdepd,
    entdepu: raw.entdepu, matflag: raw.matflag, biryear: raw.biryear, dtaddto: raw.dtaddto, gender: raw.gender, insnum: raw.insnum,
    airline: raw.airline, admnum: raw.admnum, fltno: raw.fltno, visatype: raw.visatype,
    batchId: raw.batchId, feedDate: raw.feedDate, sourceFile: raw.sourceFile, sourceLine: raw.sourceLine, ingestedAt: raw.ingestedAt,
    qualityFlags: mergeFlags(raw.qualityFlags, [...codeFlags, ...destinationFlags]),
    arrivalDate: sasDayToEpochDay(raw.arrdate),
    departureDate: sasDayToEpochDay(raw.depdate),
    stayDays: stayDays(raw.arrdate, raw.depdate),
    age: ageOf(raw),
    citizenshipCountry: codes.citizenshipCountry,
    residenceCountry: codes.residenceCountry,
    portName: codes.portName,
    portCity: codes.portCity,
    portState: codes.portState,
    modeName: codes.modeName,
    visaCategory: codes.visaCategory,
    visaType: raw.visatype,
    destinationState: destination.destinationState,
    destinationStateName: destination.destinationStateName,
    destinationPopulation: destination.destinationPopulation,
    destinationForeignBornShare: destination.destinationForeignBornShare,
    destinationMedianAge: destination.destinationMedianAge,
    admittedUntilDate: admitted.admittedUntilDate,
    admittedUntilStatus: admitted.admittedUntilStatus,
    arrivalMonth: month,
    residenceAvgTemperatureC: residenceTemperature(codes.residenceCountry, month, dims),
    dimensionVersions: dims.versions(),
    enrichedAt,
  };
}
