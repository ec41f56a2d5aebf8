import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../ingest/index.ts';
import type { ArticleExtraction, EntityRef } from '../types.ts';
import { toTestArticle } from './test-articles.ts';
import { extractArticle, resolveEntities } from './index.ts';

const toArticle = toTestArticle;

function getEntity(extraction: ArticleExtraction, key: string): EntityRef | undefined {
  return extraction.entities.find((e) => e.key === key);
}

function getPeople(extraction: ArticleExtraction): string[] {
  return extraction.entities.filter((e) => e.type === 'person').map((e) => e.key);
}

const SEED_PAGES = [
  'data/corpus/seeds/000_fa6cea80ff66250b.txt',
  'data/corpus/seeds/003_f93e40e2affc32f3.txt',
];
const seedArticles = SEED_PAGES.flatMap(
  (file) => parsePage(readFileSync(file, 'utf8'), file, { referenceDate: '2025-06-24' }).articles,
);
const seedExtractions = seedArticles.map((article) => extractArticle(article));

describe('extractArticle: people', () => {
  it('reads "Chinese President Xi Jinping" and "his Russian counterpart Vladimir Putin" with roles and countries', () => {
    const x = extractArticle(
      toArticle(
        'The Presidents of China and Russia exchanged friendly greetings in a February 8 telephone call.\n' +
          'President Xi Jinping told his Russian counterpart Vladimir Putin that China and Russia withstood many tests.\n' +
          'Xi made the remarks in his phone conversation with his Russian counterpart, Vladimir Putin, ahead of the Chinese New Year.\n' +
          'President Putin said the dragon symbolizes wisdom, and Xi agreed.\n' +
          'Chinese officials welcomed the call.',
      ),
    );
    expect(getEntity(x, 'person:xi-jinping')).toMatchObject({
      label: 'Xi Jinping',
      role: 'President',
      country: 'country:CHN',
    });
    expect(getEntity(x, 'person:vladimir-putin')).toMatchObject({
      role: 'President',
      country: 'country:RUS',
    });
    expect(getPeople(x).sort()).toEqual(['person:vladimir-putin', 'person:xi-jinping']);
    const call = x.interactions.find(
      (i) =>
        i.type === 'call' && [i.source, i.target].sort().join() === 'person:vladimir-putin,person:xi-jinping',
    );
    expect(call?.eventDate).toBe('2024-02-08');
    // "Chinese" and "China" are one node.
    expect(x.entities.filter((e) => e.type === 'country' && e.code === 'CHN')).toHaveLength(1);
    expect(getEntity(x, 'country:CHN')?.aliases).toContain('Chinese');
  });

  it('keeps four different Wangs apart and resolves a bare "Wang" to the one in focus', () => {
    const x = extractArticle(
      toArticle(
        'Chinese Foreign Minister Wang Yi met Norwegian Foreign Minister Espen Barth Eide on Monday.\n' +
          'Wang said the two sides should deepen cooperation.\n' +
          'Wang Huning, Chairman of the Chinese People’s Political Consultative Conference, met a delegation.\n' +
          'Foreign Ministry spokesperson Wang Wenbin said China welcomed the visit.\n' +
          'Shi Taifeng and Wang Dongfeng were present at the meeting.',
      ),
    );
    const wangs = getPeople(x).filter((k) => k.startsWith('person:wang-'));
    expect(wangs.sort()).toEqual([
      'person:wang-dongfeng',
      'person:wang-huning',
      'person:wang-wenbin',
      'person:wang-yi',
    ]);
    expect(getPeople(x)).not.toContain('person:wang');
    const second = x.mentions.filter((m) => m.key === 'person:wang-yi');
    expect(second.length).toBe(2);
    expect(getEntity(x, 'person:espen-barth-eide')).toMatchObject({
      role: 'Foreign Minister',
      country: 'country:NOR',
    });
  });

  it('reads roles after the name and inverted titles', () => {
    const x = extractArticle(
      toArticle(
        'On February 5, 2024, Foreign Minister Wang Yi held talks with Minister of Foreign Affairs of Norway Espen Barth Eide in Beijing.\n' +
          'Liu Jianchao, Minister of the International Department of the CPC Central Committee (IDCPC), met Mizuho Fukushima.\n' +
          'In his message to Nguyen Phu Trong, General Secretary of the Communist Party of Vietnam Central Committee, Xi Jinping, his Chinese counterpart, said 2023 was an epoch-making year.\n' +
          'Trong said relations have shown positive momentum.',
      ),
    );
    expect(getEntity(x, 'person:espen-barth-eide')).toMatchObject({
      role: 'Foreign Minister',
      country: 'country:NOR',
    });
    expect(getEntity(x, 'person:liu-jianchao')).toMatchObject({ role: 'Minister', country: 'country:CHN' });
    expect(getEntity(x, 'person:nguyen-phu-trong')).toMatchObject({
      role: 'General Secretary',
      country: 'country:VNM',
    });
    expect(x.mentions.filter((m) => m.key === 'person:nguyen-phu-trong')).toHaveLength(2);
    const talks = x.interactions.find(
      (i) => i.source === 'person:wang-yi' && i.target === 'person:espen-barth-eide',
    );
    expect(talks).toMatchObject({ type: 'meeting', directed: true, eventDate: '2024-02-05' });
    // Offsets point at the names inside the evidence sentence.
    expect(talks && talks.evidence.slice(...talks.sourceSpan)).toBe('Wang Yi');
    expect(talks && talks.evidence.slice(...talks.targetSpan)).toBe('Espen Barth Eide');
    const message = x.interactions.find(
      (i) =>
        [i.source, i.target].includes('person:nguyen-phu-trong') &&
        [i.source, i.target].includes('person:xi-jinping'),
    );
    expect(message?.type).toBe('message');
  });

  it('handles particles, pronoun subjects and "his Dutch counterpart"', () => {
    const x = extractArticle(
      toArticle(
        'Also, on February 8, Chinese President Xi Jinping said that China and Portugal have upheld mutual respect.\n' +
          'He made the remarks as he exchanged congratulations with his Portuguese counterpart, Marcelo Rebelo de Sousa.\n' +
          'For his part, Rebelo de Sousa said Portugal and China have always been getting along.\n' +
          'In a February 2 phone call, Premier Li Qiang and his Dutch counterpart Mark Rutte agreed to further promote cooperation.',
      ),
    );
    expect(getEntity(x, 'person:marcelo-rebelo-de-sousa')).toMatchObject({
      role: 'President',
      country: 'country:PRT',
    });
    expect(x.mentions.filter((m) => m.key === 'person:marcelo-rebelo-de-sousa')).toHaveLength(2);
    const congratulations = x.interactions.find(
      (i) => i.target === 'person:marcelo-rebelo-de-sousa' && i.source === 'person:xi-jinping',
    );
    expect(congratulations).toMatchObject({ type: 'message', eventDate: '2024-02-08' });
    expect(getEntity(x, 'person:mark-rutte')).toMatchObject({ role: 'Premier', country: 'country:NLD' });
    const call = x.interactions.find((i) => i.type === 'call');
    expect(call).toMatchObject({
      source: 'person:li-qiang',
      target: 'person:mark-rutte',
      directed: false,
      eventDate: '2024-02-02',
    });
  });

  it('ties British MPs and the Foreign Secretary to the UK', () => {
    const x = extractArticle(
      toArticle(
        "David Lammy has urged a Reform UK MP to 'get some help'.\n" +
          'Sarah Pochin had asked the Foreign Secretary whether the US felt unable to use the base.\n' +
          "Mr Lammy replied: 'The honourable lady has got to get off social media.'\n" +
          "Conservative MP Lincoln Jopp (Spelthorne) said: 'Does the Government support US action against Iran?'\n" +
          'Liberal Democrat MP Cameron Thomas accused Reform UK MP Richard Tice of ignorance.\n' +
          "Labour's Louise Jones had also hit out at 'certain pathetic little people'.",
        '2025-06-24',
      ),
    );
    expect(getEntity(x, 'person:david-lammy')).toMatchObject({
      role: 'Foreign Secretary',
      country: 'country:GBR',
    });
    expect(getEntity(x, 'person:david-lammy')?.aliases).toContain('Mr Lammy');
    expect(getEntity(x, 'person:lincoln-jopp')).toMatchObject({ role: 'MP', country: 'country:GBR' });
    expect(getEntity(x, 'person:richard-tice')).toMatchObject({ role: 'MP', country: 'country:GBR' });
    expect(getEntity(x, 'person:louise-jones')?.country).toBe('country:GBR');
    expect(getPeople(x)).not.toContain('person:lammy');
    const accusation = x.interactions.find(
      (i) => i.source === 'person:cameron-thomas' && i.target === 'person:richard-tice',
    );
    expect(accusation).toMatchObject({ type: 'criticize', directed: true });
  });
});

