// Small text helpers shared by the extract stage: folding names into stable node keys and tokenising words
// with their offsets, so every later step can point back into the article text.

/** Folds diacritics and typographic apostrophes/dashes so "Rebelo de Sousa" and "O’Hara" match across sources. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'));
}

/** `folded-lowercase-hyphenated` slug: "Marcelo Rebelo de Sousa" -> "marcelo-rebelo-de-sousa". */
export function toSlug(name: string): string {
  return foldText(name)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function toPersonKey(name: string): string {
  return `person:${toSlug(name)}`;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

// A word: letters (with marks), inner apostrophes, hyphens and dots ("U.S.", "O'Hara", "al-Assad", "Vice-minister").
const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.][\p{L}\p{M}\p{N}]+)*\.?/gu;

/** Words of `text` between `from` and `to`, with absolute offsets. A trailing dot is kept only for abbreviations. */
export function getTokens(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(WORD_PATTERN)) {
    let word = match[0];
    // Keep "U.S." and "Mr." whole, but not the full stop that ends a sentence after a plain word.
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !/\.\p{L}/u.test(word))
      word = word.slice(0, -1);
    const start = from + (match.index ?? 0);
    tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Strips a possessive ending: "Xi’s" -> "Xi", "Norway's" -> "Norway". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/s['’]$/u, 's');
}
