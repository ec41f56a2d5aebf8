// Curated well-known political figures of diplomacy news, 1980–2025: heads of state and government, foreign
// ministers, central bankers and heads of international bodies. Extraction uses it to recognise a surname
// the article never expands ("Putin met Xi") and to give a known person the country the article leaves
// unsaid ("President Reagan"). Short forms are listed only where they identify one person in the news of
// their years: "Putin", "Modi", "Lula"; never "Kim", "Wang", "Johnson", "Bush", "Clinton", "Gandhi", "Baker".

/** One well-known person. */
export interface PersonEntry {
  /** Node id, `person:` + the folded full name, the same key the extract rules give the full name. */
  key: string;
  /** Full name as usually written in English news; the node label. */
  name: string;
  /** Other spellings of the full name ("Volodymyr Zelenskyy", "Tayyip Erdogan"). */
  aliases: string[];
  /** Surnames and short forms that name this person alone in the news of `years` ("Putin", "Lula"). */
  shortForms: string[];
  /** ISO-3 of the state the person acted for (ISO 3166-3 for historical states: SUN, DDR, CSK...). */
  country: string;
  /** Heads of international bodies speak for the body, not their home state: its gazetteer key. */
  organization?: string;
  /** The best-known office, in the extract stage's role labels ("Foreign Minister", "Secretary General"). */
  role: string;
  /** First and last year of prominence: short forms name the person only in articles dated within it. */
  years: [number, number];
  /** Years the role was held, when narrower than `years`: the role applies only to articles dated within. */
  roleYears?: [number, number];
}

function toPersonKeyOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `person:${slug}`;
}

interface PersonOptions {
  short?: string[];
  aliases?: string[];
  org?: string;
  roleYears?: [number, number];
}

function person(
  name: string,
  country: string,
  role: string,
  years: [number, number],
  options: PersonOptions = {},
): PersonEntry {
  const entry: PersonEntry = {
    key: toPersonKeyOf(name),
    name,
    aliases: options.aliases ?? [],
    shortForms: options.short ?? [],
    country,
    role,
    years,
  };
  if (options.org) entry.organization = options.org;
  if (options.roleYears) entry.roleYears = options.roleYears;
  return entry;
}

