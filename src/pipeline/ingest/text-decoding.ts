// Turns the bytes of an input file into text: detects UTF-8 and UTF-16 byte-order marks, refuses binary
// data, decodes invalid UTF-8 leniently (and says so), and normalises line endings. Pure: bytes in, text out.

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; invalidBytes: boolean }
  | { ok: false; reason: string };

/** Share of control bytes (other than tab, CR, LF, FF) above which a file counts as binary. */
const MAX_CONTROL_SHARE = 0.1;
const SNIFF_BYTES = 8192;

/** Strips a leading byte-order mark and turns CRLF and lone CR into LF. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function getUtf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** True when the bytes look like binary data: a NUL byte, or many control bytes. */
export function isBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control += 1;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE;
}

/** Decodes a whole file's bytes. Empty and binary inputs come back as a reason, not as text. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const utf16 = getUtf16Encoding(bytes);
  if (utf16) {
    const text = normalizeText(new TextDecoder(utf16).decode(bytes.subarray(2)));
    return text.trim() === ''
      ? { ok: false, reason: 'empty file' }
      : { ok: true, text, encoding: utf16, invalidBytes: false };
  }
  if (isBinary(bytes)) return { ok: false, reason: 'binary file (not text)' };
  let invalidBytes = false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    invalidBytes = true;
    text = new TextDecoder('utf-8').decode(bytes);
  }
  text = normalizeText(text);
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text, encoding: 'utf-8', invalidBytes };
}