describe('extractArticle: who interacts with whom', () => {
  it('links a relative clause to its antecedent and leaves enumerations and co-objects unlinked', () => {
    const x = extractArticle(
      toArticle(
        'The visit was followed by that of Swiss Foreign Minister Ignazio Cassis, who held a strategic dialogue with Foreign Minister Wang Yi.\n' +
          'Besides Norway, other countries calling for a ceasefire in Gaza include Ireland, Spain, Belgium, Malta, and Luxembourg.\n' +
          'The United States imposed sanctions on Iran and Syria.',
      ),
    );
    const pairs = x.interactions.map((i) => `${i.type}:${[i.source, i.target].sort().join('+')}`);
    expect(pairs).toContain('meeting:person:ignazio-cassis+person:wang-yi');
    expect(pairs.some((p) => p.includes('country:IRL') && p.includes('country:ESP'))).toBe(false);
    expect(pairs).toContain('sanction:country:IRN+country:USA');
    expect(pairs).toContain('sanction:country:SYR+country:USA');
    expect(pairs.some((p) => p.includes('country:IRN') && p.includes('country:SYR'))).toBe(false);
  });
});

describe('extractArticle: organisations, media and junk', () => {
  it('takes unknown organisations with their acronym and keeps media out of interactions', () => {
    const x = extractArticle(
      toArticle(
        'A delegation from the US Peace Council visited China at the invitation of the Chinese People’s Association for Peace and Disarmament (CPAPD).\n' +
          'The Foreign Ministry spokesperson Wang Wenbin, responding to a question from Xinhua News Agency, said China welcomed the delegation.\n' +
          'Bahman Azad said closer cooperation with CPAPD would help.',
      ),
    );
    const cpapd = x.entities.find((e) => e.aliases.includes('CPAPD') || e.key === 'org:cpapd');
    expect(cpapd?.type).toBe('organization');
    expect(cpapd?.country).toBe('country:CHN');
    expect(x.mentions.filter((m) => m.key === cpapd?.key).length).toBeGreaterThanOrEqual(2);
    const media = x.entities.filter((e) => e.type === 'media').map((e) => e.key);
    expect(media.length).toBeGreaterThan(0);
    for (const interaction of x.interactions) {
      expect(media).not.toContain(interaction.source);
      expect(media).not.toContain(interaction.target);
    }
  });

  it('never turns festivals, concepts, places, headlines or sentence openers into people or organisations', () => {
    const junk = [
      /noting/i,
      /expressing/i,
      /extending/i,
      /highlighting/i,
      /year of the/i,
      /spring festival/i,
      /new year/i,
      /global (south|north)/i,
      /cold war/i,
      /belt and road/i,
      /thought on diplomacy/i,
      /one china/i,
      /^trafalgar square$/i,
      /^chinatown$/i,
      /diego garcia/i,
      /chagos/i,
      /exclusive/i,
      /continue reading/i,
      /related articles/i,
      /^(january|february|monday|thursday)/i,
      /\beid\b|diwali/i,
      /political bureau/i,
      /foreign ministry/i,
    ];
    for (const extraction of seedExtractions) {
      for (const entity of extraction.entities) {
        if (entity.type === 'country') continue;
        for (const pattern of junk) expect(`${entity.label} (${entity.key})`).not.toMatch(pattern);
      }
    }
  });

  it('finds the people of the seed pages, one node each across articles', () => {
    const { entities } = resolveEntities(seedExtractions);
    const people = [...entities.values()].filter((e) => e.type === 'person');
    const expected: Array<[string, string | undefined]> = [
      ['person:xi-jinping', 'country:CHN'],
      ['person:vladimir-putin', 'country:RUS'],
      ['person:wang-yi', 'country:CHN'],
      ['person:wang-huning', 'country:CHN'],
      ['person:wang-wenbin', 'country:CHN'],
      ['person:wang-dongfeng', 'country:CHN'],
      ['person:espen-barth-eide', 'country:NOR'],
      ['person:liu-jianchao', 'country:CHN'],
      ['person:nguyen-phu-trong', 'country:VNM'],
      ['person:marcelo-rebelo-de-sousa', 'country:PRT'],
      ['person:mark-rutte', 'country:NLD'],
      ['person:li-qiang', 'country:CHN'],
      ['person:hage-geingob', 'country:NAM'],
      ['person:nangolo-mbumba', 'country:NAM'],
      ['person:ignazio-cassis', 'country:CHE'],
      ['person:david-lammy', 'country:GBR'],
      ['person:richard-tice', 'country:GBR'],
      ['person:mizuho-fukushima', 'country:JPN'],
    ];
    for (const [key, country] of expected) expect(entities.get(key)?.country, key).toBe(country);
    expect(people.filter((p) => p.label === 'Xi' || p.label.startsWith('Xi '))).toHaveLength(1);
    // People are names, never titles.
    for (const person of people)
      expect(person.label).not.toMatch(/^(President|Premier|Minister|Mr|Ms|Foreign)\b/);
  });
});

