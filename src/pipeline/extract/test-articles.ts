// Builds a SourceArticle around a piece of text for the extract stage's unit tests.
import type { SourceArticle } from '../types.ts';

export function toTestArticle(text: string, date: string | null = '2024-02-08', id = 'test'): SourceArticle {
  return {
    id,
    title: '',
    text,
    date,
    dateOrigin: date ? 'given' : 'none',
    source: null,
    url: null,
    file: 'test.txt',
    line: null,
  };
}
