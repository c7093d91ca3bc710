import { isUtf8 } from 'node:buffer';

/** Character sets a text feed may be sent in. */
export const CHARSETS = ['utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'] as const;
/** One supported character set. */
export type Charset = (typeof CHARSETS)[number];

const LABELS: Readonly<Record<string, Charset>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'iso-8859-1': 'iso-8859-1',
  'iso8859-1': 'iso-8859-1',
  iso_8859_1: 'iso-8859-1',
  'iso_8859-1': 'iso-8859-1',
  latin1: 'iso-8859-1',
  'latin-1': 'iso-8859-1',
  l1: 'iso-8859-1',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'us-ascii': 'us-ascii',
  ascii: 'us-ascii',
};

/** The charset a `charset=` label names (case-insensitive), or null when it is not supported. */
export function charsetOf(label: string): Charset | null {
  return LABELS[label.trim().toLowerCase()] ?? null;
}

/** A line's text, or why its bytes are not text in the charset. */
export type DecodedLine = { ok: true; text: string } | { ok: false; message: string };

// windows-1252 is ISO-8859-1 but for 0x80-0x9F, where it has printable characters and five
// unassigned bytes (0 here). Node 20's TextDecoder('windows-1252') drops those bytes, so the
// 32 code points are spelled out (from the Unicode mapping table CP1252.TXT).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
const CP1252_UNASSIGNED = (byte: number) => byte >= 0x80 && byte <= 0x9f && CP1252_HIGH[byte - 0x80] === 0;
const C1 = /[\u0080-\u009f]/g;
const cp1252 = (bytes: Buffer) => bytes.toString('latin1').replace(C1, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] || 0xfffd));

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

function invalid(bytes: Buffer, at: number, charset: Charset): DecodedLine {
  const hint = charset === 'utf-8' ? '; declare the charset the file is in (e.g. Content-Type: text/csv; charset=iso-8859-1 or windows-1252)' : '';
  return { ok: false, message: `byte ${hex(bytes[at])} at byte ${at + 1} of the line is not valid ${charset}${hint}` };
}

// Valid bytes survive a decode and re-encode unchanged up to the first invalid sequence, which
// comes back as U+FFFD: the first differing byte is where the line stops being UTF-8.
function firstInvalidUtf8(bytes: Buffer): number {
  const again = Buffer.from(bytes.toString('utf8'), 'utf8');
  let at = 0;
  while (at < bytes.length && bytes[at] === again[at]) at++;
  return Math.min(at, bytes.length - 1);
}

function firstMatching(bytes: Buffer, test: (byte: number) => boolean): number {
  for (let i = 0; i < bytes.length; i++) if (test(bytes[i])) return i;
  return -1;
}

/**
 * Decode one line's bytes. Bytes that are not valid in the charset are reported with their
 * position, never replaced: a wrong charset must not store CAF\uFFFD for CAFÉ without a word.
 */
export function decodeLine(bytes: Buffer, charset: Charset): DecodedLine {
  switch (charset) {
    case 'utf-8':
      return isUtf8(bytes) ? { ok: true, text: bytes.toString('utf8') } : invalid(bytes, firstInvalidUtf8(bytes), charset);
    case 'iso-8859-1':
      return { ok: true, text: bytes.toString('latin1') };
    case 'windows-1252': {
      const at = firstMatching(bytes, CP1252_UNASSIGNED);
      return at === -1 ? { ok: true, text: cp1252(bytes) } : invalid(bytes, at, charset);
    }
    case 'us-ascii': {
      const at = firstMatching(bytes, (b) => b > 0x7f);
      return at === -1 ? { ok: true, text: bytes.toString('latin1') } : invalid(bytes, at, charset);
    }
  }
}

/** A lenient decode for previews of refused lines: invalid bytes become U+FFFD there only. */
export function previewText(bytes: Buffer, charset: Charset): string {
  if (charset === 'iso-8859-1') return bytes.toString('latin1');
  return charset === 'windows-1252' ? cp1252(bytes) : bytes.toString('utf8');
}
