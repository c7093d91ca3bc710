import avro from 'avsc';

export type CompatibilityResult = { compatible: true } | { compatible: false; reason: string };

/**
 * BACKWARD compatibility as the registry defines it: a consumer using `newSchema` can read data
 * written with `oldSchema`. Decided by avsc's schema resolution, the same rules Avro readers use.
 */
export function checkBackwardCompatible(newSchema: unknown, oldSchema: unknown): CompatibilityResult {
  try {
    const reader = avro.Type.forSchema(newSchema as avro.Schema);
    const writer = avro.Type.forSchema(oldSchema as avro.Schema);
    reader.createResolver(writer);
    return { compatible: true };
  } catch (error) {
    return { compatible: false, reason: (error as Error).message };
  }
}
