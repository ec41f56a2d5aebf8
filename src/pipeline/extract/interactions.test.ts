import { describe, expect, it } from 'vitest';
import { choosePairTrigger, findTriggers, getEventDate } from './interactions.ts';

const typeOf = (sentence: string, subject = 0): string =>
  choosePairTrigger(findTriggers(sentence), subject)?.type ?? 'comention';

describe('interaction typing', () => {
  it('prefers the most specific contact: a phone call over "said", talks over statements', () => {
    expect(typeOf('Xi said in a phone call with Putin that ties are strong.')).toBe('call');
    expect(typeOf('Wang Yi held talks with Eide in Beijing.')).toBe('meeting');
    expect(typeOf('He exchanged congratulations with his Portuguese counterpart.')).toBe('message');
    expect(typeOf('Xi sent a message of condolences to Mbumba.')).toBe('message');
  });

  it('takes the main verb after the subject, so "threatened to cut off" is a threat', () => {
    expect(typeOf('Iran threatened to cut off electricity to Nakhichevan.')).toBe('threaten');
    expect(typeOf('South Korea rejected North Korea’s demand to sever the alliance.')).toBe('criticize');
    expect(typeOf('The US Congress agreed to lift embargoes on sales to Iran.')).toBe('agree');
    expect(typeOf('Nigeria said it will withdraw its force from Chad unless a ceasefire is arranged.')).toBe(
      'threaten',
    );
  });

  it('falls back to a statement, then to a co-mention', () => {
    expect(typeOf('Putin said Russia and China are friends.')).toBe('statement');
    expect(typeOf('Norway and China are far apart.')).toBe('comention');
  });
});

describe('getEventDate', () => {
  it('reads month and day, taking the year from the article', () => {
    expect(
      getEventDate('in a February 2 phone call, Premier Li Qiang and Mark Rutte agreed', '2024-02-08'),
    ).toBe('2024-02-02');
    expect(getEventDate('On February 5, 2024, Wang Yi held talks with Eide.', null)).toBe('2024-02-05');
  });

  it('gives no date without a day, or without any year to anchor it', () => {
    expect(getEventDate('In February the two sides met.', '2024-02-08')).toBeUndefined();
    expect(getEventDate('On February 5 the two sides met.', null)).toBeUndefined();
    expect(getEventDate('No dates here at all.', '2024-02-08')).toBeUndefined();
  });
});
