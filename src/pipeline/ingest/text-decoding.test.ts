// Tests for decodeBytes: BOMs, UTF-16, binary and empty input, lenient UTF-8, line endings.
import { describe, expect, it } from 'vitest';
import { decodeBytes, isBinary, normalizeText } from './text-decoding.ts';

describe('decodeBytes', () => {
  it('decodes UTF-8 with a BOM and CRLF endings', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Title\r\n\r\nBody’s text\r'),
    ]);
    expect(decodeBytes(bytes)).toEqual({
      ok: true,
      text: 'Title\n\nBody’s text\n',
      encoding: 'utf-8',
      invalidBytes: false,
    });
  });

  it('decodes UTF-16 little- and big-endian after their BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Hé\r\nyo', 'utf16le')]);
    expect(decodeBytes(le)).toMatchObject({ ok: true, text: 'Hé\nyo', encoding: 'utf-16le' });
    const swapped = Buffer.from('Hi', 'utf16le').swap16();
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, ...swapped]))).toMatchObject({
      ok: true,
      text: 'Hi',
      encoding: 'utf-16be',
    });
  });

  it('decodes invalid UTF-8 leniently and says so', () => {
    const result = decodeBytes(new Uint8Array([0x41, 0xff, 0x42]));
    expect(result).toEqual({ ok: true, text: 'A\uFFFDB', encoding: 'utf-8', invalidBytes: true });
  });

  it('refuses empty, whitespace-only and binary input', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeBytes(new TextEncoder().encode(' \n\t\n'))).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({
      ok: false,
      reason: 'binary file (not text)',
    });
  });
});

describe('isBinary and normalizeText', () => {
  it('flag control-heavy bytes and normalise endings', () => {
    expect(isBinary(new Uint8Array([1, 2, 3, 4, 65]))).toBe(true);
    expect(isBinary(new TextEncoder().encode('plain text\twith tab\n'))).toBe(false);
    expect(normalizeText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});
