// Full-page states shown instead of the graph: loading, and a load failure explained with what went
// wrong, the details, and how to rebuild the bundle.
import { REBUILD_COMMAND } from './load-graph.ts';

export function LoadingScreen() {
  return (
    <div className="status-screen" role="status" aria-live="polite" data-testid="loading">
      <div className="spinner" aria-hidden="true" />
      <p>Loading graph…</p>
    </div>
  );
}

interface ErrorScreenProps {
  message: string;
  problems: readonly string[];
  onRetry: () => void;
}

export function ErrorScreen({ message, problems, onRetry }: ErrorScreenProps) {
  return (
    <div className="status-screen" data-testid="load-error">
      <div className="error-card" role="alert">
        <h1>The graph could not be loaded</h1>
        <p className="error-message">{message}</p>
        {problems.length > 1 && (
          <details>
            <summary>{problems.length} problems found</summary>
            <ul className="error-problems">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </details>
        )}
        <h2>How to fix it</h2>
        <p>Rebuild the bundle and its index from the corpus, then reload this page:</p>
        <pre>
          <code>{REBUILD_COMMAND}</code>
        </pre>
        <p className="muted">
          or <code>npm run build:seeds</code>. Bundles live in <code>data/graphs/</code>, listed in{' '}
          <code>data/graphs/index.json</code>.
        </p>
        <button type="button" className="primary-button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}
