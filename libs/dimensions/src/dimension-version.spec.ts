import { readReference } from '../test/reference-files';
import { dimensionVersion } from './dimension-version';

describe('dimensionVersion', () => {
  it('is the first 12 hex digits of the SHA-256 of the content (sha256sum | cut -c1-12)', () => {
    expect(dimensionVersion(readReference('sas'))).toBe('c3e070be49fa');
    expect(dimensionVersion('')).toBe('e3b0c44298fc');
  });

  it('changes when the content changes, even by a line ending', () => {
    expect(dimensionVersion('a\r\nb')).not.toBe(dimensionVersion('a\nb'));
  });

  it('combines several sources without mixing up where one ends', () => {
    expect(dimensionVersion(['ab', 'c'])).not.toBe(dimensionVersion(['a', 'bc']));
    expect(dimensionVersion(['ab', 'c'])).toMatch(/^[0-9a-f]{12}$/);
    expect(dimensionVersion(['ab', 'c'])).toBe(dimensionVersion(['ab', 'c']));
  });
});
