// Sentence tokens with gazetteer mentions folded in: a country, organisation or media name becomes one
// token carrying its match, so name and title scanning can treat "Communist Party of China" as one word.
import type { GazetteerMatch } from './gazetteer-port.ts';
import { getTokens } from './text.ts';

export interface SentenceToken {
  text: string;
  start: number;
  end: number;
  gazetteer?: GazetteerMatch;
}

/** Tokens of text[from, to), with every gazetteer match fully inside the range replacing the words it covers. */
export function getSentenceTokens(
  text: string,
  from: number,
  to: number,
  matches: readonly GazetteerMatch[],
): SentenceToken[] {
  const words = getTokens(text, from, to);
  const inRange = matches.filter((m) => m.start >= from && m.end <= to);
  const out: SentenceToken[] = [];
  let mi = 0;
  for (const word of words) {
    while (mi < inRange.length && (inRange[mi]?.end ?? 0) <= word.start) {
      const m = inRange[mi];
      if (m && (out.length === 0 || (out[out.length - 1]?.end ?? 0) <= m.start)) {
        out.push({ text: m.surface, start: m.start, end: m.end, gazetteer: m });
      }
      mi++;
    }
    const current = inRange[mi];
    if (current && word.start < current.end && word.end > current.start) {
      // The word lies (partly) inside a gazetteer match: emit the match once.
      if (out[out.length - 1]?.gazetteer !== current) {
        out.push({ text: current.surface, start: current.start, end: current.end, gazetteer: current });
      }
      continue;
    }
    out.push(word);
  }
  for (; mi < inRange.length; mi++) {
    const m = inRange[mi];
    if (m && out[out.length - 1]?.gazetteer !== m)
      out.push({ text: m.surface, start: m.start, end: m.end, gazetteer: m });
  }
  return out;
}

/** Text between two tokens: "" when adjacent with a single space, punctuation otherwise. */
export function getGap(text: string, left: SentenceToken, right: SentenceToken): string {
  return text.slice(left.end, right.start);
}

/** Whitespace that keeps two words in one phrase: spaces (no-break too) and at most one line break. */
export function isSpaceGap(gap: string): boolean {
  return gap.length > 0 && /^[ \t\u00a0\u2009\u202f]*(?:\r?\n)?[ \t\u00a0\u2009\u202f]*$/.test(gap);
}
