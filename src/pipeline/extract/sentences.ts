// Sentence splitting that survives news prose: abbreviations ("Mr.", "U.S.", "Feb."), initials, closing
// quotes, agency datelines ("BEIJING, Feb. 8 (Xinhua) —") and hard-wrapped text such as the Reuters corpus.
import { MONTH_ABBREVIATIONS } from './lexicon.ts';

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'amb',
  'messrs',
  'mme',
  'mlle',
  'no',
  'nos',
  'vs',
  'etc',
  'approx',
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'bros',
  'dept',
  'est',
  'fig',
  ...MONTH_ABBREVIATIONS,
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'al',
  'ave',
  'blvd',
  'rd',
  'e.g',
  'i.e',
  'op',
  'cit',
  'vol',
  'pp',
  'ca',
]);

// A hard-wrapped text (the Reuters corpus) has short lines, some of which run on into a lowercase line.
function isHardWrapped(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim().length > 0);
  if (lines.length < 2) return false;
  const short = lines.filter((line) => line.trimEnd().length <= 90).length;
  if (short / lines.length < 0.85) return false;
  return lines.some(
    (line, i) => i > 0 && /^\s*\p{Ll}/u.test(line) && !/[.!?]["”’)]?\s*$/.test(lines[i - 1] ?? ''),
  );
}

function isBreakAfterPeriod(text: string, dot: number): boolean {
  // The word that ends with this dot.
  let wordStart = dot;
  while (wordStart > 0 && /[\p{L}\p{N}.'’-]/u.test(text[wordStart - 1] ?? '')) wordStart--;
  const word = text.slice(wordStart, dot);
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  // Initials and dotted acronyms: "J.", "U.S", "U.N" -- a break only if the next word clearly starts a sentence.
  if (/^\p{Lu}$/u.test(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const next = text.slice(dot + 1).match(/^\s+(["“‘']?)(\p{L}+)/u);
    return (
      next !== null &&
      /^(?:The|A|An|In|On|He|She|It|They|We|But|And|This|That|Its|His|Her)$/.test(next[2] ?? '')
    );
  }
  if (/^\d+$/.test(word) && /\d\.\d/.test(text.slice(dot - 1, dot + 2))) return false;
  return true;
}

/** Splits text into sentences with offsets into `text`; blank lines and paragraph breaks always end a sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const hardWrapped = isHardWrapped(text);
  let start = 0;

  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      const next = text[i + 1];
      const paragraph =
        !hardWrapped || next === '\n' || next === ' ' || next === '\t' || next === '\r' || next === undefined;
      if (paragraph) push(i + 1);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Swallow repeated punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < text.length && /[.!?…"”’')\]]/.test(text[j] ?? '')) j++;
    if (j >= text.length) continue;
    if (!/\s/.test(text[j] ?? '')) continue;
    let k = j;
    while (k < text.length && /[ \t\r\n]/.test(text[k] ?? '')) k++;
    const following = text[k] ?? '';
    if (!/[\p{Lu}\p{N}"“‘'([]/u.test(following)) continue;
    if (ch === '.' && !isBreakAfterPeriod(text, i)) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return spans;
}
