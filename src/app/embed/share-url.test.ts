import { describe, expect, it } from 'vitest';
import { getEmbedUrl, getIframeSnippet, getShareUrl } from './share-url.ts';

const base = 'https://example.org/entente/';

describe('share URLs', () => {
  it('drops embed parameters from the share link and adds embed=1 to the frame', () => {
    const state = { graph: 'seeds', from: '2024-02-01', embed: true, origin: 'https://host.example' };
    expect(getShareUrl(state, base)).toBe(`${base}?graph=seeds&from=2024-02-01`);
    expect(getShareUrl({}, base)).toBe(base);
    expect(getEmbedUrl(state, base)).toBe(
      `${base}?graph=seeds&from=2024-02-01&origin=https%3A%2F%2Fhost.example&embed=1`,
    );
  });

  it('escapes the title and address in the iframe snippet', () => {
    const snippet = getIframeSnippet(`${base}?a=1&b=2`, 'Talks "<b>"', 600, 400.4);
    expect(snippet).toBe(
      `<iframe src="${base}?a=1&amp;b=2" width="600" height="400" title="Talks &quot;&lt;b&gt;&quot;" ` +
        'style="border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
  });
});
