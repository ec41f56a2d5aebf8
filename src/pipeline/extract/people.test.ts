import { describe, expect, it } from 'vitest';
import * as gazetteer from '../gazetteer/index.ts';
import type { PersonEntry } from '../gazetteer/index.ts';
import type { ArticleExtraction, EntityRef } from '../types.ts';
import { createArticleExtractor } from './extractor.ts';
import { toTestArticle } from './test-articles.ts';
import { extractArticle } from './index.ts';

const toArticle = toTestArticle;

function getPeople(extraction: ArticleExtraction): EntityRef[] {
  return extraction.entities.filter((e) => e.type === 'person');
}

describe('extractArticle: well-known people from the gazetteer', () => {
  it('reads "Putin met Xi in Moscow." as a meeting of the Russian and Chinese presidents', () => {
    const x = extractArticle(toArticle('Putin met Xi in Moscow.', '2024-03-21'));
    expect(getPeople(x).map((p) => p.key)).toEqual(['person:vladimir-putin', 'person:xi-jinping']);
    expect(x.entities.find((e) => e.key === 'person:vladimir-putin')).toMatchObject({
      label: 'Vladimir Putin',
      country: 'country:RUS',
      role: 'President',
      aliases: ['Putin'],
    });
    expect(x.entities.find((e) => e.key === 'person:xi-jinping')).toMatchObject({ country: 'country:CHN' });
    const meeting = x.interactions.find((i) => i.type === 'meeting');
    expect(meeting).toMatchObject({ source: 'person:vladimir-putin', target: 'person:xi-jinping' });
  });

  it('gives "President Reagan" in 1987 the full name and the United States', () => {
    const x = extractArticle(toArticle('President Reagan said he would veto the trade bill.', '1987-03-01'));
    expect(getPeople(x)).toEqual([
      {
        key: 'person:ronald-reagan',
        type: 'person',
        label: 'Ronald Reagan',
        aliases: ['President Reagan', 'Reagan'],
        role: 'President',
        country: 'country:USA',
      },
    ]);
  });

  it('leaves surnames several well-known people share alone', () => {
    for (const text of ['Kim said the talks had failed.', 'Johnson said he would resign.']) {
      const x = extractArticle(toArticle(text, '2019-06-01'));
      expect(getPeople(x).filter((p) => gazetteer.getPersonByKey(p.key))).toEqual([]);
    }
  });

  it('resolves a short form only in the years it names that person', () => {
    expect(getPeople(extractArticle(toArticle('Putin met Xi in Moscow.', '1987-03-01')))).toEqual([]);
    const x = extractArticle(toArticle('Stoltenberg said NATO would stand by Kyiv.', '2023-02-01'));
    expect(getPeople(x).map((p) => p.key)).toEqual(['person:jens-stoltenberg']);
    // Heads of international bodies speak for the body, not for their home state.
    expect(getPeople(x)[0]?.country).toBeUndefined();
    expect(getPeople(x)[0]?.role).toBe('Secretary General');
  });

  it('never overrides what the article says', () => {
    const georgian = extractArticle(
      toArticle('Georgian President Eduard Shevardnadze said he would seek talks.', '2000-05-01'),
    );
    expect(getPeople(georgian)[0]).toMatchObject({
      key: 'person:eduard-shevardnadze',
      role: 'President',
      country: 'country:GEO',
    });
    const senator = extractArticle(toArticle('Senator Joe Biden said the treaty was flawed.', '1987-09-01'));
    expect(getPeople(senator)[0]).toMatchObject({ key: 'person:joe-biden', role: 'Senator' });
    // The article's own full name keeps its surname: "Reagan" here is Nancy Reagan.
    const nancy = extractArticle(
      toArticle('Nancy Reagan opened the exhibition. Reagan said art was for everyone.', '1987-03-01'),
    );
    expect(getPeople(nancy).map((p) => p.key)).toEqual(['person:nancy-reagan']);
  });

  it('merges spellings of a well-known name into one node with the article’s spelling as an alias', () => {
    const x = extractArticle(
      toArticle('Volodymyr Zelenskyy thanked Antony Blinken. Zelenskyy said aid would help.', '2023-09-06'),
    );
    const zelensky = x.entities.find((e) => e.key === 'person:volodymyr-zelensky');
    expect(zelensky).toMatchObject({ label: 'Volodymyr Zelensky', country: 'country:UKR' });
    expect(zelensky?.aliases).toEqual(['Volodymyr Zelenskyy', 'Zelenskyy']);
    expect(x.mentions.filter((m) => m.key === 'person:volodymyr-zelensky')).toHaveLength(2);
  });

  it('does not read an ordinary word opening a sentence as a short form', () => {
    const key: PersonEntry = {
      key: 'person:john-key',
      name: 'John Key',
      aliases: [],
      shortForms: ['Key'],
      country: 'NZL',
      role: 'Prime Minister',
      years: [2008, 2018],
    };
    const extract = createArticleExtractor({
      ...gazetteer,
      getPersonForShortForm: (form, date) =>
        form === 'Key' ? key : gazetteer.getPersonForShortForm(form, date),
    });
    expect(getPeople(extract(toArticle('Key talks opened in Wellington.', '2018-01-01')))).toEqual([]);
    const inside = extract(toArticle('Ardern praised Key for his work.', '2018-01-01'));
    expect(getPeople(inside).map((p) => p.key)).toEqual(['person:jacinda-ardern', 'person:john-key']);
    expect(inside.entities.find((e) => e.key === 'person:john-key')?.country).toBe('country:NZL');
  });
});
