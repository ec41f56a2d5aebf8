// Reads one saved HTML page into a SourceArticle: Mozilla Readability (over a linkedom document) finds the
// main text; title, date, publisher and URL come from the document's metadata (Open Graph, article:*
// meta, <time datetime>, JSON-LD), and the date falls back to the text. Pure: HTML string in.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SourceArticle } from '../types.ts';
import {
  countAnchorYears,
  countYears,
  findDateline,
  findFirstTextDate,
  parseGivenDate,
  resolveArticleDate,
  findWeekdayMention,
} from './article-dates.ts';
import type { DateClues } from './article-dates.ts';
import { isChromeLine } from './page-chrome.ts';
import type { PageParseOptions, PageParseResult } from './page-parser.ts';
import { getFileStem } from './file-names.ts';

/** Elements whose text forms one paragraph of the article. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';
const DATE_META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];
/**
 * Readability walks each element's ancestors, so its cost grows with the sum of all elements' depths (about
 * 20 µs per unit here: 8 s for 800 nested divs, hours for 5000), while real pages stay under 60 levels and
 * about 50,000 units. Deeper or heavier documents are read from the whole body instead.
 */
export const MAX_READABILITY_DEPTH = 120;
export const MAX_READABILITY_WORK = 250_000;

// linkedom's document is typed loosely; these are the few members used here.
interface HtmlElement {
  textContent: string | null;
  children: ArrayLike<HtmlElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement>;
}

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function getMeta(document: HtmlElement, selectors: string[]): string | null {
  for (const selector of selectors) {
    const content = collapse(document.querySelector(selector)?.getAttribute('content'));
    if (content) return content;
  }
  return null;
}

/** Values of `key` anywhere in the page's JSON-LD blocks (which may nest or use @graph). */
function getJsonLdValues(document: HtmlElement, key: string): unknown[] {
  const values: unknown[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (key in record) values.push(record[key]);
      Object.values(record).forEach(visit);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common on real pages; the other metadata still applies.
    }
  }
  return values;
}

function getGivenDate(document: HtmlElement): string | null {
  const candidates: unknown[] = [
    getMeta(document, DATE_META_SELECTORS),
    ...getJsonLdValues(document, 'datePublished'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || candidate.trim() === '') continue;
    const parsed = parseGivenDate(candidate);
    if ('date' in parsed) return parsed.date;
  }
  return null;
}

function getPublisher(document: HtmlElement, siteName: string | null | undefined): string | null {
  const meta = getMeta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  if (meta) return meta;
  for (const publisher of getJsonLdValues(document, 'publisher')) {
    const name = (publisher as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && name.trim()) return name.trim();
  }
  return collapse(siteName) || null;
}

interface DocumentShape {
  elements: number;
  deepest: number;
  /** Sum of every element's depth: what Readability's ancestor walks cost. */
  depthSum: number;
}

/** How many elements there are and how deep they nest, counted without recursion (no stack overflow). */
function getDocumentShape(root: HtmlElement | null): DocumentShape {
  const shape: DocumentShape = { elements: 0, deepest: 0, depthSum: 0 };
  const pending: [HtmlElement, number][] = root ? [[root, 1]] : [];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [element, depth] = next;
    shape.elements += 1;
    shape.depthSum += depth;
    shape.deepest = Math.max(shape.deepest, depth);
    // linkedom computes `children` afresh on each access (a walk of the siblings): read it once.
    for (const child of Array.from(element.children)) pending.push([child, depth + 1]);
  }
  return shape;
}

/** The text of innermost block elements, one paragraph each, without chrome lines. */
function getParagraphs(container: HtmlElement): string[] {
  const blocks = [...container.querySelectorAll(BLOCK_SELECTOR)].filter(
    (element) => element.querySelector(BLOCK_SELECTOR) === null,
  );
  const texts =
    blocks.length > 0
      ? blocks.map((element) => element.textContent)
      : (container.textContent ?? '').split(/\n\s*\n/);
  return texts.map(collapse).filter((text) => text !== '' && !isChromeLine(text));
}

/**
 * Parses an .html/.htm page into at most one article (id `<file stem>#1`, line 1). An empty main text is
 * reported as skipped.
 */
export function parseHtml(html: string, file: string, options: PageParseOptions = {}): PageParseResult {
  const parsedDocument = parseHTML(html) as unknown as { document: HtmlElement & Document };
  // linkedom builds no <html> element for a fragment or bare text (the fragment's first element becomes the
  // root), and Readability refuses or empties such a document.
  const root = parsedDocument.document.documentElement as { tagName?: string } | null;
  const { document } =
    root?.tagName?.toUpperCase() === 'HTML'
      ? parsedDocument
      : (parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
          document: HtmlElement & Document;
        });
  const metaTitle = getMeta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const documentTitle = collapse(document.querySelector('title')?.textContent);
  const headline = collapse(document.querySelector('h1')?.textContent);
  const given = getGivenDate(document);
  const url =
    collapse(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ||
    getMeta(document, ['meta[property="og:url"]']);

  const notes: PageParseResult['notes'] = [];
  const shape = getDocumentShape(document.documentElement as unknown as HtmlElement | null);
  if (shape.deepest > MAX_READABILITY_DEPTH || shape.depthSum > MAX_READABILITY_WORK) {
    const reason = `HTML too deeply nested or too large for main-text detection (${shape.deepest} levels, ${shape.elements} elements); whole body read`;
    notes.push({ file, line: 1, reason });
  }
  // Readability edits the document it reads, so metadata is read first.
  const parsed =
    notes.length === 0
      ? new Readability(document as unknown as Document, { charThreshold: 0 }).parse()
      : null;
  let paragraphs: string[] = [];
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    paragraphs = getParagraphs(content.body as unknown as HtmlElement);
  }
  if (paragraphs.length === 0) {
    const body = document.querySelector('body');
    if (body) paragraphs = getParagraphs(body);
  }
  const title = metaTitle || collapse(parsed?.title) || documentTitle || headline || getFileStem(file);
  // The headline is not body text.
  if (paragraphs[0] && paragraphs[0] === title) paragraphs = paragraphs.slice(1);
  const text = paragraphs.join('\n\n');
  const id = `${options.idPrefix ?? getFileStem(file)}#1`;
  if (text === '') {
    return { articles: [], skipped: [{ file, line: 1, reason: 'empty text', articleId: id, title }], notes };
  }

  const dateline = paragraphs.map(findDateline).find(Boolean) ?? null;
  const clues: DateClues = given
    ? { given }
    : { dateline, textDate: findFirstTextDate(text), weekday: findWeekdayMention(text) };
  const { date, dateOrigin } = resolveArticleDate(clues, {
    anchorYears: countAnchorYears(text),
    mentionedYears: countYears(text),
    referenceDate: options.referenceDate ?? null,
  });
  const article: SourceArticle = {
    id,
    title,
    text,
    date,
    dateOrigin,
    source: getPublisher(document, parsed?.siteName) ?? (dateline?.agency || null),
    url: url || null,
    file,
    line: 1,
  };
  return { articles: [article], skipped: [], notes };
}
