/** How one Avro field is stored as a Parquet column. */
export interface ParquetColumn {
  name: string;
  /** int32 / int64 / double / boolean / string; json holds arrays and records as JSON text. */
  kind: 'int32' | 'int64' | 'double' | 'boolean' | 'string' | 'date' | 'timestamp' | 'json';
  optional: boolean;
}

export interface SchemaElement {
  name: string;
  type?: string;
  converted_type?: string;
  repetition_type?: 'REQUIRED' | 'OPTIONAL';
  num_children?: number;
}

type AvroType = string | { type: string; logicalType?: string; items?: unknown; fields?: unknown } | AvroType[];

function columnKind(type: AvroType): ParquetColumn['kind'] {
  if (Array.isArray(type)) return columnKind(type.find((t) => t !== 'null') as AvroType);
  if (typeof type === 'object') {
    if (type.logicalType === 'date') return 'date';
    if (type.logicalType === 'timestamp-millis') return 'timestamp';
    if (type.type === 'array' || type.type === 'record' || type.type === 'map') return 'json';
    return columnKind(type.type);
  }
  const kinds: Record<string, ParquetColumn['kind']> = { int: 'int32', long: 'int64', double: 'double', float: 'double', boolean: 'boolean', string: 'string', enum: 'string' };
  const kind = kinds[type];
  if (!kind) throw new Error(`no Parquet column for Avro type ${type}`);
  return kind;
}

/** The Parquet columns of an Avro record schema: one per field, types following the Avro (logical) types. */
export function parquetColumns(avroRecord: { fields: readonly { name: string; type: unknown }[] }): ParquetColumn[] {
  return avroRecord.fields.map((f) => ({
    name: f.name,
    kind: columnKind(f.type as AvroType),
    optional: Array.isArray(f.type) && (f.type as unknown[]).includes('null'),
  }));
}

const ELEMENT: Record<ParquetColumn['kind'], Pick<SchemaElement, 'type' | 'converted_type'>> = {
  int32: { type: 'INT32' },
  int64: { type: 'INT64' },
  double: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  date: { type: 'INT32', converted_type: 'DATE' },
  timestamp: { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
  json: { type: 'BYTE_ARRAY', converted_type: 'JSON' },
};

/** The Parquet schema (root + one element per column). */
export function parquetSchema(columns: readonly ParquetColumn[]): SchemaElement[] {
  return [
    { name: 'root', num_children: columns.length },
    ...columns.map((c) => ({ name: c.name, ...ELEMENT[c.kind], repetition_type: c.optional ? ('OPTIONAL' as const) : ('REQUIRED' as const) })),
  ];
}

/** A value as its column stores it (int64 as bigint, records and arrays as JSON text). */
export function toColumnValue(kind: ParquetColumn['kind'], value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'int64' || kind === 'timestamp') return BigInt(value as number);
  if (kind === 'json') return JSON.stringify(value);
  return value;
}

const MS_PER_DAY = 86_400_000;

// Not `instanceof Date`: hyparquet is an ES module, and a Date made in another realm (Jest's
// module sandbox) fails that test, so a DATE column would read back as milliseconds.
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** A value as read back by hyparquet, in the shape its Avro field has (the inverse of toColumnValue). */
export function fromColumnValue(kind: ParquetColumn['kind'], value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'int64':
      return Number(value as bigint);
    case 'timestamp':
      return isDate(value) ? value.getTime() : Number(value as bigint);
    case 'date':
      return isDate(value) ? Math.round(value.getTime() / MS_PER_DAY) : Number(value);
    case 'json':
      return JSON.parse(String(value));
    default:
      return value;
  }
}
