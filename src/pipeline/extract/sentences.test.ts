import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps abbreviations, initials and dotted acronyms inside a sentence', () => {
    expect(
      texts('Mr. Lammy met U.S. officials on Feb. 8 in Washington. Dr. J. Smith said so. Then they left.'),
    ).toEqual([
      'Mr. Lammy met U.S. officials on Feb. 8 in Washington.',
      'Dr. J. Smith said so.',
      'Then they left.',
    ]);
  });

  it('ends a sentence at a dotted acronym when a new sentence clearly starts', () => {
    expect(texts('He flew to the U.S. The talks began.')).toEqual([
      'He flew to the U.S.',
      'The talks began.',
    ]);
  });

  it('keeps an agency dateline with its sentence and splits after closing quotes', () => {
    const text =
      'BEIJING, Feb. 8 (Xinhua) — China and Russia withstood many tests. “We are ready.” He added more.';
    expect(texts(text)).toEqual([
      'BEIJING, Feb. 8 (Xinhua) — China and Russia withstood many tests.',
      '“We are ready.”',
      'He added more.',
    ]);
  });

  it('treats each line as a paragraph in page text but joins hard-wrapped lines', () => {
    expect(texts('Orange background\nTry Our AI Features\nXi met Putin.')).toEqual([
      'Orange background',
      'Try Our AI Features',
      'Xi met Putin.',
    ]);
    const wrapped =
      'The Soviet Union and the United States agreed\non Tuesday to resume talks on medium-range\nmissiles in Geneva next month, officials said.\n    A new paragraph starts here with some words.\nAnd it goes on for another wrapped line here ok.';
    const sentences = texts(wrapped);
    expect(sentences[0]).toMatch(/^The Soviet Union .* officials said\.$/s);
    expect(sentences[1]).toMatch(/^A new paragraph/);
  });

  it('returns offsets that point back into the text', () => {
    const text = '  First one.  Second one!\n\nThird?';
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(splitSentences('')).toEqual([]);
  });
});