describe('extractArticle: robustness', () => {
  it('never throws and keeps every span inside its text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.option(fc.constant('2024-02-08'), { nil: null }),
        (text, date) => {
          const x = extractArticle(toArticle(text, date));
          for (const m of x.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.start).toBeLessThan(m.end);
          }
          for (const i of x.interactions) {
            for (const [s, e] of [i.sourceSpan, i.targetSpan]) {
              expect(s).toBeGreaterThanOrEqual(0);
              expect(e).toBeLessThanOrEqual(i.evidence.length);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('survives news-like noise built from real names and punctuation', () => {
    const words = fc.constantFrom(
      'Xi',
      'Jinping',
      'President',
      'Chinese',
      'met',
      'said',
      'Mr',
      'U.S.',
      'Feb.',
      '(Xinhua)',
      '—',
      ',',
      '.',
      '\n',
      'Wang',
      'de',
      'Sousa',
      '’s',
      'counterpart',
      'his',
      'Russian',
      'Putin',
      'CPC',
      '(',
      ')',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        const x = extractArticle(toArticle(text));
        for (const m of x.mentions) expect(text.slice(m.start, m.end).length).toBe(m.end - m.start);
        for (const i of x.interactions) expect(i.source).not.toBe(i.target);
      }),
      { numRuns: 300 },
    );
  });
});
