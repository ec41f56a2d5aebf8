import { describe, expect, it } from 'vitest';
import { toPersonKey } from '../extract/text.ts';
import { COUNTRIES } from './countries.ts';
import { ORGANIZATIONS } from './organizations.ts';
import {
  PEOPLE,
  getPersonByKey,
  getPersonForName,
  getPersonForShortForm,
  isPersonActiveAt,
  isPersonRoleHeldAt,
} from './people.ts';

describe('PEOPLE', () => {
  it('keys each person as the extract rules key the full name, once', () => {
    for (const entry of PEOPLE) expect(entry.key, entry.name).toBe(toPersonKey(entry.name));
    expect(new Set(PEOPLE.map((entry) => entry.key)).size).toBe(PEOPLE.length);
  });

  it('ties every person to a known country and every international official to a known body', () => {
    const codes = new Set(COUNTRIES.map((c) => c.code));
    const orgs = new Set(ORGANIZATIONS.map((o) => o.key));
    for (const entry of PEOPLE) {
      expect(codes.has(entry.country), `${entry.name}: ${entry.country}`).toBe(true);
      if (entry.organization) expect(orgs.has(entry.organization), entry.name).toBe(true);
      expect(entry.years[0], entry.name).toBeLessThanOrEqual(entry.years[1]);
      const [from, to] = entry.roleYears ?? entry.years;
      expect(from >= entry.years[0] && to <= entry.years[1] && from <= to, entry.name).toBe(true);
    }
  });

  it('lists no surname that several well-known people share', () => {
    const forms = PEOPLE.flatMap((entry) => entry.shortForms);
    for (const ambiguous of [
      'Kim',
      'Wang',
      'Li',
      'Lee',
      'Johnson',
      'Gandhi',
      'Bush',
      'Clinton',
      'Abe',
      'Baker',
    ])
      expect(forms).not.toContain(ambiguous);
    // A short form shared by two people needs years that never overlap, so the article's date decides.
    for (const a of PEOPLE)
      for (const b of PEOPLE) {
        if (a === b || !a.shortForms.some((form) => b.shortForms.includes(form))) continue;
        expect(a.years[1] < b.years[0] || b.years[1] < a.years[0], `${a.name} / ${b.name}`).toBe(true);
      }
  });
});

describe('person look-ups', () => {
  it('finds a person by full name or spelling, diacritics folded, case kept', () => {
    expect(getPersonForName('Recep Tayyip Erdoğan')?.key).toBe('person:recep-tayyip-erdogan');
    expect(getPersonForName('Tayyip Erdogan')?.key).toBe('person:recep-tayyip-erdogan');
    expect(getPersonForName('Volodymyr Zelenskyy')?.key).toBe('person:volodymyr-zelensky');
    expect(getPersonForName('vladimir putin')).toBeUndefined();
    expect(getPersonByKey('person:mikhail-gorbachev')).toMatchObject({ country: 'SUN' });
  });

  it('resolves a short form only to the one person prominent in the article’s year', () => {
    expect(getPersonForShortForm('Putin', '2024-02-08')?.key).toBe('person:vladimir-putin');
    expect(getPersonForShortForm('Putin', '1987-03-01')).toBeUndefined();
    expect(getPersonForShortForm('Putin', null)?.key).toBe('person:vladimir-putin');
    expect(getPersonForShortForm('Roh', '1988-05-01')?.key).toBe('person:roh-tae-woo');
    expect(getPersonForShortForm('Roh', '2005-05-01')?.key).toBe('person:roh-moo-hyun');
    // Undated, "Roh" could be either president.
    expect(getPersonForShortForm('Roh')).toBeUndefined();
    expect(getPersonForShortForm('Stoltenberg', '1987-06-01')).toBeUndefined();
    expect(getPersonForShortForm('Stoltenberg', '2016-06-01')?.key).toBe('person:jens-stoltenberg');
    expect(getPersonForShortForm('putin', '2024-02-08')).toBeUndefined();
  });

  it('counts an undated article as within anyone’s years', () => {
    const reagan = getPersonByKey('person:ronald-reagan');
    expect(reagan && isPersonActiveAt(reagan, '1987-03-01')).toBe(true);
    expect(reagan && isPersonActiveAt(reagan, '2004-06-05')).toBe(false);
    expect(reagan && isPersonActiveAt(reagan, null)).toBe(true);
  });

  it('holds a role only in its own years when they are narrower', () => {
    const baker = getPersonByKey('person:james-baker');
    expect(baker && isPersonActiveAt(baker, '1987-03-01')).toBe(true);
    expect(baker && isPersonRoleHeldAt(baker, '1987-03-01')).toBe(false);
    expect(baker && isPersonRoleHeldAt(baker, '1990-03-01')).toBe(true);
    const reagan = getPersonByKey('person:ronald-reagan');
    expect(reagan && isPersonRoleHeldAt(reagan, '1987-03-01')).toBe(true);
  });
});
