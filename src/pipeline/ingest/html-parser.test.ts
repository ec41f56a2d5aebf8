// Tests for parseHtml: main text through Readability, title and date from metadata, date from the text
// when metadata has none.
import { describe, expect, it } from 'vitest';
import { MAX_READABILITY_DEPTH, parseHtml } from './html-parser.ts';

const body = `
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Xi and Putin hold phone call</h1>
    <p>BEIJING, Feb. 8 (Xinhua) — Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin on Thursday, the two sides said in a joint readout.</p>
    <p>The two leaders exchanged greetings ahead of the Chinese New Year and reviewed bilateral relations, trade and regional security in detail.</p>
    <p>Related Articles</p>
  </article>
  <footer>Copyright 2024 Example News</footer>`;

describe('parseHtml', () => {
  it('reads title, publisher, url and the published_time meta date', () => {
    const html = `<!doctype html><html><head><title>Xi and Putin hold phone call | Example News</title>
      <meta property="og:title" content="Xi and Putin hold phone call">
      <meta property="og:site_name" content="Example News">
      <meta property="article:published_time" content="2024-02-08T12:00:00Z">
      <link rel="canonical" href="https://news.example/xi-putin"></head><body>${body}</body></html>`;
    const { articles, skipped } = parseHtml(html, 'pages/xi-putin.html');
    expect(skipped).toEqual([]);
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article).toMatchObject({
      id: 'xi-putin#1',
      title: 'Xi and Putin hold phone call',
      date: '2024-02-08',
      dateOrigin: 'given',
      source: 'Example News',
      url: 'https://news.example/xi-putin',
      file: 'pages/xi-putin.html',
      line: 1,
    });
    expect(article?.text.split('\n\n')).toEqual([
      'BEIJING, Feb. 8 (Xinhua) — Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin on Thursday, the two sides said in a joint readout.',
      'The two leaders exchanged greetings ahead of the Chinese New Year and reviewed bilateral relations, trade and regional security in detail.',
    ]);
  });

  it('reads a JSON-LD datePublished, and falls back to the dateline when there is no metadata', () => {
    const jsonLd = `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-02-09"}]}</script>`;
    const withJsonLd = parseHtml(
      `<html><head><title>T</title>${jsonLd}</head><body>${body}</body></html>`,
      'a.htm',
    );
    expect(withJsonLd.articles[0]?.date).toBe('2024-02-09');

    const plain = parseHtml(`<html><head><title>T</title></head><body>${body}</body></html>`, 'b.html', {
      referenceDate: '2024-06-01',
    });
    expect(plain.articles[0]).toMatchObject({ date: '2024-02-08', dateOrigin: 'dateline', source: 'Xinhua' });
  });

  it('reads <time datetime> and skips a page without text', () => {
    const timed = parseHtml(
      `<html><body><time datetime="2023-12-22">Dec 22</time>${body}</body></html>`,
      'c.html',
    );
    expect(timed.articles[0]?.date).toBe('2023-12-22');
    const empty = parseHtml('<html><head><title>Nothing</title></head><body></body></html>', 'd.html');
    expect(empty.articles).toEqual([]);
    expect(empty.skipped).toEqual([
      { file: 'd.html', line: 1, reason: 'empty text', articleId: 'd#1', title: 'Nothing' },
    ]);
  });

  it('reads a fragment or bare text without <html>, and an empty string as a skipped page', () => {
    expect(parseHtml('<p>Xi Jinping met Vladimir Putin.</p>', 'frag.html').articles[0]?.text).toBe(
      'Xi Jinping met Vladimir Putin.',
    );
    expect(parseHtml('Xi Jinping met Vladimir Putin.', 'bare.html').articles[0]?.text).toBe(
      'Xi Jinping met Vladimir Putin.',
    );
    expect(parseHtml('', 'void.html')).toMatchObject({
      articles: [],
      skipped: [{ file: 'void.html', line: 1, reason: 'empty text' }],
    });
  });

  it('reads a too deeply nested page from its whole body, without Readability, and notes why', () => {
    const depth = MAX_READABILITY_DEPTH + 400;
    const html = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>Xi Jinping met Nguyen Phu Trong.</p>${'</div>'.repeat(depth)}</body></html>`;
    // Readability's cost grows with the sum of element depths; at this depth it would take seconds.
    const result = parseHtml(html, 'deep.html');
    expect(result.articles.map((article) => [article.title, article.text])).toEqual([
      ['Deep', 'Xi Jinping met Nguyen Phu Trong.'],
    ]);
    expect(result.notes).toEqual([
      {
        file: 'deep.html',
        line: 1,
        reason: `HTML too deeply nested or too large for main-text detection (${depth + 3} levels, ${depth + 5} elements); whole body read`,
      },
    ]);
    expect(parseHtml(`<html><body>${body}</body></html>`, 'flat.html').notes).toEqual([]);
  });

  it('reads a page too heavy for Readability (many nested elements) from its whole body', () => {
    const paragraph = '<p>Xi Jinping met Nguyen Phu Trong in Hanoi.</p>';
    const html = `<html><body>${'<div>'.repeat(100)}${paragraph.repeat(3_000)}${'</div>'.repeat(100)}</body></html>`;
    const result = parseHtml(html, 'heavy.html');
    expect(result.notes?.map((note) => note.reason)).toEqual([
      'HTML too deeply nested or too large for main-text detection (103 levels, 3102 elements); whole body read',
    ]);
    expect(result.articles[0]?.text.split('\n\n')).toHaveLength(3_000);
  });
});
