// URLs built from the shareable state: the full-view link, the embed frame's address and its <iframe>
// snippet. Values only ever pass through URLSearchParams and attribute escaping, never raw into markup.
import { toUrlParams, type UrlState } from '../../graph/url-state.ts';

/** The app's own address (no query, no hash), e.g. `https://host/entente/`. */
export function getAppBaseUrl(location: Location = window.location): string {
  return `${location.origin}${location.pathname}`;
}

/** The full-view link for a state: embed-only parameters are dropped. */
export function getShareUrl(state: UrlState, base: string = getAppBaseUrl()): string {
  const { embed: _embed, origin: _origin, ...shared } = state;
  const query = toUrlParams(shared).toString();
  return query ? `${base}?${query}` : base;
}

export function getEmbedUrl(state: UrlState, base: string = getAppBaseUrl()): string {
  const { embed: _embed, ...shared } = state;
  const params = toUrlParams(shared);
  params.set('embed', '1');
  return `${base}?${params.toString()}`;
}

const ATTRIBUTE_ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (character) => ATTRIBUTE_ENTITIES[character] ?? character);
}

export function getIframeSnippet(src: string, title: string, width: number, height: number): string {
  return (
    `<iframe src="${escapeAttribute(src)}" width="${Math.round(width)}" height="${Math.round(height)}" ` +
    `title="${escapeAttribute(title)}" style="border:0" loading="lazy" ` +
    `referrerpolicy="strict-origin-when-cross-origin"></iframe>`
  );
}
