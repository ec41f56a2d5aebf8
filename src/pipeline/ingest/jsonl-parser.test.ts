// Tests for parseJsonlLine: ids kept, malformed lines and missing text reported with file and line, bad
// dates noted without losing the article, missing dates inferred from dateline and text.
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS, MAX_JSONL_LINE_CHARS, parseJsonlLine, toParagraphText } from './jsonl-parser.ts';

const line = (record: Record<string, unknown>): string => JSON.stringify(record);

describe('parseJsonlLine', () => {
  it('keeps the input id, title, given date, source and url', () => {
    const result = parseJsonlLine(
      line({
        id: 'reuters-1',
        title: 'BAHIA COCOA REVIEW',
        date: '1987-02-26',
        text: 'Showers.\r\n',
        source: 'Reuters',
        url: 'https://x.test/1',
        tags: { places: ['brazil'] },
      }),
      'corpus/r.jsonl',
      7,
    );
    expect(result).toEqual({
      kind: 'article',
      note: null,
      article: {
        id: 'reuters-1',
        title: 'BAHIA COCOA REVIEW',
        text: 'Showers.',
        date: '1987-02-26',
        dateOrigin: 'given',
        source: 'Reuters',
        url: 'https://x.test/1',
        file: 'corpus/r.jsonl',
        line: 7,
      },
    });
  });

  it('reports a line that is not JSON with its file and line', () => {
    const result = parseJsonlLine('{"id": "a", "text": ', 'r.jsonl', 3);
    expect(result.kind).toBe('problem');
    if (result.kind !== 'problem') return;
    expect(result.problem).toMatchObject({ file: 'r.jsonl', line: 3 });
    expect(result.problem.reason).toMatch(/^not valid JSON/);
  });

  it('reports a line without text, or one that is not an object', () => {
    expect(parseJsonlLine(line({ id: 'a', title: 'T' }), 'r.jsonl', 4)).toEqual({
      kind: 'problem',
      problem: { file: 'r.jsonl', line: 4, reason: 'missing "text" field (or not a string)' },
    });
    expect(parseJsonlLine('[1, 2]', 'r.jsonl', 5)).toEqual({
      kind: 'problem',
      problem: { file: 'r.jsonl', line: 5, reason: 'not a JSON object' },
    });
  });

  it('skips an article whose text is empty, and passes over blank lines', () => {
    expect(parseJsonlLine(line({ id: 'e', title: 'Empty', text: '  ' }), 'r.jsonl', 9)).toEqual({
      kind: 'skipped',
      problem: { file: 'r.jsonl', line: 9, reason: 'empty text', articleId: 'e', title: 'Empty' },
    });
    expect(parseJsonlLine('   ', 'r.jsonl', 10)).toEqual({ kind: 'blank' });
  });

  it('keeps an article with a bad date, dates it from its text, and notes the bad value', () => {
    const text = 'BEIJING, Feb. 8 (Xinhua) — Xi spoke on Thursday. Both sides met on February 5, 2024.';
    for (const date of ['2024-02-31', '1500-01-01', 'not a date']) {
      const result = parseJsonlLine(line({ id: 'x', title: 'T', date, text }), 'r.jsonl', 2);
      expect(result.kind).toBe('article');
      if (result.kind !== 'article') return;
      expect(result.article).toMatchObject({ date: '2024-02-08', dateOrigin: 'dateline', source: 'Xinhua' });
      expect(result.note).toMatchObject({ file: 'r.jsonl', line: 2, articleId: 'x' });
      expect(result.note?.reason).toContain(`bad date: date "${date}"`);
    }
  });

  it('infers a missing date from the Reuters dateline field and the years of the file', () => {
    const record = {
      id: 'r2',
      title: 'T',
      date: null,
      dateline: 'HONG KONG, March 31 -',
      text: 'A unit seeks a listing.',
    };
    const alone = parseJsonlLine(line(record), 'r.jsonl', 1);
    expect(alone.kind === 'article' && alone.article.date).toBeNull();
    const inFile = parseJsonlLine(line(record), 'r.jsonl', 1, { fileYears: new Map([[1987, 10]]) });
    expect(inFile.kind === 'article' && [inFile.article.date, inFile.article.dateOrigin]).toEqual([
      '1987-03-31',
      'dateline',
    ]);
  });

  it('derives an id and title when the line has none', () => {
    const result = parseJsonlLine(line({ text: 'Only a body line here.\nSecond line.' }), 'data/x.jsonl', 12);
    expect(result.kind === 'article' && [result.article.id, result.article.title]).toEqual([
      'x#12',
      'Only a body line here.',
    ]);
  });
});

describe('parseJsonlLine on oversized input', () => {
  it('skips an article whose text is over MAX_ARTICLE_CHARS, naming its id, title and size', () => {
    const text = 'x'.repeat(MAX_ARTICLE_CHARS + 1);
    expect(parseJsonlLine(line({ id: 'big', title: 'Big', text }), 'corpus/big.jsonl', 4)).toEqual({
      kind: 'skipped',
      problem: {
        file: 'corpus/big.jsonl',
        line: 4,
        reason: `text too long: ${MAX_ARTICLE_CHARS + 1} characters (limit ${MAX_ARTICLE_CHARS})`,
        articleId: 'big',
        title: 'Big',
      },
    });
  });

  it('does not parse a line over MAX_JSONL_LINE_CHARS', () => {
    const result = parseJsonlLine(`"${'y'.repeat(MAX_JSONL_LINE_CHARS)}"`, 'corpus/huge.jsonl', 2);
    expect(result).toEqual({
      kind: 'problem',
      problem: {
        file: 'corpus/huge.jsonl',
        line: 2,
        reason: `line too long: ${MAX_JSONL_LINE_CHARS + 2} characters (limit ${MAX_JSONL_LINE_CHARS}); not parsed`,
      },
    });
  });
});

describe('toParagraphText', () => {
  it('reflows hard-wrapped newswire text into paragraphs and drops the sign-off', () => {
    const wire =
      'Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought.\n' +
      '    The dry period means the temporao will be late\nthis year.\n    Arrivals rose.  REUTER\n&#3;';
    expect(toParagraphText(wire)).toBe(
      'Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought.\n\n' +
        'The dry period means the temporao will be late this year.\n\nArrivals rose.',
    );
  });

  it('keeps one paragraph per line when lines are long, and blank-line paragraphs', () => {
    const long = 'A'.repeat(120);
    expect(toParagraphText(`${long}\n${long}`)).toBe(`${long}\n\n${long}`);
    expect(toParagraphText('First para.\r\n\r\nSecond para.')).toBe('First para.\n\nSecond para.');
    expect(toParagraphText('The company told Reuters.')).toBe('The company told Reuters.');
  });
});