export const PEOPLE: readonly PersonEntry[] = [
  // United States
  person('Ronald Reagan', 'USA', 'President', [1980, 1989], { short: ['Reagan'] }),
  person('George H. W. Bush', 'USA', 'President', [1981, 1993], {
    roleYears: [1989, 1993],
    aliases: ['George H.W. Bush'],
  }),
  person('Bill Clinton', 'USA', 'President', [1992, 2001], { aliases: ['William Clinton'] }),
  person('George W. Bush', 'USA', 'President', [2000, 2009]),
  person('Barack Obama', 'USA', 'President', [2008, 2017], { short: ['Obama'] }),
  person('Donald Trump', 'USA', 'President', [2016, 2025], {
    roleYears: [2017, 2025],
    short: ['Trump'],
    aliases: ['Donald J. Trump'],
  }),
  person('Joe Biden', 'USA', 'President', [2009, 2025], {
    roleYears: [2021, 2025],
    short: ['Biden'],
    aliases: ['Joseph Biden', 'Joseph R. Biden'],
  }),
  person('Kamala Harris', 'USA', 'Vice President', [2021, 2025]),
  person('Dick Cheney', 'USA', 'Vice President', [2001, 2009], { short: ['Cheney'] }),
  person('Al Gore', 'USA', 'Vice President', [1993, 2001]),
  person('Dan Quayle', 'USA', 'Vice President', [1989, 1993], { short: ['Quayle'] }),
  person('George Shultz', 'USA', 'Secretary of State', [1982, 1989], {
    short: ['Shultz'],
    aliases: ['George P. Shultz'],
  }),
  person('James Baker', 'USA', 'Secretary of State', [1985, 1992], {
    roleYears: [1989, 1992],
    aliases: ['James A. Baker', 'James Baker III', 'James A. Baker III'],
  }),
  person('Warren Christopher', 'USA', 'Secretary of State', [1993, 1997]),
  person('Madeleine Albright', 'USA', 'Secretary of State', [1997, 2001], { short: ['Albright'] }),
  person('Colin Powell', 'USA', 'Secretary of State', [2001, 2005]),
  person('Condoleezza Rice', 'USA', 'Secretary of State', [2005, 2009], { short: ['Condoleezza'] }),
  person('Hillary Clinton', 'USA', 'Secretary of State', [2009, 2013], {
    aliases: ['Hillary Rodham Clinton'],
  }),
  person('John Kerry', 'USA', 'Secretary of State', [2013, 2017]),
  person('Rex Tillerson', 'USA', 'Secretary of State', [2017, 2018], { short: ['Tillerson'] }),
  person('Mike Pompeo', 'USA', 'Secretary of State', [2018, 2021], { short: ['Pompeo'] }),
  person('Antony Blinken', 'USA', 'Secretary of State', [2021, 2025], { short: ['Blinken'] }),
  person('Marco Rubio', 'USA', 'Secretary of State', [2025, 2025]),
  person('Caspar Weinberger', 'USA', 'Defense Secretary', [1981, 1987], { short: ['Weinberger'] }),
  person('Paul Volcker', 'USA', 'Chairman', [1979, 1987], { short: ['Volcker'] }),
  person('Alan Greenspan', 'USA', 'Chairman', [1987, 2006], { short: ['Greenspan'] }),
  person('Ben Bernanke', 'USA', 'Chairman', [2006, 2014], { short: ['Bernanke'] }),
  person('Janet Yellen', 'USA', 'Treasury Secretary', [2014, 2025], {
    roleYears: [2021, 2025],
    short: ['Yellen'],
  }),
  person('Jerome Powell', 'USA', 'Chairman', [2018, 2025]),
  person('Clayton Yeutter', 'USA', 'Trade Representative', [1985, 1989], { short: ['Yeutter'] }),
  person('Richard Lyng', 'USA', 'Agriculture Secretary', [1986, 1989], { short: ['Lyng'] }),
  person('John Herrington', 'USA', 'Energy Secretary', [1985, 1989], { short: ['Herrington'] }),
  person('Malcolm Baldrige', 'USA', 'Commerce Secretary', [1981, 1987], { short: ['Baldrige'] }),
  person('William Verity', 'USA', 'Commerce Secretary', [1987, 1989]),
  person('Beryl Sprinkel', 'USA', 'Chairman', [1985, 1989], { short: ['Sprinkel'] }),
  // Soviet Union and Russia
  person('Leonid Brezhnev', 'SUN', 'General Secretary', [1964, 1982], { short: ['Brezhnev'] }),
  person('Yuri Andropov', 'SUN', 'General Secretary', [1982, 1984], { short: ['Andropov'] }),
  person('Konstantin Chernenko', 'SUN', 'General Secretary', [1984, 1985], { short: ['Chernenko'] }),
  person('Mikhail Gorbachev', 'SUN', 'General Secretary', [1985, 1991], { short: ['Gorbachev'] }),
  person('Andrei Gromyko', 'SUN', 'Foreign Minister', [1957, 1989], {
    roleYears: [1957, 1985],
    short: ['Gromyko'],
  }),
  person('Eduard Shevardnadze', 'SUN', 'Foreign Minister', [1985, 1991], { short: ['Shevardnadze'] }),
  person('Nikolai Ryzhkov', 'SUN', 'Premier', [1985, 1991], { short: ['Ryzhkov'] }),
  person('Boris Yeltsin', 'RUS', 'President', [1987, 1999], {
    roleYears: [1991, 1999],
    short: ['Yeltsin'],
  }),
  person('Andrei Kozyrev', 'RUS', 'Foreign Minister', [1990, 1996], { short: ['Kozyrev'] }),
  person('Yevgeny Primakov', 'RUS', 'Prime Minister', [1996, 1999], {
    roleYears: [1998, 1999],
    short: ['Primakov'],
  }),
  person('Vladimir Putin', 'RUS', 'President', [1999, 2025], { short: ['Putin'] }),
  person('Dmitry Medvedev', 'RUS', 'President', [2008, 2025], {
    roleYears: [2008, 2012],
    short: ['Medvedev'],
  }),
  person('Sergei Lavrov', 'RUS', 'Foreign Minister', [2004, 2025], {
    short: ['Lavrov'],
    aliases: ['Sergey Lavrov'],
  }),
  person('Mikhail Mishustin', 'RUS', 'Prime Minister', [2020, 2025], { short: ['Mishustin'] }),
  person('Dmitry Peskov', 'RUS', 'Spokesperson', [2012, 2025], { short: ['Peskov'] }),
  person('Maria Zakharova', 'RUS', 'Spokesperson', [2015, 2025], { short: ['Zakharova'] }),
  // China
  person('Deng Xiaoping', 'CHN', 'Leader', [1978, 1997], { short: ['Deng'] }),
  person('Zhao Ziyang', 'CHN', 'General Secretary', [1980, 1989], {
    roleYears: [1987, 1989],
    short: ['Zhao'],
  }),
  person('Hu Yaobang', 'CHN', 'General Secretary', [1981, 1989], { roleYears: [1981, 1987] }),
  person('Li Peng', 'CHN', 'Premier', [1987, 1998]),
  person('Wu Xueqian', 'CHN', 'Foreign Minister', [1982, 1988]),
  person('Qian Qichen', 'CHN', 'Foreign Minister', [1988, 2003], { short: ['Qian'] }),
  person('Jiang Zemin', 'CHN', 'President', [1989, 2003], { short: ['Jiang'] }),
  person('Zhu Rongji', 'CHN', 'Premier', [1998, 2003], { short: ['Zhu'] }),
  person('Hu Jintao', 'CHN', 'President', [2003, 2012], { short: ['Hu'] }),
  person('Wen Jiabao', 'CHN', 'Premier', [2003, 2013], { short: ['Wen'] }),
  person('Xi Jinping', 'CHN', 'President', [2008, 2025], {
    roleYears: [2013, 2025],
    short: ['Xi'],
  }),
  person('Li Keqiang', 'CHN', 'Premier', [2013, 2023]),
  person('Li Qiang', 'CHN', 'Premier', [2023, 2025]),
  person('Wang Yi', 'CHN', 'Foreign Minister', [2013, 2025]),
  person('Yang Jiechi', 'CHN', 'Foreign Minister', [2007, 2022], { roleYears: [2007, 2013] }),
  person('Qin Gang', 'CHN', 'Foreign Minister', [2022, 2023]),
  person('Wang Huning', 'CHN', 'Chairman', [2023, 2025]),
  // Taiwan and Hong Kong
  person('Lee Teng-hui', 'TWN', 'President', [1988, 2000]),
  person('Chen Shui-bian', 'TWN', 'President', [2000, 2008]),
  person('Ma Ying-jeou', 'TWN', 'President', [2008, 2016]),
  person('Tsai Ing-wen', 'TWN', 'President', [2016, 2024]),
  person('Lai Ching-te', 'TWN', 'President', [2024, 2025]),
  // Japan
  person('Yasuhiro Nakasone', 'JPN', 'Prime Minister', [1982, 1987], { short: ['Nakasone'] }),
  person('Noboru Takeshita', 'JPN', 'Prime Minister', [1987, 1989], { short: ['Takeshita'] }),
  person('Kiichi Miyazawa', 'JPN', 'Prime Minister', [1986, 1993], {
    roleYears: [1991, 1993],
    short: ['Miyazawa'],
  }),
  person('Tadashi Kuranari', 'JPN', 'Foreign Minister', [1986, 1987], { short: ['Kuranari'] }),
  person('Ryutaro Hashimoto', 'JPN', 'Prime Minister', [1996, 1998], { short: ['Hashimoto'] }),
  person('Junichiro Koizumi', 'JPN', 'Prime Minister', [2001, 2006], { short: ['Koizumi'] }),
  person('Shinzo Abe', 'JPN', 'Prime Minister', [2006, 2022]),
  person('Yoshihide Suga', 'JPN', 'Prime Minister', [2020, 2021], { short: ['Suga'] }),
  person('Fumio Kishida', 'JPN', 'Prime Minister', [2012, 2024], {
    roleYears: [2021, 2024],
    short: ['Kishida'],
  }),
  person('Shigeru Ishiba', 'JPN', 'Prime Minister', [2024, 2025], { short: ['Ishiba'] }),
  person('Satoshi Sumita', 'JPN', 'Governor', [1984, 1989], { short: ['Sumita'] }),
  person('Hajime Tamura', 'JPN', 'Trade Minister', [1986, 1987]),
  // Korea
  person('Chun Doo-hwan', 'KOR', 'President', [1980, 1988], { short: ['Chun'] }),
  person('Roh Tae-woo', 'KOR', 'President', [1987, 1993], {
    roleYears: [1988, 1993],
    short: ['Roh'],
  }),
  person('Kim Young-sam', 'KOR', 'President', [1993, 1998]),
  person('Kim Dae-jung', 'KOR', 'President', [1998, 2003]),
  person('Roh Moo-hyun', 'KOR', 'President', [2003, 2008], { short: ['Roh'] }),
  person('Lee Myung-bak', 'KOR', 'President', [2008, 2013]),
  person('Park Geun-hye', 'KOR', 'President', [2013, 2017]),
  person('Moon Jae-in', 'KOR', 'President', [2017, 2022]),
  person('Yoon Suk Yeol', 'KOR', 'President', [2022, 2025], { short: ['Yoon'], aliases: ['Yoon Suk-yeol'] }),
  person('Lee Jae-myung', 'KOR', 'President', [2025, 2025]),
  person('Kim Il Sung', 'PRK', 'President', [1948, 1994], { aliases: ['Kim Il-sung'] }),
  person('Kim Jong Il', 'PRK', 'Leader', [1994, 2011], { aliases: ['Kim Jong-il'] }),
  person('Kim Jong Un', 'PRK', 'Leader', [2011, 2025], { aliases: ['Kim Jong-un'] }),
  // Germany
  person('Helmut Schmidt', 'DEU', 'Chancellor', [1974, 1982]),
  person('Helmut Kohl', 'DEU', 'Chancellor', [1982, 1998], { short: ['Kohl'] }),
  person('Hans-Dietrich Genscher', 'DEU', 'Foreign Minister', [1974, 1992], { short: ['Genscher'] }),
  person('Gerhard Stoltenberg', 'DEU', 'Finance Minister', [1982, 1989]),
  person('Karl Otto Poehl', 'DEU', 'President', [1980, 1991], {
    short: ['Poehl'],
    aliases: ['Karl Otto Pöhl'],
  }),
  person('Erich Honecker', 'DDR', 'General Secretary', [1971, 1989], { short: ['Honecker'] }),
  person('Gerhard Schroeder', 'DEU', 'Chancellor', [1998, 2005], { aliases: ['Gerhard Schröder'] }),
  person('Joschka Fischer', 'DEU', 'Foreign Minister', [1998, 2005], { short: ['Joschka'] }),
  person('Angela Merkel', 'DEU', 'Chancellor', [2005, 2021], { short: ['Merkel'] }),
  person('Frank-Walter Steinmeier', 'DEU', 'President', [2005, 2025], {
    roleYears: [2017, 2025],
    short: ['Steinmeier'],
  }),
  person('Olaf Scholz', 'DEU', 'Chancellor', [2021, 2025], {
    roleYears: [2021, 2025],
    short: ['Scholz'],
  }),
  person('Annalena Baerbock', 'DEU', 'Foreign Minister', [2021, 2025], { short: ['Baerbock'] }),
  person('Friedrich Merz', 'DEU', 'Chancellor', [2025, 2025], { short: ['Merz'] }),
  person('Martin Bangemann', 'DEU', 'Economy Minister', [1984, 1988], { short: ['Bangemann'] }),
  person('Richard von Weizsaecker', 'DEU', 'President', [1984, 1994], {
    short: ['von Weizsaecker', 'Von Weizsaecker', 'Weizsaecker'],
    aliases: ['Richard von Weizsäcker'],
  }),
  // France
  person('Francois Mitterrand', 'FRA', 'President', [1981, 1995], { short: ['Mitterrand'] }),
  person('Jacques Chirac', 'FRA', 'President', [1986, 2007], {
    roleYears: [1995, 2007],
    short: ['Chirac'],
  }),
  person('Edouard Balladur', 'FRA', 'Prime Minister', [1986, 1995], {
    roleYears: [1993, 1995],
    short: ['Balladur'],
  }),
  person('Jean-Bernard Raimond', 'FRA', 'Foreign Minister', [1986, 1988], { short: ['Raimond'] }),
  person('Nicolas Sarkozy', 'FRA', 'President', [2007, 2012], { short: ['Sarkozy'] }),
  person('Francois Hollande', 'FRA', 'President', [2012, 2017], { short: ['Hollande'] }),
  person('Emmanuel Macron', 'FRA', 'President', [2017, 2025], { short: ['Macron'] }),
  person('Laurent Fabius', 'FRA', 'Foreign Minister', [2012, 2016], { short: ['Fabius'] }),
  person('Jean-Yves Le Drian', 'FRA', 'Foreign Minister', [2017, 2022], { short: ['Le Drian'] }),
  // United Kingdom
  person('Margaret Thatcher', 'GBR', 'Prime Minister', [1979, 1990], { short: ['Thatcher'] }),
  person('Geoffrey Howe', 'GBR', 'Foreign Secretary', [1983, 1990]),
  person('Nigel Lawson', 'GBR', 'Chancellor of the Exchequer', [1983, 1989], { short: ['Lawson'] }),
  person('John Major', 'GBR', 'Prime Minister', [1990, 1997]),
  person('Douglas Hurd', 'GBR', 'Foreign Secretary', [1989, 1995]),
  person('Tony Blair', 'GBR', 'Prime Minister', [1997, 2007], { short: ['Blair'] }),
  person('Gordon Brown', 'GBR', 'Prime Minister', [2007, 2010]),
  person('David Cameron', 'GBR', 'Prime Minister', [2010, 2024], {
    roleYears: [2010, 2016],
    short: ['Cameron'],
  }),
  person('Theresa May', 'GBR', 'Prime Minister', [2016, 2019]),
  person('Boris Johnson', 'GBR', 'Prime Minister', [2016, 2022], { roleYears: [2019, 2022] }),
  person('Liz Truss', 'GBR', 'Prime Minister', [2021, 2022], {
    roleYears: [2022, 2022],
    short: ['Truss'],
  }),
  person('Rishi Sunak', 'GBR', 'Prime Minister', [2022, 2024], { short: ['Sunak'] }),
  person('Keir Starmer', 'GBR', 'Prime Minister', [2020, 2025], {
    roleYears: [2024, 2025],
    short: ['Starmer'],
  }),
  person('David Lammy', 'GBR', 'Foreign Secretary', [2024, 2025], { short: ['Lammy'] }),
  person('Robin Leigh-Pemberton', 'GBR', 'Governor', [1983, 1993], { short: ['Leigh-Pemberton'] }),
  person('Charles Haughey', 'IRL', 'Prime Minister', [1979, 1992], { short: ['Haughey'] }),
  // Italy, Spain, Portugal, Greece
  person('Bettino Craxi', 'ITA', 'Prime Minister', [1983, 1987], { short: ['Craxi'] }),
  person('Giulio Andreotti', 'ITA', 'Prime Minister', [1983, 1992], {
    roleYears: [1989, 1992],
    short: ['Andreotti'],
  }),
  person('Giovanni Goria', 'ITA', 'Prime Minister', [1987, 1988], { short: ['Goria'] }),
  person('Silvio Berlusconi', 'ITA', 'Prime Minister', [1994, 2011], { short: ['Berlusconi'] }),
  person('Romano Prodi', 'ITA', 'Prime Minister', [1996, 2008], { short: ['Prodi'] }),
  person('Matteo Renzi', 'ITA', 'Prime Minister', [2014, 2016], { short: ['Renzi'] }),
  person('Mario Draghi', 'ITA', 'President', [2011, 2019], { org: 'org:ecb', short: ['Draghi'] }),
  person('Giorgia Meloni', 'ITA', 'Prime Minister', [2022, 2025], { short: ['Meloni'] }),
  person('Felipe Gonzalez', 'ESP', 'Prime Minister', [1982, 1996], { aliases: ['Felipe González'] }),
  person('Jose Maria Aznar', 'ESP', 'Prime Minister', [1996, 2004], { short: ['Aznar'] }),
  person('Jose Luis Rodriguez Zapatero', 'ESP', 'Prime Minister', [2004, 2011], { short: ['Zapatero'] }),
  person('Mariano Rajoy', 'ESP', 'Prime Minister', [2011, 2018], { short: ['Rajoy'] }),
  person('Pedro Sanchez', 'ESP', 'Prime Minister', [2018, 2025]),
  person('Mario Soares', 'PRT', 'President', [1986, 1996], { short: ['Soares'] }),
  person('Anibal Cavaco Silva', 'PRT', 'Prime Minister', [1985, 2016], {
    roleYears: [1985, 1995],
    short: ['Cavaco Silva'],
  }),
  person('Marcelo Rebelo de Sousa', 'PRT', 'President', [2016, 2025], { short: ['Rebelo de Sousa'] }),
  person('Andreas Papandreou', 'GRC', 'Prime Minister', [1981, 1996]),
  person('Kyriakos Mitsotakis', 'GRC', 'Prime Minister', [2019, 2025]),
  person('Alexis Tsipras', 'GRC', 'Prime Minister', [2015, 2019], { short: ['Tsipras'] }),
  // Other European states
  person('Ruud Lubbers', 'NLD', 'Prime Minister', [1982, 1994], { short: ['Lubbers'] }),
  person('Mark Rutte', 'NLD', 'Prime Minister', [2010, 2025], { short: ['Rutte'] }),
  person('Wilfried Martens', 'BEL', 'Prime Minister', [1981, 1992]),
  person('Onno Ruding', 'NLD', 'Finance Minister', [1982, 1989], { short: ['Ruding'] }),
  person('Wim Duisenberg', 'NLD', 'President', [1982, 2003], { short: ['Duisenberg'] }),
  person('Mark Eyskens', 'BEL', 'Finance Minister', [1985, 1992], { short: ['Eyskens'] }),
  person('Gro Harlem Brundtland', 'NOR', 'Prime Minister', [1986, 1996], { short: ['Brundtland'] }),
  person('Thorvald Stoltenberg', 'NOR', 'Foreign Minister', [1987, 1993]),
  person('Jens Stoltenberg', 'NOR', 'Secretary General', [2014, 2025], {
    org: 'org:nato',
    short: ['Stoltenberg'],
  }),
  person('Ingvar Carlsson', 'SWE', 'Prime Minister', [1986, 1996]),
  person('Olof Palme', 'SWE', 'Prime Minister', [1982, 1986], { short: ['Palme'] }),
  person('Poul Schlueter', 'DNK', 'Prime Minister', [1982, 1993], { aliases: ['Poul Schlüter'] }),
  person('Mette Frederiksen', 'DNK', 'Prime Minister', [2019, 2025]),
  person('Sanna Marin', 'FIN', 'Prime Minister', [2019, 2023]),
  person('Sauli Niinisto', 'FIN', 'President', [2012, 2024], { short: ['Niinisto'] }),
  person('Alexander Stubb', 'FIN', 'President', [2024, 2025], { short: ['Stubb'] }),
  person('Kurt Waldheim', 'AUT', 'President', [1986, 1992], { short: ['Waldheim'] }),
  person('Viktor Orban', 'HUN', 'Prime Minister', [1998, 2025], { short: ['Orban'] }),
  person('Janos Kadar', 'HUN', 'General Secretary', [1956, 1988], { short: ['Kadar'] }),
  person('Wojciech Jaruzelski', 'POL', 'General Secretary', [1981, 1990], { short: ['Jaruzelski'] }),
  person('Lech Walesa', 'POL', 'President', [1980, 1995], {
    roleYears: [1990, 1995],
    short: ['Walesa'],
  }),
  person('Donald Tusk', 'POL', 'Prime Minister', [2007, 2025], { short: ['Tusk'] }),
  person('Andrzej Duda', 'POL', 'President', [2015, 2025], { short: ['Duda'] }),
  person('Gustav Husak', 'CSK', 'President', [1975, 1989], { short: ['Husak'] }),
  person('Vaclav Havel', 'CSK', 'President', [1989, 2003], { short: ['Havel'] }),
  person('Nicolae Ceausescu', 'ROU', 'President', [1965, 1989], { short: ['Ceausescu'] }),
  person('Todor Zhivkov', 'BGR', 'General Secretary', [1954, 1989], { short: ['Zhivkov'] }),
  person('Branko Mikulic', 'YUG', 'Prime Minister', [1986, 1989], { short: ['Mikulic'] }),
  person('Slobodan Milosevic', 'YUG', 'President', [1989, 2000], { short: ['Milosevic'] }),
  person('Aleksandar Vucic', 'SRB', 'President', [2014, 2025], { short: ['Vucic'] }),
  person('Alexander Lukashenko', 'BLR', 'President', [1994, 2025], {
    short: ['Lukashenko'],
    aliases: ['Aleksandr Lukashenko'],
  }),
  person('Volodymyr Zelensky', 'UKR', 'President', [2019, 2025], {
    short: ['Zelensky', 'Zelenskyy', 'Zelenskiy'],
    aliases: ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'],
  }),
  person('Petro Poroshenko', 'UKR', 'President', [2014, 2019], { short: ['Poroshenko'] }),
  person('Viktor Yanukovych', 'UKR', 'President', [2004, 2014], {
    roleYears: [2010, 2014],
    short: ['Yanukovych'],
  }),
  person('Dmytro Kuleba', 'UKR', 'Foreign Minister', [2020, 2024], { short: ['Kuleba'] }),
  // Turkey, Middle East and North Africa
  person('Turgut Ozal', 'TUR', 'Prime Minister', [1983, 1993], {
    roleYears: [1983, 1989],
    short: ['Ozal'],
  }),
  person('Recep Tayyip Erdogan', 'TUR', 'President', [2003, 2025], {
    roleYears: [2014, 2025],
    short: ['Erdogan'],
    aliases: ['Tayyip Erdogan'],
  }),
  person('Hakan Fidan', 'TUR', 'Foreign Minister', [2023, 2025], { short: ['Fidan'] }),
  person('Mevlut Cavusoglu', 'TUR', 'Foreign Minister', [2014, 2023], { short: ['Cavusoglu'] }),
  person('Ruhollah Khomeini', 'IRN', 'Supreme Leader', [1979, 1989], {
    short: ['Khomeini'],
    aliases: ['Ayatollah Ruhollah Khomeini'],
  }),
  person('Ali Khamenei', 'IRN', 'Supreme Leader', [1981, 2025], {
    roleYears: [1989, 2025],
    short: ['Khamenei'],
  }),
  person('Akbar Hashemi Rafsanjani', 'IRN', 'President', [1980, 1997], {
    roleYears: [1989, 1997],
    short: ['Rafsanjani'],
    aliases: ['Ali Akbar Hashemi Rafsanjani', 'Hashemi Rafsanjani'],
  }),
  person('Ali Akbar Velayati', 'IRN', 'Foreign Minister', [1981, 1997], { short: ['Velayati'] }),
  person('Mir-Hossein Mousavi', 'IRN', 'Prime Minister', [1981, 1989], {
    short: ['Mousavi'],
    aliases: ['Mir Hossein Mousavi', 'Hossein Mousavi'],
  }),
  person('Gholamreza Aqazadeh', 'IRN', 'Oil Minister', [1985, 1997], { short: ['Aqazadeh'] }),
  person('Mohammad Khatami', 'IRN', 'President', [1997, 2005], { short: ['Khatami'] }),
  person('Mahmoud Ahmadinejad', 'IRN', 'President', [2005, 2013], { short: ['Ahmadinejad'] }),
  person('Hassan Rouhani', 'IRN', 'President', [2013, 2021], { short: ['Rouhani'] }),
  person('Mohammad Javad Zarif', 'IRN', 'Foreign Minister', [2013, 2021], { short: ['Zarif'] }),
  person('Ebrahim Raisi', 'IRN', 'President', [2021, 2024], { short: ['Raisi'] }),
  person('Masoud Pezeshkian', 'IRN', 'President', [2024, 2025], { short: ['Pezeshkian'] }),
  person('Abbas Araghchi', 'IRN', 'Foreign Minister', [2024, 2025], { short: ['Araghchi'] }),
  person('Saddam Hussein', 'IRQ', 'President', [1979, 2006], { short: ['Saddam'] }),
  person('Tariq Aziz', 'IRQ', 'Foreign Minister', [1983, 2003]),
  person('Hafez al-Assad', 'SYR', 'President', [1971, 2000], { aliases: ['Hafez Assad'] }),
  person('Bashar al-Assad', 'SYR', 'President', [2000, 2024], { aliases: ['Bashar Assad'] }),
  person('Yasser Arafat', 'PSE', 'Chairman', [1969, 2004], { short: ['Arafat'], aliases: ['Yasir Arafat'] }),
  person('Mahmoud Abbas', 'PSE', 'President', [2005, 2025]),
  person('Shimon Peres', 'ISR', 'Prime Minister', [1984, 2014], {
    roleYears: [1984, 1986],
    short: ['Peres'],
  }),
  person('Yitzhak Shamir', 'ISR', 'Prime Minister', [1983, 1992], { short: ['Shamir'] }),
  person('Yitzhak Rabin', 'ISR', 'Prime Minister', [1984, 1995], {
    roleYears: [1992, 1995],
    short: ['Rabin'],
  }),
  person('Ariel Sharon', 'ISR', 'Prime Minister', [2001, 2006]),
  person('Ehud Olmert', 'ISR', 'Prime Minister', [2006, 2009], { short: ['Olmert'] }),
  person('Benjamin Netanyahu', 'ISR', 'Prime Minister', [1996, 2025], { short: ['Netanyahu'] }),
  person('Naftali Bennett', 'ISR', 'Prime Minister', [2021, 2022]),
  person('Yair Lapid', 'ISR', 'Prime Minister', [2022, 2022], { short: ['Lapid'] }),
  person('Isaac Herzog', 'ISR', 'President', [2021, 2025]),
  person('Hosni Mubarak', 'EGY', 'President', [1981, 2011], { short: ['Mubarak'] }),
  person('Abdel Fattah el-Sisi', 'EGY', 'President', [2013, 2025], {
    short: ['Sisi', 'el-Sisi', 'al-Sisi'],
    aliases: ['Abdel Fattah al-Sisi', 'Abdel-Fattah el-Sisi'],
  }),
  person('Muammar Gaddafi', 'LBY', 'Leader', [1969, 2011], {
    short: ['Gaddafi', 'Qaddafi', 'Gadhafi'],
    aliases: ['Muammar Qaddafi', 'Muammar Gadhafi', 'Moammar Gadhafi'],
  }),
  person('Mohammed bin Salman', 'SAU', 'Crown Prince', [2017, 2025], {
    aliases: ['Mohammad bin Salman', 'Muhammad bin Salman'],
  }),
  person('Faisal bin Farhan', 'SAU', 'Foreign Minister', [2019, 2025], {
    aliases: ['Faisal bin Farhan Al Saud'],
  }),
  person('Hisham Nazer', 'SAU', 'Oil Minister', [1986, 1995], { short: ['Nazer'] }),
  person('Ahmed Zaki Yamani', 'SAU', 'Oil Minister', [1962, 1986], { short: ['Yamani'] }),
  person('Mohammed bin Zayed', 'ARE', 'President', [2022, 2025], {
    aliases: ['Mohamed bin Zayed', 'Mohammed bin Zayed Al Nahyan', 'Mohamed bin Zayed Al Nahyan'],
  }),
  person('Tamim bin Hamad Al Thani', 'QAT', 'Emir', [2013, 2025], { aliases: ['Tamim bin Hamad'] }),
  person('Abdelaziz Bouteflika', 'DZA', 'President', [1999, 2019], { short: ['Bouteflika'] }),
  person('Habib Bourguiba', 'TUN', 'President', [1957, 1987], { short: ['Bourguiba'] }),
  person('Ali Abdullah Saleh', 'YEM', 'President', [1978, 2012]),
  // South and Central Asia
  person('Rajiv Gandhi', 'IND', 'Prime Minister', [1984, 1989]),
  person('Indira Gandhi', 'IND', 'Prime Minister', [1980, 1984]),
  person('Atal Bihari Vajpayee', 'IND', 'Prime Minister', [1996, 2004], { short: ['Vajpayee'] }),
  person('Manmohan Singh', 'IND', 'Prime Minister', [2004, 2014]),
  person('Narendra Modi', 'IND', 'Prime Minister', [2014, 2025], { short: ['Modi'] }),
  person('Subrahmanyam Jaishankar', 'IND', 'Foreign Minister', [2019, 2025], {
    short: ['Jaishankar'],
    aliases: ['S. Jaishankar'],
  }),
  person('Mohammad Zia ul-Haq', 'PAK', 'President', [1977, 1988], {
    short: ['Zia'],
    aliases: ['Zia ul-Haq', 'Mohammed Zia ul-Haq'],
  }),
  person('Benazir Bhutto', 'PAK', 'Prime Minister', [1988, 2007]),
  person('Nawaz Sharif', 'PAK', 'Prime Minister', [1990, 2017]),
  person('Pervez Musharraf', 'PAK', 'President', [1999, 2008], { short: ['Musharraf'] }),
  person('Imran Khan', 'PAK', 'Prime Minister', [2018, 2022]),
  person('Shehbaz Sharif', 'PAK', 'Prime Minister', [2022, 2025]),
  person('Hamid Karzai', 'AFG', 'President', [2001, 2014], { short: ['Karzai'] }),
  person('Mohammad Najibullah', 'AFG', 'President', [1986, 1992], { short: ['Najibullah'] }),
  person('Sheikh Hasina', 'BGD', 'Prime Minister', [1996, 2024]),
  person('Nursultan Nazarbayev', 'KAZ', 'President', [1990, 2019], { short: ['Nazarbayev'] }),
  person('Kassym-Jomart Tokayev', 'KAZ', 'President', [2019, 2025], { short: ['Tokayev'] }),
  // Southeast Asia and the Pacific
  person('Ferdinand Marcos', 'PHL', 'President', [1965, 1989]),
  person('Corazon Aquino', 'PHL', 'President', [1986, 1992], { short: ['Aquino'] }),
  person('Jaime Ongpin', 'PHL', 'Finance Minister', [1986, 1987], { short: ['Ongpin'] }),
  person('Rodrigo Duterte', 'PHL', 'President', [2016, 2022], { short: ['Duterte'] }),
  person('Suharto', 'IDN', 'President', [1967, 1998], { short: ['Suharto', 'Soeharto'] }),
  person('Joko Widodo', 'IDN', 'President', [2014, 2024], { short: ['Jokowi', 'Widodo'] }),
  person('Prabowo Subianto', 'IDN', 'President', [2024, 2025], { short: ['Prabowo'] }),
  person('Subroto', 'IDN', 'Energy Minister', [1978, 1988], { short: ['Subroto'] }),
  person('Mahathir Mohamad', 'MYS', 'Prime Minister', [1981, 2020], { short: ['Mahathir'] }),
  person('Anwar Ibrahim', 'MYS', 'Prime Minister', [2022, 2025]),
  person('Lee Kuan Yew', 'SGP', 'Prime Minister', [1959, 1990]),
  person('Lee Hsien Loong', 'SGP', 'Prime Minister', [2004, 2024]),
  person('Prem Tinsulanonda', 'THA', 'Prime Minister', [1980, 1988], { short: ['Prem'] }),
  person('Hun Sen', 'KHM', 'Prime Minister', [1985, 2023]),
  person('Nguyen Phu Trong', 'VNM', 'General Secretary', [2011, 2024]),
  person('Aung San Suu Kyi', 'MMR', 'Leader', [1988, 2021], { short: ['Suu Kyi'] }),
  person('Bob Hawke', 'AUS', 'Prime Minister', [1983, 1991], { short: ['Hawke'] }),
  person('Paul Keating', 'AUS', 'Prime Minister', [1983, 1996], {
    roleYears: [1991, 1996],
    short: ['Keating'],
  }),
  person('John Howard', 'AUS', 'Prime Minister', [1996, 2007]),
  person('Kevin Rudd', 'AUS', 'Prime Minister', [2007, 2013], { short: ['Rudd'] }),
  person('Scott Morrison', 'AUS', 'Prime Minister', [2018, 2022]),
  person('Anthony Albanese', 'AUS', 'Prime Minister', [2022, 2025], { short: ['Albanese'] }),
  person('Penny Wong', 'AUS', 'Foreign Minister', [2022, 2025]),
  person('David Lange', 'NZL', 'Prime Minister', [1984, 1989], { short: ['Lange'] }),
  person('Jacinda Ardern', 'NZL', 'Prime Minister', [2017, 2023], { short: ['Ardern'] }),
  // Americas
  person('Brian Mulroney', 'CAN', 'Prime Minister', [1984, 1993], { short: ['Mulroney'] }),
  person('Jean Chretien', 'CAN', 'Prime Minister', [1993, 2003], { short: ['Chretien'] }),
  person('Stephen Harper', 'CAN', 'Prime Minister', [2006, 2015]),
  person('Justin Trudeau', 'CAN', 'Prime Minister', [2015, 2025]),
  person('Mark Carney', 'CAN', 'Prime Minister', [2025, 2025], { short: ['Carney'] }),
  person('Miguel de la Madrid', 'MEX', 'President', [1982, 1988]),
  person('Carlos Salinas de Gortari', 'MEX', 'President', [1988, 1994], { short: ['Salinas de Gortari'] }),
  person('Gustavo Petricioli', 'MEX', 'Finance Minister', [1986, 1988], { short: ['Petricioli'] }),
  person('Andres Manuel Lopez Obrador', 'MEX', 'President', [2018, 2024], {
    short: ['Lopez Obrador'],
    aliases: ['Andrés Manuel López Obrador'],
  }),
  person('Claudia Sheinbaum', 'MEX', 'President', [2024, 2025], { short: ['Sheinbaum'] }),
  person('Jose Sarney', 'BRA', 'President', [1985, 1990], { short: ['Sarney'] }),
  person('Dilson Funaro', 'BRA', 'Finance Minister', [1985, 1987], { short: ['Funaro'] }),
  person('Fernando Henrique Cardoso', 'BRA', 'President', [1995, 2003]),
  person('Luiz Inacio Lula da Silva', 'BRA', 'President', [2002, 2025], {
    short: ['Lula', 'Lula da Silva'],
    aliases: ['Luiz Inácio Lula da Silva', 'Luiz Inacio da Silva'],
  }),
  person('Dilma Rousseff', 'BRA', 'President', [2011, 2016], { short: ['Rousseff'] }),
  person('Jair Bolsonaro', 'BRA', 'President', [2019, 2022], { short: ['Bolsonaro'] }),
  person('Raul Alfonsin', 'ARG', 'President', [1983, 1989], { short: ['Alfonsin'] }),
  person('Juan Sourrouille', 'ARG', 'Economy Minister', [1985, 1989], { short: ['Sourrouille'] }),
  person('Carlos Menem', 'ARG', 'President', [1989, 1999], { short: ['Menem'] }),
  person('Nestor Kirchner', 'ARG', 'President', [2003, 2007]),
  person('Cristina Fernandez de Kirchner', 'ARG', 'President', [2007, 2015]),
  person('Javier Milei', 'ARG', 'President', [2023, 2025], { short: ['Milei'] }),
  person('Augusto Pinochet', 'CHL', 'President', [1973, 1990], { short: ['Pinochet'] }),
  person('Alan Garcia', 'PER', 'President', [1985, 1990]),
  person('Fidel Castro', 'CUB', 'President', [1959, 2008]),
  person('Raul Castro', 'CUB', 'President', [2008, 2018]),
  person('Daniel Ortega', 'NIC', 'President', [1985, 2025]),
  person('Hugo Chavez', 'VEN', 'President', [1999, 2013]),
  person('Nicolas Maduro', 'VEN', 'President', [2013, 2025], { short: ['Maduro'] }),
  person('Gustavo Petro', 'COL', 'President', [2022, 2025]),
  person('Manuel Noriega', 'PAN', 'Leader', [1983, 1989], { short: ['Noriega'] }),
  // Africa
  person('P. W. Botha', 'ZAF', 'President', [1978, 1989], { aliases: ['P.W. Botha', 'Pieter Willem Botha'] }),
  person('F. W. de Klerk', 'ZAF', 'President', [1989, 1994], {
    aliases: ['F.W. de Klerk', 'Frederik de Klerk'],
  }),
  person('Barend du Plessis', 'ZAF', 'Finance Minister', [1984, 1992]),
  person('Nelson Mandela', 'ZAF', 'President', [1990, 1999], {
    roleYears: [1994, 1999],
    short: ['Mandela'],
  }),
  person('Thabo Mbeki', 'ZAF', 'President', [1999, 2008], { short: ['Mbeki'] }),
  person('Jacob Zuma', 'ZAF', 'President', [2009, 2018], { short: ['Zuma'] }),
  person('Cyril Ramaphosa', 'ZAF', 'President', [2018, 2025], { short: ['Ramaphosa'] }),
  person('Robert Mugabe', 'ZWE', 'President', [1980, 2017], { short: ['Mugabe'] }),
  person('Kenneth Kaunda', 'ZMB', 'President', [1964, 1991], { short: ['Kaunda'] }),
  person('Julius Nyerere', 'TZA', 'President', [1964, 1999], {
    roleYears: [1964, 1985],
    short: ['Nyerere'],
  }),
  person('Daniel arap Moi', 'KEN', 'President', [1978, 2002]),
  person('Mobutu Sese Seko', 'ZAR', 'President', [1965, 1997], { short: ['Mobutu'] }),
  person('Olusegun Obasanjo', 'NGA', 'President', [1999, 2007], { short: ['Obasanjo'] }),
  person('Ibrahim Babangida', 'NGA', 'President', [1985, 1993], { short: ['Babangida'] }),
  person('Bola Tinubu', 'NGA', 'President', [2023, 2025], { short: ['Tinubu'] }),
  person('William Ruto', 'KEN', 'President', [2022, 2025], { short: ['Ruto'] }),
  person('Paul Kagame', 'RWA', 'President', [2000, 2025], { short: ['Kagame'] }),
  person('Yoweri Museveni', 'UGA', 'President', [1986, 2025], { short: ['Museveni'] }),
  person('Abiy Ahmed', 'ETH', 'Prime Minister', [2018, 2025]),
  person('Hage Geingob', 'NAM', 'President', [2015, 2024], { short: ['Geingob'] }),
  // International bodies
  person('Javier Perez de Cuellar', 'PER', 'Secretary General', [1982, 1991], {
    org: 'org:un',
    short: ['Perez de Cuellar'],
    aliases: ['Javier Pérez de Cuéllar'],
  }),
  person('Boutros Boutros-Ghali', 'EGY', 'Secretary General', [1992, 1996], {
    org: 'org:un',
    short: ['Boutros-Ghali'],
  }),
  person('Kofi Annan', 'GHA', 'Secretary General', [1997, 2006], { org: 'org:un', short: ['Annan'] }),
  person('Ban Ki-moon', 'KOR', 'Secretary General', [2007, 2016], { org: 'org:un' }),
  person('Antonio Guterres', 'PRT', 'Secretary General', [2017, 2025], {
    org: 'org:un',
    short: ['Guterres'],
  }),
  person('Lord Carrington', 'GBR', 'Secretary General', [1984, 1988], {
    org: 'org:nato',
    short: ['Carrington'],
  }),
  person('Manfred Woerner', 'DEU', 'Secretary General', [1988, 1994], {
    org: 'org:nato',
    short: ['Woerner'],
    aliases: ['Manfred Wörner'],
  }),
  person('Javier Solana', 'ESP', 'High Representative', [1999, 2009], { org: 'org:eu', short: ['Solana'] }),
  person('Anders Fogh Rasmussen', 'DNK', 'Secretary General', [2009, 2014], { org: 'org:nato' }),
  person('Jacques Delors', 'FRA', 'President', [1985, 1995], {
    org: 'org:european-commission',
    short: ['Delors'],
  }),
  person('Willy De Clercq', 'BEL', 'Commissioner', [1985, 1989], {
    org: 'org:european-commission',
    short: ['De Clercq'],
  }),
  person('Jose Manuel Barroso', 'PRT', 'President', [2004, 2014], {
    org: 'org:european-commission',
    short: ['Barroso'],
  }),
  person('Jean-Claude Juncker', 'LUX', 'President', [2014, 2019], {
    org: 'org:european-commission',
    short: ['Juncker'],
  }),
  person('Ursula von der Leyen', 'DEU', 'President', [2019, 2025], {
    org: 'org:european-commission',
    short: ['von der Leyen', 'Von der Leyen'],
  }),
  person('Charles Michel', 'BEL', 'President', [2019, 2024], { org: 'org:european-council' }),
  person('Josep Borrell', 'ESP', 'High Representative', [2019, 2024], { org: 'org:eu', short: ['Borrell'] }),
  person('Kaja Kallas', 'EST', 'High Representative', [2024, 2025], { org: 'org:eu', short: ['Kallas'] }),
  person('Michel Camdessus', 'FRA', 'Managing Director', [1987, 2000], {
    org: 'org:imf',
    short: ['Camdessus'],
  }),
  person('Jacques de Larosiere', 'FRA', 'Managing Director', [1978, 1987], {
    org: 'org:imf',
    short: ['de Larosiere'],
    aliases: ['Jacques de Larosière'],
  }),
  person('Christine Lagarde', 'FRA', 'President', [2019, 2025], { org: 'org:ecb', short: ['Lagarde'] }),
  person('Kristalina Georgieva', 'BGR', 'Managing Director', [2019, 2025], {
    org: 'org:imf',
    short: ['Georgieva'],
  }),
  person('Barber Conable', 'USA', 'President', [1986, 1991], { org: 'org:world-bank', short: ['Conable'] }),
  person('Arthur Dunkel', 'CHE', 'Director General', [1980, 1993], { org: 'org:gatt', short: ['Dunkel'] }),
  person('Tedros Adhanom Ghebreyesus', 'ETH', 'Director General', [2017, 2025], {
    org: 'org:who',
    short: ['Tedros'],
  }),
  person('Rafael Grossi', 'ARG', 'Director General', [2019, 2025], { org: 'org:iaea', short: ['Grossi'] }),
];

