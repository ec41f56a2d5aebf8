// Tests for parsePage on the two real seed pages (the product is judged on them) and on small pages that
// isolate each splitting rule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTitleResemblance, isHeadingLike, parsePage } from './page-parser.ts';

const SEEDS = new URL('../../../data/corpus/seeds/', import.meta.url);
const PAGE_000 = 'data/corpus/seeds/000_fa6cea80ff66250b.txt';
const PAGE_003 = 'data/corpus/seeds/003_f93e40e2affc32f3.txt';
const readSeed = (name: string): string => readFileSync(new URL(name, SEEDS), 'utf8');

const CHROME_FRAGMENTS = [
  'Continue reading',
  'Try Our AI Features',
  'Related Articles',
  'No comments yet',
  'Orange background',
  'DOWNLOAD THE APP',
  'app-storeplay-store',
  'Explore what Daily8 AI',
  'originally published by the Xinhua News Agency.',
  'The following articles were originally published',
  'This article first appeared in',
  'time32 minutes ago',
];

describe('parsePage on seed page 000 (Reuters article with related items)', () => {
  const result = parsePage(readSeed('000_fa6cea80ff66250b.txt'), PAGE_000);

  it('finds the main article and the three related items', () => {
    expect(result.articles.map((article) => article.title)).toEqual([
      "China's Xi calls for greater cooperation with Vietnam",
      'There can be no just transition without public ownership',
      "Exclusive: Local Chinese governments promote 'zero mileage' used car exports, inflating sales, growth figures",
      "Lammy urges Reform's newest MP to ‘get some help' over ‘conspiracy theories'",
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('gives ids from the file stem, title lines and the file as given', () => {
    expect(result.articles.map((article) => [article.id, article.line])).toEqual([
      ['000_fa6cea80ff66250b#1', 2],
      ['000_fa6cea80ff66250b#2', 29],
      ['000_fa6cea80ff66250b#3', 42],
      ['000_fa6cea80ff66250b#4', 55],
    ]);
    expect(result.articles.every((article) => article.file === PAGE_000)).toBe(true);
  });

  it('dates the main article by its dateline and the related items by dateline and relative time', () => {
    expect(result.articles.map((article) => [article.date, article.dateOrigin])).toEqual([
      ['2025-04-14', 'dateline'],
      ['2025-06-24', 'relative'],
      ['2025-06-24', 'dateline'],
      ['2025-06-24', 'relative'],
    ]);
  });

  it('reads sources from the byline and the source lines', () => {
    expect(result.articles.map((article) => article.source)).toEqual([
      'Reuters',
      'The National',
      'Reuters',
      'Powys County Times',
    ]);
  });

  it('keeps the dateline paragraph as body text, without title, byline or chrome', () => {
    const [main] = result.articles;
    expect(main?.text.startsWith('BEIJING, April 14 (Reuters) - Chinese President Xi Jinping')).toBe(true);
    expect(main?.text.endsWith('green development, the article said.')).toBe(true);
    expect(main?.text.split('\n\n')).toHaveLength(8);
    expect(main?.text).not.toContain('Reuters14-04-2025');
    expect(main?.text).not.toContain('calls for greater cooperation with Vietnam\n');
  });

  it('resolves relative times against a given reference date', () => {
    const withReference = parsePage(readSeed('000_fa6cea80ff66250b.txt'), PAGE_000, {
      referenceDate: '2025-07-01',
    });
    expect(withReference.articles.map((article) => article.date)).toEqual([
      '2025-04-14',
      '2025-07-01',
      '2025-06-24',
      '2025-07-01',
    ]);
  });
});

describe('parsePage on seed page 003 (blog listing with quoted sub-articles)', () => {
  const source = readSeed('003_f93e40e2affc32f3.txt');
  const result = parsePage(source, PAGE_003);

  it('finds the eleven articles with their titles and title lines', () => {
    expect(result.articles.map((article) => [article.line, article.title])).toEqual([
      [1, 'Xi says China-Russia relations embrace new development opportunities'],
      [59, 'China and Norway call for immediate ceasefire in Gaza'],
      [115, 'Embracing the Year of the Dragon'],
      [155, 'BRICS+ and the future of the international order'],
      [
        195,
        'Wang Yi: Contributing to a brighter future of peace, security, prosperity and progress in the world',
      ],
      [235, 'Clean energy was top driver of China’s economic growth in 2023'],
      [271, 'Xi Jinping extends condolences over death of Namibian President Hage Geingob'],
      [303, 'Chinese leaders meet with delegation of the Social Democratic Party of Japan'],
      [349, 'Asian NATO under a new guise'],
      [369, 'Building a China-Vietnam community with shared future'],
      [413, 'US peace activists call for dialogue and understanding with China'],
    ]);
  });

  it('dates each article by dateline, first full date in the text, or not at all', () => {
    expect(result.articles.map((article) => article.date)).toEqual([
      '2024-02-08',
      '2024-02-08',
      '2024-02-10',
      null,
      '2024-01-16',
      null,
      '2024-02-05',
      '2024-01-19',
      null,
      '2024-02-02',
      '2024-02-18',
    ]);
    expect(result.articles.map((article) => article.dateOrigin)).toEqual([
      'dateline',
      'text',
      'text',
      'none',
      'text',
      'none',
      'dateline',
      'text',
      'none',
      'dateline',
      'text',
    ]);
  });

  it('keeps the same dates under the reference date the seed build uses', () => {
    const withReference = parsePage(source, PAGE_003, { referenceDate: '2025-06-24' });
    expect(withReference.articles.map((article) => article.date)).toEqual(
      result.articles.map((article) => article.date),
    );
  });

  it('takes sources from dateline agencies, then publication notes', () => {
    expect(result.articles.map((article) => article.source)).toEqual([
      'Xinhua',
      'Chinese Foreign Ministry',
      'China Today',
      'Geopolitical Economy Report',
      'Chinese Foreign Ministry',
      'Carbon Brief',
      'Xinhua',
      'Chinese Foreign Ministry',
      null,
      'Xinhua',
      null,
    ]);
  });

  it('keeps quoted sub-articles and sub-headings inside their parent article', () => {
    const byTitle = new Map(result.articles.map((article) => [article.title, article.text]));
    const norway = byTitle.get('China and Norway call for immediate ceasefire in Gaza') ?? '';
    expect(norway).toContain(
      'Wang Yi Holds Talks with Minister of Foreign Affairs of Norway Espen Barth Eide',
    );
    expect(norway).toContain('On February 5, 2024, Member of the Political Bureau');
    const brics = byTitle.get('BRICS+ and the future of the international order') ?? '';
    expect(brics).toContain('\n\nA new systemic transition\n\n');
    const japan =
      byTitle.get('Chinese leaders meet with delegation of the Social Democratic Party of Japan') ?? '';
    expect(japan).toContain('Wang Huning Meets with a Delegation of the Social Democratic Party of Japan');
    expect(japan).toContain('Liu Jianchao Meets with a Delegation of the Social Democratic Party of Japan');
    const namibia =
      byTitle.get('Xi Jinping extends condolences over death of Namibian President Hage Geingob') ?? '';
    expect(namibia).toContain('BEIJING, Feb. 5 (Xinhua) — Chinese President Xi Jinping on Monday');
  });

  it('puts every body line of the page in exactly one article', () => {
    const paragraphs = result.articles.flatMap((article) => article.text.split('\n\n'));
    const owners = new Map<string, number>();
    result.articles.forEach((article, index) => {
      for (const paragraph of new Set(article.text.split('\n\n'))) {
        expect(owners.has(paragraph), `"${paragraph.slice(0, 60)}" is in two articles`).toBe(false);
        owners.set(paragraph, index);
      }
    });
    const titles = new Set(result.articles.map((article) => article.title));
    const structural =
      /^(?:Continue reading|The following articles? (?:was|were) originally|This article first|The following is the full text)/;
    const bodyLines = source
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !titles.has(line) && !structural.test(line));
    expect(new Set(paragraphs)).toEqual(new Set(bodyLines));
  });
});

describe('parsePage on both seed pages', () => {
  const articles = [
    ...parsePage(readSeed('000_fa6cea80ff66250b.txt'), PAGE_000).articles,
    ...parsePage(readSeed('003_f93e40e2affc32f3.txt'), PAGE_003).articles,
  ];

  it('leaves no chrome line in any article text', () => {
    for (const article of articles) {
      for (const fragment of CHROME_FRAGMENTS) expect(article.text, article.id).not.toContain(fragment);
      expect(article.text, article.id).not.toMatch(/^logo$/m);
      expect(article.text, article.id).not.toMatch(/^Comments$/m);
    }
  });

  it('never leaves empty paragraphs or surrounding whitespace', () => {
    for (const article of articles) {
      expect(article.text).toBe(article.text.trim());
      expect(article.text).not.toMatch(/\n{3,}/);
    }
  });
});

describe('parsePage rules on small pages', () => {
  it('normalises CRLF and a BOM and keeps relative file paths', () => {
    const page = '\uFEFFA short headline here\r\n\r\nBody sentence one.\r\nBody sentence two.\r\n';
    const { articles } = parsePage(page, 'pages/p.txt');
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      id: 'p#1',
      title: 'A short headline here',
      text: 'Body sentence one.\n\nBody sentence two.',
      file: 'pages/p.txt',
      line: 1,
      date: null,
      dateOrigin: 'none',
    });
  });

  it('skips an article whose body is empty', () => {
    const { articles, skipped } = parsePage('First headline\n\nSome text.\n\nSecond headline\n', 'x.txt');
    expect(articles.map((article) => article.title)).toEqual(['First headline']);
    expect(skipped).toEqual([
      { file: 'x.txt', line: 5, reason: 'empty text', articleId: 'x#2', title: 'Second headline' },
    ]);
  });

  it('lets a plural publication note absorb resembling sub-headings only', () => {
    const page = [
      'Leaders meet trade delegation from Chile',
      '',
      'A delegation visited.',
      '',
      'The following articles were originally published by Xinhua.',
      '',
      'Premier meets trade delegation from Chile',
      '',
      'The premier met them.',
      '',
      'Minister meets trade delegation from Chile',
      '',
      'The minister met them.',
      '',
      'Unrelated story about weather patterns',
      '',
      'It rained.',
    ].join('\n');
    const { articles } = parsePage(page, 'x.txt');
    expect(articles.map((article) => article.title)).toEqual([
      'Leaders meet trade delegation from Chile',
      'Unrelated story about weather patterns',
    ]);
    expect(articles[0]?.text).toContain('Minister meets trade delegation from Chile');
    expect(articles[0]?.source).toBe('Xinhua');
  });

  it('treats a closing "first appeared in" note as the end of its article, not a quote marker', () => {
    const page =
      'Story one title\n\nBody one.\n\nThis article first appeared in Example Weekly.\n\nStory two title\n\nBody two.';
    const { articles } = parsePage(page, 'f.txt');
    expect(articles.map((article) => [article.title, article.source])).toEqual([
      ['Story one title', 'Example Weekly'],
      ['Story two title', null],
    ]);
  });

  it('joins the lines of a hard-wrapped paragraph', () => {
    const page =
      'Wrapped headline\n\nThe minister said the talks\nwere useful and would go on.\nA new paragraph starts here.\n';
    expect(parsePage(page, 'w.txt').articles[0]?.text).toBe(
      'The minister said the talks were useful and would go on.\n\nA new paragraph starts here.',
    );
  });

  it('lets a "Continue reading" line close an article so a following heading starts the next one', () => {
    const page = [
      'Talks open in Geneva',
      '',
      'Delegates met.',
      '',
      'Key points',
      '',
      'They agreed.',
      '',
      'Continue reading Talks open in Geneva',
      '',
      'Second story title',
      '',
      'Another body.',
    ].join('\n');
    const { articles } = parsePage(page, 'c.txt');
    expect(articles.map((article) => [article.title, article.text])).toEqual([
      ['Talks open in Geneva', 'Delegates met.\n\nKey points\n\nThey agreed.'],
      ['Second story title', 'Another body.'],
    ]);
  });

  it('takes the text before the first heading as an article titled by its opening words', () => {
    const { articles } = parsePage('This page starts with a sentence.\n\nAnd goes on.', 'x.txt');
    expect(articles).toHaveLength(1);
    expect(articles[0]?.title).toBe('This page starts with a sentence.');
  });
});

describe('heading helpers', () => {
  it('isHeadingLike rejects sentences, quotes, colons and bullets', () => {
    expect(isHeadingLike('Asian NATO under a new guise')).toBe(true);
    expect(isHeadingLike('Is China winning?')).toBe(true);
    expect(isHeadingLike('Happy New Year of the Wood Dragon!')).toBe(false);
    expect(isHeadingLike('Further developing this theme, he explains:')).toBe(false);
    expect(isHeadingLike('“A quoted line')).toBe(false);
    expect(isHeadingLike('• The National')).toBe(false);
    expect(isHeadingLike('lowercase start')).toBe(false);
    expect(isHeadingLike('time5 hours ago')).toBe(false);
  });

  it('getTitleResemblance measures shared content words', () => {
    expect(
      getTitleResemblance(
        'Chinese leaders meet with delegation of the Social Democratic Party of Japan',
        'Wang Huning Meets with a Delegation of the Social Democratic Party of Japan',
      ),
    ).toBeGreaterThanOrEqual(0.5);
    expect(getTitleResemblance('Asian NATO under a new guise', 'Liu Jianchao Meets with a Delegation')).toBe(
      0,
    );
  });
});
