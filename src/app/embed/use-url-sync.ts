// Keeps the address bar equal to the shareable view state, with replaceState so that dragging the
// timeline does not add a history entry per frame. Embed parameters of the page stay as they were.
import { useEffect } from 'react';
import { toUrlParams, type UrlState } from '../../graph/url-state.ts';

export function useUrlSync(state: UrlState, embedState: Pick<UrlState, 'embed' | 'origin'>): void {
  const query = toUrlParams({ ...state, ...embedState }).toString();
  useEffect(() => {
    const url = new URL(window.location.href);
    url.search = query;
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, [query]);
}
