import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createPersonName, getNameRegion } from './names.ts';
import { createSynthWorld, getAvailableCountryCount } from './world.ts';

describe('createPersonName', () => {
  it('is deterministic for a seeded random source', () => {
    const a = seedrandom.alea('names');
    const b = seedrandom.alea('names');
    const namesA = Array.from({ length: 20 }, () => createPersonName('slavic', a).full);
    const namesB = Array.from({ length: 20 }, () => createPersonName('slavic', b).full);
    expect(namesA).toEqual(namesB);
    expect(new Set(namesA).size).toBeGreaterThan(15);
  });

  it('puts the family name first where that is the custom, and reuses it alone', () => {
    const random = seedrandom.alea('chinese');
    for (let i = 0; i < 50; i += 1) {
      const name = createPersonName('chinese', random);
      expect(name.full.startsWith(`${name.family} `)).toBe(true);
      expect(name.full).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    }
    const anglo = createPersonName('anglo', seedrandom.alea('anglo'));
    expect(anglo.full.endsWith(` ${anglo.family}`)).toBe(true);
  });

  it('gives Slavic women the feminine family name', () => {
    const random = seedrandom.alea('slavic-women');
    const women = Array.from({ length: 200 }, () => createPersonName('slavic', random)).filter(
      (n) => n.female,
    );
    expect(women.length).toBeGreaterThan(20);
    expect(women.some((name) => /(?:ova|eva|ina|ska)$/.test(name.family))).toBe(true);
    expect(women.some((name) => /(?:ov|ev|sky)$/.test(name.family))).toBe(false);
  });

  it('maps countries to naming regions, with a fallback', () => {
    expect(getNameRegion('CHN')).toBe('chinese');
    expect(getNameRegion('BRA')).toBe('lusophone');
    expect(getNameRegion('SAU')).toBe('arabic');
    expect(getNameRegion('ZZZ')).toBe('anglo');
  });
});

describe('createSynthWorld', () => {
  const world = createSynthWorld(
    { countries: getAvailableCountryCount(), people: 3000 },
    seedrandom.alea('world'),
  );

  it('casts about 200 sovereign countries, the great powers first, and 3000 people', () => {
    expect(world.countries.length).toBeGreaterThanOrEqual(180);
    expect(world.countries.slice(0, 3).map((country) => country.code)).toEqual(['USA', 'CHN', 'RUS']);
    expect(world.countries.some((country) => country.code === 'ATA' || country.code === 'SUN')).toBe(false);
    expect(world.people).toHaveLength(3000);
  });

  it('gives people unique names and keys', () => {
    expect(new Set(world.people.map((person) => person.fullName)).size).toBe(3000);
    expect(new Set(world.people.map((person) => person.key)).size).toBe(3000);
    for (const person of world.people) expect(person.key).toMatch(/^person:[a-z0-9]+(?:-[a-z0-9]+)+$/);
  });

  it('gives every country a leader and a foreign minister, with titles that fit the country', () => {
    for (const country of world.countries) {
      const roles = world.people
        .filter((person) => person.country === country)
        .map((person) => person.roleKind);
      expect(roles).toContain('leader');
      expect(roles).toContain('foreign');
    }
    const titleOf = (code: string, kind: string) =>
      world.people.find((person) => person.country.code === code && person.roleKind === kind)?.role;
    expect(titleOf('CHN', 'leader')).toBe('President');
    expect(titleOf('CHN', 'second')).toBe('Premier');
    expect(titleOf('DEU', 'leader')).toBe('Chancellor');
    expect(titleOf('GBR', 'leader')).toBe('Prime Minister');
    expect(titleOf('SAU', 'leader')).toBe('King');
    expect(titleOf('USA', 'foreign')).toBe('Secretary of State');
    expect(titleOf('USA', 'second')).toBe('Vice President');
  });

  it('writes ambassadors with their posting, and appositions with the possessive country', () => {
    const ambassador = world.people.find((person) => person.roleKind === 'ambassador');
    expect(ambassador?.titled).toMatch(/ Ambassador to [A-Z]/);
    const usLeader = world.people.find(
      (person) => person.country.code === 'USA' && person.roleKind === 'leader',
    );
    expect(usLeader?.appositive).toMatch(/, the United States' president,$/);
    expect(usLeader?.titled).toMatch(/^U\.S\. President /);
  });

  it('never uses a country word inside a name', () => {
    for (const person of world.people) {
      expect(person.fullName).not.toMatch(
        /\b(?:China|Jordan|Chad|Georgia|Israel|Chinese|Santiago|Victoria)\b/,
      );
    }
  });

  it('weights prominent countries and senior roles most', () => {
    const byWeight = [...world.people].sort((a, b) => b.weight - a.weight);
    expect(byWeight[0]?.country.code).toMatch(/^(?:USA|CHN)$/);
    expect(['leader', 'foreign']).toContain(byWeight[0]?.roleKind);
    expect(world.countries[0]!.weight).toBeGreaterThan(world.countries[50]!.weight * 50);
  });
});
