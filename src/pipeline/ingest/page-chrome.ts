// Recognises the lines of a scraped page that are not article text: site chrome (logos, comment boxes,
// app-store blocks), "Continue reading" links and "originally published by" notes. Kept as pattern lists so
// new sites are handled by adding a pattern, not by special-casing a file.

/** Whole lines that are site furniture, never article text. */
export const CHROME_LINE_PATTERNS: readonly RegExp[] = [
  /^(?:site )?logo$/i,
  /^(?:orange|white|black|blue|grey|gray|red|green) background$/i,
  /^try our ai features$/i,
  /^explore what .{1,40} can do for you:?$/i,
  /^(?:\d+\s+)?comments?$/i,
  /^no comments yet\W*$/i,
  /^(?:be the first to comment|leave a (?:comment|reply)|add a comment)\W*$/i,
  /^(?:related|recommended|more|latest|popular|trending) (?:articles|stories|posts|news|reads)$/i,
  /^(?:you may also like|read more|read next|see also|advertisement|sponsored(?: content)?)\W*$/i,
  /^download (?:the|our) app\W*$/i,
  /^get started now\b.*\bdownload\b.*\bapp\b/i,
  /^ready to dive into\b/i,
  /^download .{1,40} app today\b/i,
  /^(?:app-?store|play-?store|google play|app store)(?:\s*(?:app-?store|play-?store|google play|app store))*$/i,
  /^(?:share|share this(?: article)?|print|email|tweet|subscribe(?: now)?|sign up|log ?in|sign in|menu|search|skip to (?:main )?content)$/i,
  /^(?:follow us on|sign up for (?:our|the) newsletter|subscribe to (?:our|the) newsletter)\b.{0,80}$/i,
  /^(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4}).{0,120}$/i,
  /^(?:image|photo|picture)(?: credit)?:.{0,120}$/i,
];

/** "Continue reading <title>": closes the article titled <title>. */
const CONTINUE_READING = /^continue reading\b(.*)$/i;

/** Notes that introduce quoted text from another publisher; the capture names the publisher when it can. */
const PUBLISHED_MARKERS: readonly RegExp[] = [
  /^the following (articles?|text|pieces?|reports?|statements?) (?:was|were|is|are) (?:originally |first )?(?:published|posted|carried)\b(?:.*?\b(?:by|in|on)\s+(?:the\s+)?(?:websites?\s+of\s+(?:the\s+)?)?(.+?))?\.?$/i,
  /^the following is the full (text) of\b.*?(?:originally published (?:by|in|on)\s+(?:the\s+)?(?:websites?\s+of\s+(?:the\s+)?)?(.+?))?\.?$/i,
  /^this (article|piece|report|text) (?:was )?(?:first appeared|originally appeared|first published|originally published) (?:in|on|by)\s+(?:the\s+)?(.+?)\.?$/i,
];

export interface PublishedMarker {
  /** True for "The following articles were…": several quoted sub-articles may follow. */
  plural: boolean;
  /** The first publisher named, without a leading "the" ("Xinhua News Agency"), or null. */
  publisher: string | null;
  /**
   * True for "The following …" notes, which announce quoted text (and maybe its heading) below them;
   * false for "This article first appeared in …", which is about the article it sits in.
   */
  introducesQuote: boolean;
}

/** True for a line of site chrome. */
export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  return CHROME_LINE_PATTERNS.some((pattern) => pattern.test(trimmed));
}

/** The title a "Continue reading …" line names ('' when it names none), or null for other lines. */
export function getContinueReadingTitle(line: string): string | null {
  const match = CONTINUE_READING.exec(line.trim());
  if (!match) return null;
  return (match[1] ?? '')
    .replace(/^[\s:–—-]+/, '')
    .replace(/(?:\s|…|\.{3}|→|»)+$/, '')
    .trim();
}

/** Reads an "originally published by …" / "first appeared in …" note, or null for other lines. */
export function getPublishedMarker(line: string): PublishedMarker | null {
  const trimmed = line.trim();
  if (trimmed.length > 240) return null;
  for (const pattern of PUBLISHED_MARKERS) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const kind = (match[1] ?? '').toLowerCase();
    const plural = kind.endsWith('s') && kind !== 'text';
    const rawPublisher = match[2] ?? null;
    // "the Chinese Foreign Ministry and the Xinhua News Agency": the first one named is the publisher.
    const publisher =
      rawPublisher
        ?.split(/\s*(?:,|\band\b)\s*(?:the\s+)?/i)[0]
        ?.replace(/^the\s+/i, '')
        .trim() || null;
    return { plural, publisher, introducesQuote: /^the following\b/i.test(trimmed) };
  }
  return null;
}

const PUBLISHER_MENTION =
  /\b(?:originally published|first published|first appeared)\s+(?:by|in)\s+(?:the\s+)?((?:[A-Z][\w&'’-]*)(?:\s+(?:of\s+)?[A-Z][\w&'’-]*)*)/;

/** A publisher named in running text ("…, originally published by China Today to …"), or null. */
export function findPublisherMention(text: string): string | null {
  return PUBLISHER_MENTION.exec(text)?.[1] ?? null;
}
