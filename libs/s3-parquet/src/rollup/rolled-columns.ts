import { I94_ARRIVALS_ENRICHED_V1_SCHEMA } from '@i94/avro';
import { type ParquetColumn, parquetColumns } from '../parquet/avro-to-parquet';

/**
 * The columns of every rolled-up and compacted file: each field of i94.arrivals.enriched.v1, then
 * the record's Kafka position (what deduplication orders copies by).
 */
export const ROLLED_FILE_COLUMNS: readonly ParquetColumn[] = [
  ...parquetColumns(I94_ARRIVALS_ENRICHED_V1_SCHEMA as never),
  { name: 'kafkaPartition', kind: 'int32', optional: false },
  { name: 'kafkaOffset', kind: 'int64', optional: false },
];
