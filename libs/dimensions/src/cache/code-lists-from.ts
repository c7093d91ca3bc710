import { type CodeLists } from '@i94/domain';
import { buildCodeLists } from '../sas-labels/build-code-lists';
import { type DimensionCache } from './dimension-cache';

/** The domain's code lists (valid codes only) from the records a cache currently holds. */
export function codeListsFrom(cache: DimensionCache): Required<CodeLists> {
  return buildCodeLists({
    countries: cache.records('countries'),
    ports: cache.records('ports'),
    states: cache.records('states'),
    modes: cache.records('modes'),
    visas: cache.records('visas'),
  });
}
