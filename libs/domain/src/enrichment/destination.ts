import { QUALITY_FLAGS, type QualityFlag } from '../quality-flags';
import { OTHER_STATE_CODE, destinationStateCode } from '../state-bucket';
import { type EnrichmentFields } from './enriched-arrival';
import { type EnrichmentLookups } from './enrichment-lookups';

type DestinationFields = Pick<
  EnrichmentFields,
  'destinationState' | 'destinationStateName' | 'destinationPopulation' | 'destinationForeignBornShare' | 'destinationMedianAge'
>;

/** The destination fields of a record and UNKNOWN_STATE when i94addr was not a listed code. */
export interface DecodedDestination {
  fields: DestinationFields;
  flags: QualityFlag[];
}

/** Destination state by the SAS file's rule (unlisted -> '99'), its name, and its city demographics. */
export function decodeDestination(i94addr: string | null, lookups: EnrichmentLookups): DecodedDestination {
  const code = destinationStateCode(i94addr, lookups.stateCodes());
  // '99' is a bucket, not a state: it has no demographics, and looking it up would count as a miss.
  const demographics = code === OTHER_STATE_CODE ? null : lookups.stateDemographics(code);
  const given = i94addr?.trim().toUpperCase() ?? '';
  const unknown = code === OTHER_STATE_CODE && given !== '' && given !== OTHER_STATE_CODE;
  return {
    fields: {
      destinationState: code,
      destinationStateName: lookups.state(code)?.name ?? null,
      destinationPopulation: demographics?.totalPopulation ?? null,
      destinationForeignBornShare: demographics?.foreignBornShare ?? null,
      destinationMedianAge: demographics?.medianAge ?? null,
    },
    flags: unknown ? [QUALITY_FLAGS.UNKNOWN_STATE] : [],
  };
}
