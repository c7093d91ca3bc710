// Public API of @i94/feed-readers: the readers of every feed format, streaming, with one verdict
// per record (text: CSV by csv-parse and NDJSON, in UTF-8, ISO-8859-1 or windows-1252; tables:
// Parquet by hyparquet and SAS7BDAT by the reader here). Validation is @i94/domain's parseRecords.
export { CHARSETS, type Charset, charsetOf, decodeLine, type DecodedLine } from './text/charset';
export { isBlankLine, type SplitLine, splitLines } from './text/line-splitter';
export { type CsvRecord, type CsvRecordOptions, DEFAULT_MAX_RECORD_LINES, readCsvRecords } from './text/csv-records';
export { csvFields } from './text/csv-fields';
export { type CsvRow, readCsv } from './text/csv-reader';
export { type NdjsonOptions, type NdjsonRow, readNdjson } from './text/ndjson-reader';
export { type RowTable, rowObjects } from './tables/row-table';
export { type ColumnMapping, jsonValue, mapColumns, toI94JsonLine } from './tables/i94-json';
export { openParquet, PARQUET_SLICE_ROWS, readParquetRows, rowGroupSlices } from './tables/parquet-rows';
export { openSas7bdat, readSas7bdat } from './sas7bdat/read-sas7bdat';
export { type SasRow, type SasValue } from './sas7bdat/row-decoder';
export { Sas7bdatError } from './sas7bdat/sas7bdat-error';
export { UnreadableFeedError } from './tables/unreadable-feed-error';
export { openFeedTable, type TableFormat } from './tables/open-table';
export { readTableRows, type TableRow, type TableRowOptions } from './tables/table-rows';
