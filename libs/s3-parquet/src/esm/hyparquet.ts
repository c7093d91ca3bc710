import { importEsm } from './import-esm';

/** The hyparquet module (reader). */
export type Hyparquet = typeof import('hyparquet');
/** The hyparquet-writer module. */
export type HyparquetWriter = typeof import('hyparquet-writer');

let reader: Promise<Hyparquet> | undefined;
let writer: Promise<HyparquetWriter> | undefined;

/** hyparquet, loaded once. */
export const loadHyparquet = (): Promise<Hyparquet> => (reader ??= importEsm<Hyparquet>('hyparquet'));

/** hyparquet-writer, loaded once. */
export const loadHyparquetWriter = (): Promise<HyparquetWriter> => (writer ??= importEsm<HyparquetWriter>('hyparquet-writer'));
