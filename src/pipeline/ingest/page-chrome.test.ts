// Tests for the chrome, "Continue reading" and publication-note patterns, and for path-derived names.
import { describe, expect, it } from 'vitest';
import { getCorpusFileKind } from '../io/corpus-files.ts';
import { getFileStem, getPathStem } from './file-names.ts';
import {
  findPublisherMention,
  getContinueReadingTitle,
  getPublishedMarker,
  isChromeLine,
} from './page-chrome.ts';

describe('isChromeLine', () => {
  it('recognises site furniture from several sites', () => {
    for (const line of [
      'logo',
      'Orange background',
      'Try Our AI Features',
      'Explore what Daily8 AI can do for you:',
      'Comments',
      '12 comments',
      'No comments yet...',
      'Related Articles',
      'Recommended stories',
      'DOWNLOAD THE APP',
      'Get Started Now: Download the App',
      'Ready to dive into a world of global content with local flavor? Download Daily8 app today.',
      'app-storeplay-store',
      'Share this article',
      '© 2024 Example Media Ltd. All rights reserved.',
    ]) {
      expect(isChromeLine(line), line).toBe(true);
    }
  });

  it('keeps article sentences that merely mention those words', () => {
    for (const line of [
      'Comments by the minister drew criticism.',
      'Copyright law in China was revised in 2020.',
      'The logo of the summit was unveiled on Monday.',
      'Related articles of the treaty were signed.',
    ]) {
      expect(isChromeLine(line), line).toBe(false);
    }
  });
});

describe('getContinueReadingTitle', () => {
  it('returns the named title, or an empty string for a bare link', () => {
    expect(getContinueReadingTitle('Continue reading Asian NATO under a new guise')).toBe(
      'Asian NATO under a new guise',
    );
    expect(getContinueReadingTitle('Continue reading…')).toBe('');
    expect(getContinueReadingTitle('We continue reading the news.')).toBeNull();
  });
});

describe('getPublishedMarker', () => {
  it('reads singular and plural notes and their first publisher', () => {
    expect(
      getPublishedMarker('The following article was originally published by the Xinhua News Agency.'),
    ).toEqual({
      plural: false,
      publisher: 'Xinhua News Agency',
      introducesQuote: true,
    });
    expect(
      getPublishedMarker(
        'The following articles were originally published on the websites of the Chinese Foreign Ministry and the IDCPC.',
      ),
    ).toEqual({ plural: true, publisher: 'Chinese Foreign Ministry', introducesQuote: true });
    expect(getPublishedMarker('This article first appeared in Geopolitical Economy Report.')).toEqual({
      plural: false,
      publisher: 'Geopolitical Economy Report',
      introducesQuote: false,
    });
    expect(
      getPublishedMarker(
        'The following is the full text of Comrade Wang Yi’s article. It was originally published on the website of the Chinese Foreign Ministry.',
      ),
    ).toEqual({ plural: false, publisher: 'Chinese Foreign Ministry', introducesQuote: true });
  });

  it('ignores sentences that only describe another article', () => {
    expect(
      getPublishedMarker('The following article in China Daily reports on a recent delegation.'),
    ).toBeNull();
    expect(
      getPublishedMarker(
        'In the following article, which was originally published by China Today, our co-editor notes it.',
      ),
    ).toBeNull();
  });
});

describe('findPublisherMention', () => {
  it('takes the capitalised name after "originally published by/in"', () => {
    expect(
      findPublisherMention(
        'In the following article, which was originally published by China Today to coincide',
      ),
    ).toBe('China Today');
    expect(findPublisherMention('It was published somewhere.')).toBeNull();
  });
});

describe('path names', () => {
  it('derive stems and corpus file kinds from paths', () => {
    expect(getFileStem('data/corpus/seeds/000_fa6cea80ff66250b.txt')).toBe('000_fa6cea80ff66250b');
    expect(getFileStem('.hidden')).toBe('.hidden');
    expect(getPathStem('a.b/c')).toBe('a.b/c');
    expect(getPathStem('x/y.jsonl')).toBe('x/y');
    expect(getCorpusFileKind('A.HTM')).toBe('html');
    expect(getCorpusFileKind('feed.ndjson')).toBe('jsonl');
    expect(getCorpusFileKind('doc.pdf')).toBeNull();
  });
});
