import { type ObjectStore } from '../s3/object-store';
import { type CatalogFile, RollCatalog } from './roll-catalog';

/** Every rolled-up file, grouped by arrival month, as the roll manifests list them. */
export const rollFilesByMonth = (store: ObjectStore): Promise<Map<string, CatalogFile[]>> => new RollCatalog(store).filesByMonth();