/** Folds diacritics and typographic apostrophes so "Erdoğan" and "O’Neill" look the same; case is kept. */
export function toPersonLookupForm(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

interface PeopleIndex {
  byKey: Map<string, PersonEntry>;
  byName: Map<string, PersonEntry>;
  byShortForm: Map<string, PersonEntry[]>;
}

let index: PeopleIndex | undefined;

function getPeopleIndex(): PeopleIndex {
  if (index) return index;
  const built: PeopleIndex = { byKey: new Map(), byName: new Map(), byShortForm: new Map() };
  for (const entry of PEOPLE) {
    built.byKey.set(entry.key, entry);
    for (const name of [entry.name, ...entry.aliases]) built.byName.set(toPersonLookupForm(name), entry);
    for (const form of entry.shortForms) {
      const folded = toPersonLookupForm(form);
      const list = built.byShortForm.get(folded) ?? [];
      list.push(entry);
      built.byShortForm.set(folded, list);
    }
  }
  index = built;
  return built;
}

function getYear(date: string | null | undefined): number | undefined {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : undefined;
}

/** Whether an article of `date` falls within the person's years; undated articles always do. */
export function isPersonActiveAt(entry: PersonEntry, date: string | null | undefined): boolean {
  const year = getYear(date);
  return year === undefined || (year >= entry.years[0] && year <= entry.years[1]);
}

/** Whether the person held their listed role at `date` (`roleYears`, else `years`); undated: yes. */
export function isPersonRoleHeldAt(entry: PersonEntry, date: string | null | undefined): boolean {
  const year = getYear(date);
  const [from, to] = entry.roleYears ?? entry.years;
  return year === undefined || (year >= from && year <= to);
}

export function getPersonByKey(key: string): PersonEntry | undefined {
  return getPeopleIndex().byKey.get(key);
}

/** The person a full name or listed spelling belongs to ("Vladimir Putin", "Tayyip Erdogan"); case-sensitive. */
export function getPersonForName(name: string): PersonEntry | undefined {
  return getPeopleIndex().byName.get(toPersonLookupForm(name));
}

/**
 * The one person a short form ("Putin", "Lula", "Stoltenberg") names in an article of `date`: listed for
 * exactly one person active that year (any year when undated), else undefined. Case-sensitive.
 */
export function getPersonForShortForm(form: string, date?: string | null): PersonEntry | undefined {
  const entries = getPeopleIndex().byShortForm.get(toPersonLookupForm(form)) ?? [];
  const active = entries.filter((entry) => isPersonActiveAt(entry, date));
  return active.length === 1 ? active[0] : undefined;
}
