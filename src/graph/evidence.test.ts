import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getEvidenceSegments, isSafeLink } from './evidence.ts';

describe('getEvidenceSegments', () => {
  it('marks both names in order, whichever comes first', () => {
    const text = 'Xi Jinping held a phone call with Vladimir Putin on Feb 8, 2024.';
    expect(getEvidenceSegments(text, [34, 48], [0, 10])).toEqual([
      { text: 'Xi Jinping', mark: 'target' },
      { text: ' held a phone call with ', mark: null },
      { text: 'Vladimir Putin', mark: 'source' },
      { text: ' on Feb 8, 2024.', mark: null },
    ]);
  });

  it('keeps markup-like text as plain text runs', () => {
    const segments = getEvidenceSegments('<img src=x onerror=alert(1)> met Wang Yi', [0, 3], [33, 40]);
    expect(segments[0]).toEqual({ text: '<im', mark: 'source' });
    expect(segments.map((segment) => segment.text).join('')).toBe('<img src=x onerror=alert(1)> met Wang Yi');
  });

  it('always rebuilds the sentence, whatever the spans', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.tuple(fc.nat(60), fc.nat(60)),
        fc.tuple(fc.nat(60), fc.nat(60)),
        (text, source, target) => {
          const segments = getEvidenceSegments(text, source, target);
          return (
            segments.map((segment) => segment.text).join('') === text &&
            segments.every((segment) => segment.text !== '')
          );
        },
      ),
    );
  });
});

describe('isSafeLink', () => {
  it('allows only absolute http and https links', () => {
    expect(isSafeLink('https://www.reuters.com/world/china/')).toBe(true);
    expect(isSafeLink('http://example.org/a')).toBe(true);
    expect(isSafeLink('javascript:alert(1)')).toBe(false);
    expect(isSafeLink('data:text/html,<b>x</b>')).toBe(false);
    expect(isSafeLink('/relative/path')).toBe(false);
    expect(isSafeLink(null)).toBe(false);
  });
});
