// The header's "Copy link" and "Embed" controls. The link is the current URL state (the URL is the
// state); the Embed dialog turns the same state into an <iframe> snippet with a chosen size.
import { useEffect, useState } from 'react';
import { URL_FIELDS, type UrlState } from '../../graph/url-state.ts';
import { copyText } from './clipboard.ts';
import { Dialog } from './Dialog.tsx';
import { getEmbedUrl, getIframeSnippet, getShareUrl } from './share-url.ts';
import './share.css';

interface ShareControlsProps {
  /** The shareable state now; read when a control is used, so it is always current. */
  getUrlState: () => UrlState;
  title: string;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

function useCopyStatus(): [CopyStatus, (text: string) => void] {
  const [status, setStatus] = useState<CopyStatus>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [status]);
  const copy = (text: string) => {
    void copyText(text).then((copied) => setStatus(copied ? 'copied' : 'failed'));
  };
  return [status, copy];
}

export function ShareControls({ getUrlState, title }: ShareControlsProps) {
  const [status, copy] = useCopyStatus();
  const [embedOpen, setEmbedOpen] = useState(false);
  return (
    <div className="share-controls">
      <button
        type="button"
        className="text-button share-button"
        onClick={() => copy(getShareUrl(getUrlState()))}
        data-testid="copy-link"
      >
        {status === 'copied' ? 'Link copied' : status === 'failed' ? 'Copy failed' : 'Copy link'}
      </button>
      <span className="visually-hidden" role="status">
        {status === 'copied' ? 'Link to this view copied to the clipboard' : ''}
      </span>
      <button type="button" className="text-button share-button" onClick={() => setEmbedOpen(true)}>
        Embed
      </button>
      {embedOpen && (
        <EmbedDialog urlState={getUrlState()} title={title} onClose={() => setEmbedOpen(false)} />
      )}
    </div>
  );
}

interface EmbedDialogProps {
  urlState: UrlState;
  title: string;
  onClose: () => void;
}

const MIN_SIZE = 200;
const MAX_SIZE = 4000;

function readSize(text: string, fallback: number): number {
  const value = Number(text);
  return Number.isFinite(value) ? Math.min(MAX_SIZE, Math.max(MIN_SIZE, Math.round(value))) : fallback;
}

export function EmbedDialog({ urlState, title, onClose }: EmbedDialogProps) {
  const [width, setWidth] = useState('600');
  const [height, setHeight] = useState('400');
  const [hostOrigin, setHostOrigin] = useState('');
  const [status, copy] = useCopyStatus();
  const origin = hostOrigin.trim() === '' ? undefined : URL_FIELDS.origin.read(hostOrigin.trim());
  const originInvalid = hostOrigin.trim() !== '' && origin === undefined;
  const src = getEmbedUrl({ ...urlState, ...(origin ? { origin } : {}) });
  const snippet = getIframeSnippet(src, title, readSize(width, 600), readSize(height, 400));
  return (
    <Dialog title="Embed this view" onClose={onClose} testId="embed-dialog">
      <p className="share-dialog-text">
        Paste this into a web page to show the graph with the current time window and selection. Readers can
        open it in Entente from the frame.
      </p>
      <div className="share-size-fields">
        <label>
          Width
          <input
            type="number"
            min={MIN_SIZE}
            max={MAX_SIZE}
            value={width}
            onChange={(event) => setWidth(event.target.value)}
          />
          px
        </label>
        <label>
          Height
          <input
            type="number"
            min={MIN_SIZE}
            max={MAX_SIZE}
            value={height}
            onChange={(event) => setHeight(event.target.value)}
          />
          px
        </label>
      </div>
      <label className="share-origin">
        Only this site may control it (optional)
        <input
          type="url"
          placeholder="https://news.example"
          value={hostOrigin}
          aria-invalid={originInvalid}
          onChange={(event) => setHostOrigin(event.target.value)}
        />
      </label>
      {originInvalid && (
        <p className="share-origin-error" role="alert">
          Give an origin such as https://news.example: scheme and host, no path.
        </p>
      )}
      <label className="share-snippet">
        <span className="visually-hidden">Embed code</span>
        <textarea readOnly value={snippet} rows={5} onFocus={(event) => event.target.select()} />
      </label>
      <div className="share-dialog-actions">
        <a className="text-button" href={src} target="_blank" rel="noopener noreferrer">
          Preview
        </a>
        <button type="button" className="primary-button" onClick={() => copy(snippet)}>
          {status === 'copied' ? 'Copied' : 'Copy code'}
        </button>
      </div>
    </Dialog>
  );
}
