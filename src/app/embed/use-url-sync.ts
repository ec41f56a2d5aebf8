// Keeps the address bar equal to the shareable view state, with replaceState so that dragging the
// timeline does not add a history entry per frame. While the view changes faster than a few times a
// second (scrubbing, playback) the address is written at most every URL_WRITE_INTERVAL ms, the last state
// always last: Chrome's replaceState costs milliseconds that a timeline step cannot spare. Embed
// parameters of the page stay as they were.
import { useEffect, useRef } from 'react';
import { toUrlParams, type UrlState } from '../../graph/url-state.ts';

const URL_WRITE_INTERVAL = 250;

function writeQuery(query: string): void {
  const url = new URL(window.location.href);
  url.search = query;
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

export function useUrlSync(state: UrlState, embedState: Pick<UrlState, 'embed' | 'origin'>): void {
  const query = toUrlParams({ ...state, ...embedState }).toString();
  const lastWrite = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = null;
    const wait = lastWrite.current + URL_WRITE_INTERVAL - performance.now();
    if (wait <= 0) {
      lastWrite.current = performance.now();
      writeQuery(query);
      return;
    }
    pending.current = setTimeout(() => {
      pending.current = null;
      lastWrite.current = performance.now();
      writeQuery(query);
    }, wait);
  }, [query]);
  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
    },
    [],
  );
}
