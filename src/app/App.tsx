// The app shell: loads the index and bundle (showing a loading state, or an error screen that says how
// to rebuild), then hands the validated model to the Explorer, which owns the view state.
import { useEffect, useReducer, useState } from 'react';
import { BundleError } from '../graph/bundle.ts';
import { fromUrlParams, getUrlStateActions, getUrlWindow, type UrlState } from '../graph/url-state.ts';
import { INITIAL_VIEW_STATE, reduceViewState } from '../graph/view-state.ts';
import { Explorer } from './Explorer.tsx';
import { createGraphModel, type GraphModel } from './graph-model.ts';
import { LoadError, loadGraph } from './load-graph.ts';
import { ErrorScreen, LoadingScreen } from './StatusScreen.tsx';
import { useTheme } from './use-theme.ts';

type LoadState =
  | { status: 'loading' }
  | { status: 'error'; message: string; problems: readonly string[] }
  | { status: 'ready'; model: GraphModel };

function readRequestedGraph(): string | null {
  return new URLSearchParams(window.location.search).get('graph');
}

/** The shared state in the address bar; bad parameters are reported once, on the first read. */
function readUrlState(quiet = false): UrlState {
  return fromUrlParams(new URLSearchParams(window.location.search), quiet ? () => {} : undefined);
}

function describeFailure(error: unknown): { message: string; problems: readonly string[] } {
  if (error instanceof LoadError || error instanceof BundleError) {
    return { message: error.message, problems: error.problems };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message: `entente/app: the graph could not be prepared: ${message}`, problems: [] };
}

export function App() {
  const [requestedId, setRequestedId] = useState<string | null>(readRequestedGraph);
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [view, dispatch] = useReducer(reduceViewState, INITIAL_VIEW_STATE);
  const [initialUrlState] = useState(() => readUrlState());
  // The embed parameters describe the frame, not the view: they are kept as the page was opened.
  const [embedState] = useState<Pick<UrlState, 'embed' | 'origin'>>(() => ({
    embed: initialUrlState.embed,
    origin: initialUrlState.origin,
  }));
  const [theme, toggleTheme] = useTheme(initialUrlState.theme ?? null);

  useEffect(() => {
    let cancelled = false;
    setLoad({ status: 'loading' });
    loadGraph(requestedId)
      .then((loaded) => {
        const model = createGraphModel(loaded);
        if (cancelled) return;
        const range = model.timeline.range;
        const shared = readUrlState(true);
        dispatch({
          type: 'graphLoaded',
          graphId: loaded.entry.id,
          range,
          window: getUrlWindow(shared, range),
        });
        for (const action of getUrlStateActions(shared, (node) => model.graph.hasNode(node)))
          dispatch(action);
        setLoad({ status: 'ready', model });
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoad({ status: 'error', ...describeFailure(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [requestedId, attempt]);

  useEffect(() => {
    const onPopState = () => setRequestedId(readRequestedGraph());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const pickGraph = (id: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set('graph', id);
    url.searchParams.delete('from');
    url.searchParams.delete('to');
    window.history.pushState(null, '', url);
    setRequestedId(id);
  };

  if (load.status === 'loading') return <LoadingScreen />;
  if (load.status === 'error') {
    return (
      <ErrorScreen message={load.message} problems={load.problems} onRetry={() => setAttempt((n) => n + 1)} />
    );
  }
  return (
    <Explorer
      model={load.model}
      view={view}
      dispatch={dispatch}
      theme={theme}
      onToggleTheme={toggleTheme}
      onPickGraph={pickGraph}
      embedState={embedState}
    />
  );
}
