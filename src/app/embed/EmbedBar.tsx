// The embed frame's only chrome: the graph's title, the selected entity, a credit line naming the data
// source, and an "Open in Entente" link to the full view with the same state.
import type { UrlState } from '../../graph/url-state.ts';
import { getShareUrl } from './share-url.ts';

interface EmbedBarProps {
  title: string;
  selectedLabel: string | null;
  credit: string;
  urlState: UrlState;
}

export function EmbedBar({ title, selectedLabel, credit, urlState }: EmbedBarProps) {
  return (
    <header className="embed-bar" data-testid="embed-bar">
      <div className="embed-bar-title">
        <h1>{title}</h1>
        {selectedLabel !== null && (
          <span className="embed-selected" data-testid="embed-selected">
            {selectedLabel}
          </span>
        )}
      </div>
      <p className="embed-credit">
        <span>{credit} · Entente</span>
        <a href={getShareUrl(urlState)} target="_blank" rel="noopener noreferrer">
          Open in Entente ↗
        </a>
      </p>
    </header>
  );
}
