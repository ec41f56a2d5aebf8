import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  ORGANIZATIONS,
  findGazetteerMentions,
  getCodeAtDate,
  getCountryByKey,
  getCountryKeyForDateline,
  getCountryKeyForPlace,
  getCountryKeyForWord,
  getOrganizationByKey,
  REUTERS_PLACE_CODES,
  getCodeForReutersPlace,
} from './index.ts';
import type { GazetteerMatch } from './index.ts';

function keysOf(text: string, date?: string): string[] {
  return findGazetteerMentions(text, { date }).map((match) => match.key);
}

function find(text: string, surface: string): GazetteerMatch | undefined {
  return findGazetteerMentions(text).find((match) => match.surface === surface);
}

describe('country data', () => {
  it('has unique ISO-3 codes for every ISO 3166-1 entry plus historical states', () => {
    const codes = COUNTRIES.map((country) => country.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(249 + 10);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
    expect(getCountryByKey('country:SUN')).toMatchObject({ name: 'Soviet Union', historical: true });
    expect(getCountryByKey('country:TWN')?.name).toBe('Taiwan');
  });

  it('has unique organisation keys with the right prefix for their type', () => {
    const keys = ORGANIZATIONS.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of ORGANIZATIONS)
      expect(entry.key.startsWith(entry.type === 'media' ? 'media:' : 'org:')).toBe(true);
    expect(getOrganizationByKey('org:cpc')).toMatchObject({ country: 'CHN', type: 'organization' });
  });
});

describe('findGazetteerMentions: countries', () => {
  it('finds names, short forms and demonyms', () => {
    expect(keysOf('The U.S. and the UK talked to the PRC, the DPRK and the ROK.')).toEqual([
      'country:USA',
      'country:GBR',
      'country:CHN',
      'country:PRK',
      'country:KOR',
    ]);
    expect(find('Norwegian and Dutch diplomats met Filipinos.', 'Filipinos')).toMatchObject({
      key: 'country:PHL',
      via: 'demonym',
    });
    expect(keysOf('Norwegian and Dutch diplomats')).toEqual(['country:NOR', 'country:NLD']);
    expect(keysOf("Côte d'Ivoire, also called Ivory Coast, and Burma, now Myanmar")).toEqual([
      'country:CIV',
      'country:CIV',
      'country:MMR',
      'country:MMR',
    ]);
  });

  it('maps historical states to ISO 3166-3 codes and West Germany to DEU', () => {
    expect(
      keysOf('the Soviet Union, West Germany, East Germany, Czechoslovakia, Yugoslavia and Zaire'),
    ).toEqual(['country:SUN', 'country:DEU', 'country:DDR', 'country:CSK', 'country:YUG', 'country:ZAR']);
  });

  it('maps successor states back to the state of the time when the article is dated', () => {
    expect(keysOf('Moscow said Russia and Ukraine', '1987-03-01')).toEqual([
      'country:SUN',
      'country:SUN',
      'country:SUN',
    ]);
    expect(keysOf('Moscow said Russia and Ukraine', '2024-02-08')).toEqual([
      'country:RUS',
      'country:RUS',
      'country:UKR',
    ]);
    expect(getCodeAtDate('CZE', '1990-01-01')).toBe('CSK');
    expect(getCodeAtDate('COD', '1987-01-01')).toBe('ZAR');
    expect(getCodeAtDate('COD', '2001-01-01')).toBe('COD');
  });

  it('is case-sensitive: US is the country, us the pronoun, china the porcelain', () => {
    expect(keysOf('Let us sell fine china to the US.')).toEqual(['country:USA']);
    expect(keysOf('Please turkey and chad, jordan')).toEqual([]);
    expect(keysOf('HELP US NOW')).toEqual([]);
    expect(keysOf('CHINA SAYS TRADE SURPLUS WIDENS')).toEqual(['country:CHN']);
  });

  it('prefers the longest match', () => {
    expect(keysOf('Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea')).toEqual([
      'country:PNG',
      'country:GNQ',
      'country:GNB',
      'country:GIN',
    ]);
    expect(keysOf('South Sudan and Sudan')).toEqual(['country:SSD', 'country:SDN']);
    expect(find('Santa Fe, New Mexico', 'New Mexico')).toMatchObject({ key: 'country:USA', via: 'place' });
    expect(keysOf('the Dominican Republic and Dominica')).toEqual(['country:DOM', 'country:DMA']);
  });

  it('ignores phrases that only contain a country word', () => {
    expect(keysOf('Latin America, the Indian Ocean and the South China Sea')).toEqual([]);
  });

  it('handles possessives with straight and curly apostrophes', () => {
    expect(keysOf("Norway's fund and China’s reply")).toEqual(['country:NOR', 'country:CHN']);
  });

  it('does not read given names and surnames as countries', () => {
    expect(keysOf('Michael Jordan met Jordan Peterson.')).toEqual([]);
    expect(keysOf('King Hussein of Jordan visited Amman.')).toEqual(['country:JOR', 'country:JOR']);
    expect(keysOf('George Washington and Chad Smith')).toEqual([]);
  });

  it('resolves Georgia and Congo by date and context', () => {
    expect(keysOf('Georgia and Armenia signed', '2024-01-01')).toEqual(['country:GEO', 'country:ARM']);
    expect(keysOf('Atlanta, Georgia', '2024-01-01')).toEqual(['country:USA', 'country:USA']);
    expect(keysOf('Georgia', '1987-03-01')).toEqual(['country:USA']);
    expect(keysOf('Congo', '1987-03-01')).toEqual(['country:COG']);
    expect(keysOf('Congo', '2020-03-01')).toEqual(['country:COD']);
  });
});

