import { importEsm } from './import-esm';

/**
 * The hyparquet module (reader) as Node loads it: 'hyparquet' resolves to its Node entry, which
 * adds asyncBufferFromFile; moduleResolution "node" does not read package exports, so name its types.
 */
export type Hyparquet = typeof import('hyparquet/types/node');
/** The hyparquet-writer module. */
export type HyparquetWriter = typeof import('hyparquet-writer');

let reader: Promise<Hyparquet> | undefined;
let writer: Promise<HyparquetWriter> | undefined;

/** hyparquet, loaded once. */
export const loadHyparquet = (): Promise<Hyparquet> => (reader ??= importEsm<Hyparquet>('hyparquet'));

/** hyparquet-writer, loaded once. */
export const loadHyparquetWriter = (): Promise<HyparquetWriter> => (writer ??= importEsm<HyparquetWriter>('hyparquet-writer'));
