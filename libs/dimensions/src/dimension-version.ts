import { createHash } from 'node:crypto';

/** Hex digits kept: 48 bits tell versions of a reference file apart and stay readable in keys. */
const VERSION_LENGTH = 12;

/**
 * A short, stable version stamp for dimension data: the first 12 hex digits of the SHA-256 of the
 * source content, so `sha256sum file | cut -c1-12` reproduces it and republishing the same file
 * gives the same stamp. For several sources it hashes their full digests one per line, which
 * keeps ('ab', 'c') and ('a', 'bc') apart.
 */
export function dimensionVersion(source: string | readonly string[]): string {
  const digest = typeof source === 'string' ? sha256(source) : sha256(source.map(sha256).join('\n'));
  return digest.slice(0, VERSION_LENGTH);
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
