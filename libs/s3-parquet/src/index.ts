export { importEsm } from './esm/import-esm';
export { loadHyparquet, loadHyparquetWriter, type Hyparquet, type HyparquetWriter } from './esm/hyparquet';
export { parquetColumns, parquetSchema, toColumnValue, type ParquetColumn, type SchemaElement } from './parquet/avro-to-parquet';
export { encodeParquet, type EncodeOptions } from './parquet/encode-parquet';
export { ObjectStore, ObjectStoreUnavailableError, type S3Options, type VersionedObject } from './s3/object-store';
export { ingestHourOf, ROLL_MANIFEST_PREFIX, rollClaimKey, rollManifestKey, rollupObjectKey, type RollPosition } from './rollup/rollup-keys';
export { parseRollManifest, type RollFile, type RollManifest } from './rollup/roll-manifest';
export { s3Readiness } from './s3/readiness';
export { fromColumnValue } from './parquet/avro-to-parquet';
export { readParquet } from './parquet/read-parquet';
export {
  aggregatesObjectKey, compactedObjectKey, monthClaimKey, monthPointerKey, monthVersionKey, type MonthInput, type MonthPointer, type MonthVersion,
} from './compaction/month-manifest';
export { rollFilesByMonth } from './rollup/roll-files';
export { monthsWithNewFiles, readMonthVersion } from './compaction/month-state';
export { objectStoreFromEnv, type S3Env } from './s3/object-store-from-env';
export { type CatalogFile, type LiveMonthVersion, RollCatalog } from './rollup/roll-catalog';
export { ROLLED_FILE_COLUMNS } from './rollup/rolled-columns';
export { renameParquetColumns, schemaRenames } from './parquet/parquet-footer';
