// Public API of @i94/sample-data: test data shaped like real feeds. The generator learns the
// field distributions of a sample and writes seeded records, messy and invalid ones included,
// as CSV, NDJSON or Parquet feed files. The CLI's `i94 generate`, the bench and the tests use it;
// no service does.
export * from './generator/prng';
export * from './generator/categorical';
export * from './generator/distribution-model';
export * from './generator/learn-distributions';
export * from './generator/generate-records';
export * from './generator/dirt';
export { learnFromSample, SAMPLE_RELATIVE_PATH } from './feed-files/sample-model';
export { OUTPUT_FORMATS, type OutputFormat, type RecordSink } from './feed-files/record-sink';
export { DEFAULT_ROW_GROUP_SIZE, ParquetSink } from './feed-files/parquet-sink';
export { TextSink } from './feed-files/text-sink';
export { runGenerate, type GenerateRequest, type GenerateResult } from './feed-files/run-generate';
