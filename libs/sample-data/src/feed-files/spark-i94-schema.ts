import type { SchemaElement } from 'hyparquet';
import { I94_FIELDS, I94_FIELD_KINDS, type I94FieldName } from '@i94/domain';

/** True for fields Spark reads from the SAS files as doubles (every numeric SAS column). */
export function isNumericField(field: I94FieldName): boolean {
  return I94_FIELD_KINDS[field] !== 'string';
}

/**
 * The Parquet schema Spark writes for the I94 SAS files (the Udacity `sas_data` layout): the 28
 * fields in CSV order, numeric ones as optional DOUBLE, the rest as optional UTF-8 strings.
 */
export function sparkI94Schema(): SchemaElement[] {
  return [
    { name: 'spark_schema', num_children: I94_FIELDS.length },
    ...I94_FIELDS.map((name): SchemaElement =>
      isNumericField(name)
        ? { name, type: 'DOUBLE', repetition_type: 'OPTIONAL' }
        : { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
    ),
  ];
}