describe('findGazetteerMentions: capitals as actors or locations', () => {
  it('marks capitals that speak as actors', () => {
    expect(find('Beijing said it would respond.', 'Beijing')).toMatchObject({ via: 'capital', actor: true });
    expect(find('Washington warned Tehran.', 'Washington')?.actor).toBe(true);
    expect(find("Tokyo's decision surprised", 'Tokyo')?.actor).toBe(true);
    expect(find('The Kremlin said', 'Kremlin')).toMatchObject({ key: 'country:RUS', actor: true });
    const both = findGazetteerMentions('Beijing and Moscow agreed to cooperate.');
    expect(both.map((match) => [match.key, match.actor])).toEqual([
      ['country:CHN', true],
      ['country:RUS', true],
    ]);
  });

  it('marks capitals and places used as locations', () => {
    for (const text of [
      'talks in Beijing ended',
      'a visit to Beijing',
      'flew from Beijing',
      'held in Beijing on Monday',
    ]) {
      expect(find(text, 'Beijing')?.actor).toBe(false);
    }
    expect(find('talks in Geneva', 'Geneva')).toMatchObject({
      key: 'country:CHE',
      via: 'place',
      actor: false,
    });
    expect(find('Xi met Kim in Beijing and Moscow', 'Beijing')?.actor).toBe(false);
  });

  it('always marks names and demonyms as actors', () => {
    expect(find('talks in China', 'China')?.actor).toBe(true);
  });

  it('ignores places inside company names', () => {
    expect(keysOf('Allied-Lyons and Bristol-Myers')).toEqual([]);
  });
});

describe('findGazetteerMentions: organisations and media', () => {
  it('matches acronyms and full names both ways', () => {
    expect(keysOf('The SCO, or Shanghai Cooperation Organization, met.')).toEqual(['org:sco', 'org:sco']);
    expect(keysOf('the CPC, the Communist Party of China, the Chinese Communist Party')).toEqual([
      'org:cpc',
      'org:cpc',
      'org:cpc',
    ]);
    expect(find('NATO allies', 'NATO')).toMatchObject({
      key: 'org:nato',
      type: 'organization',
      via: 'acronym',
    });
    expect(find('the International Court of Justice ruled', 'International Court of Justice')?.key).toBe(
      'org:icj',
    );
  });

  it('types media outlets as media', () => {
    expect(find('Xinhua News Agency reported', 'Xinhua News Agency')).toMatchObject({
      key: 'media:xinhua',
      type: 'media',
    });
    expect(find('according to TASS', 'TASS')?.type).toBe('media');
  });

  it('returns non-overlapping matches sorted by offset', () => {
    const matches = findGazetteerMentions('The UN Security Council and the United Nations met in New York.');
    expect(matches.map((match) => match.key)).toEqual(['org:unsc', 'org:un', 'country:USA']);
    for (let i = 1; i < matches.length; i++) {
      expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
    }
    expect(matches[0]).toMatchObject({ start: 4, end: 23, surface: 'UN Security Council' });
  });
});

