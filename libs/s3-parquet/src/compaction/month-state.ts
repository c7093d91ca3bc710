import { RollCatalog } from '../rollup/roll-catalog';
import { type ObjectStore } from '../s3/object-store';
import { type MonthVersion } from './month-manifest';

/** The month's live compacted version (through its pointer), or null when it was never compacted. */
export const readMonthVersion = (store: ObjectStore, month: string): Promise<MonthVersion | null> => new RollCatalog(store).currentVersion(month);

/** The months that have rolled-up files their live version has not merged yet, sorted. */
export const monthsWithNewFiles = (store: ObjectStore): Promise<string[]> => new RollCatalog(store).monthsWithNewFiles();
