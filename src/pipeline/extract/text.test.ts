import { describe, expect, it } from 'vitest';
import { foldText, getTokens, stripPossessive, toPersonKey, toSlug } from './text.ts';

describe('name folding', () => {
  it('folds diacritics and typographic apostrophes into one key', () => {
    expect(foldText('Nguyễn Phú Trọng')).toBe('Nguyen Phu Trong');
    expect(toPersonKey('Brendan O’Hara')).toBe(toPersonKey("Brendan O'Hara"));
    expect(toPersonKey('Marcelo Rebelo de Sousa')).toBe('person:marcelo-rebelo-de-sousa');
    expect(toSlug('  Xi   Jinping ')).toBe('xi-jinping');
  });

  it('strips possessives', () => {
    expect(stripPossessive('Xi’s')).toBe('Xi');
    expect(stripPossessive("Norway's")).toBe('Norway');
    expect(stripPossessive('Ross')).toBe('Ross');
  });

  it('tokenises words with offsets, keeping dotted acronyms but not sentence full stops', () => {
    const text = 'The U.S. and O’Hara met al-Assad.';
    const tokens = getTokens(text);
    expect(tokens.map((t) => t.text)).toEqual(['The', 'U.S.', 'and', 'O’Hara', 'met', 'al-Assad']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