describe('word, place and dateline look-ups', () => {
  it('maps country words, with or without possessive', () => {
    expect(getCountryKeyForWord('Chinese')).toBe('country:CHN');
    expect(getCountryKeyForWord("Norway's")).toBe('country:NOR');
    expect(getCountryKeyForWord('Norway’s')).toBe('country:NOR');
    expect(getCountryKeyForWord('Americans')).toBe('country:USA');
    expect(getCountryKeyForWord('banana')).toBeUndefined();
  });

  it('maps places and dateline cities', () => {
    expect(getCountryKeyForPlace('NEW YORK')).toBe('country:USA');
    expect(getCountryKeyForPlace('TOKYO')).toBe('country:JPN');
    expect(getCountryKeyForPlace('Geneva')).toBe('country:CHE');
    expect(getCountryKeyForPlace('Atlantis')).toBeUndefined();
    expect(getCountryKeyForDateline('NEW YORK, Feb 26 -')).toBe('country:USA');
    expect(getCountryKeyForDateline('DUBLIN, Ohio, March 12 -')).toBe('country:USA');
    expect(getCountryKeyForDateline('IJMUIDEN, The Netherlands, April 2 -')).toBe('country:NLD');
    expect(getCountryKeyForDateline('JOHANNESBURG March 13 -')).toBe('country:ZAF');
  });
});

describe('findGazetteerMentions: short organisation names', () => {
  it('resolves a bare "X" to the "X of Y" named in the same text', () => {
    const text =
      'The Social Democratic Party of Japan visited. The Social Democratic Party said it opposed war.';
    const matches = findGazetteerMentions(text);
    expect(matches.map((match) => [match.surface, match.key])).toEqual([
      ['Social Democratic Party of Japan', 'org:sdpj'],
      ['Social Democratic Party', 'org:sdpj'],
    ]);
  });

  it('leaves "Democratic Party" to the US party when no other party is named', () => {
    expect(keysOf('The Democratic Party won.')).toEqual(['org:democratic-party-usa']);
  });

  it('does not read a surname as a place', () => {
    expect(keysOf('Mizuho Fukushima met officials near Fukushima.')).toEqual(['country:JPN']);
    expect(keysOf('Sino-Japanese ties; Sino Auto Insights')).toEqual(['country:CHN', 'country:JPN']);
  });
});

describe('dateline and Georgia edge cases', () => {
  it('reads a region written without a comma before the date', () => {
    expect(getCountryKeyForDateline('LEBEC, Calif. March 24 -')).toBe('country:USA');
    expect(getCountryKeyForDateline('')).toBeUndefined();
  });

  it('keeps Georgia the country after a Georgian city', () => {
    expect(keysOf('Tbilisi, Georgia', '2024-01-01')).toEqual(['country:GEO', 'country:GEO']);
  });
});

describe('Reuters place tags', () => {
  it('maps all 147 tags to countries of the gazetteer, with 1987 states', () => {
    const tags = Object.keys(REUTERS_PLACE_CODES);
    expect(tags).toHaveLength(147);
    for (const tag of tags)
      expect(getCountryByKey(`country:${getCodeForReutersPlace(tag)}`), tag).toBeDefined();
    expect(getCodeForReutersPlace('west-germany')).toBe('DEU');
    expect(getCodeForReutersPlace('ussr')).toBe('SUN');
    expect(getCodeForReutersPlace('yemen-demo-republic')).toBe('YMD');
    expect(getCodeForReutersPlace('toString')).toBeUndefined();
  });
});

describe('parties and media named in the brief', () => {
  it('tells the Labour parties apart by their full names', () => {
    expect(keysOf('the Labour Party and the Labor Party')).toEqual(['org:labour-gbr', 'org:labour-gbr']);
    expect(keysOf('the Australian Labor Party')).toEqual(['org:alp']);
    expect(getOrganizationByKey('org:labour-gbr')?.country).toBe('GBR');
    expect(getOrganizationByKey('org:us-peace-council')?.country).toBe('USA');
  });

  it('does not read the start of a longer name as an outlet', () => {
    expect(keysOf('The National Association of Manufacturers said')).toEqual([]);
    expect(keysOf('according to The National, the talks')).toEqual(['media:the-national']);
  });

  it('knows the outlets of the seed corpus as media', () => {
    const outlets = [
      'China Daily',
      "People's Daily",
      'Global Times',
      'CGTN',
      'RIA Novosti',
      'Associated Press',
      'AFP',
      'BBC',
      'CNN',
      'Bloomberg',
      'Powys County Times',
      'Carbon Brief',
      'Geopolitical Economy Report',
      'Black Agenda Report',
      'Counterpunch',
      'Pearls and Irritations',
      'Kyodo',
      'Yonhap',
      'Al Jazeera',
      'NHK',
    ];
    for (const outlet of outlets) {
      const match = findGazetteerMentions(`Reported by ${outlet} today.`).at(-1);
      expect(match && [match.surface, match.type], outlet).toEqual([outlet, 'media']);
    }
  });
});
