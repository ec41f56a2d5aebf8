// Loads data/graphs/index.json and the chosen bundle, and turns every way that can fail (missing file,
// network error, invalid or truncated JSON, wrong version, dangling ids) into one LoadError that the
// error screen can explain. The fetch function is passed in so the unit tests can run without a server.
import {
  BundleError,
  parseBundle,
  parseGraphIndex,
  type Bundle,
  type GraphIndex,
  type GraphIndexEntry,
} from '../graph/bundle.ts';

export const GRAPHS_URL = './data/graphs/';
export const REBUILD_COMMAND = 'npx entente build data/corpus/seeds --out data/graphs/seeds.json';

export interface FetchedText {
  ok: boolean;
  status: number;
  text: string;
}
export type FetchText = (url: string) => Promise<FetchedText>;

export interface LoadedGraph {
  index: GraphIndex;
  entry: GraphIndexEntry;
  bundle: Bundle;
  /** Set when the URL asked for a graph the index does not list and the default was shown instead. */
  notice: string | null;
}

/** A failure to load, phrased for people: what went wrong, with which file, and the details. */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export const fetchText: FetchText = async (url) => {
  const response = await fetch(url, { cache: 'no-cache' });
  return { ok: response.ok, status: response.status, text: await response.text() };
};

async function fetchJson(url: string, fetcher: FetchText): Promise<unknown> {
  let fetched: FetchedText;
  try {
    fetched = await fetcher(url);
  } catch (error) {
    throw new LoadError(`entente/app: could not fetch ${url} (${(error as Error).message}).`, url);
  }
  if (!fetched.ok) {
    const missing = fetched.status === 404 ? 'was not found' : 'could not be read';
    throw new LoadError(`entente/app: ${url} ${missing} (HTTP ${fetched.status}).`, url);
  }
  try {
    return JSON.parse(fetched.text) as unknown;
  } catch (error) {
    const hint = fetched.text.trim() === '' ? 'the file is empty' : 'it may be truncated or hand-edited';
    throw new LoadError(`entente/app: ${url} is not valid JSON (${hint}): ${(error as Error).message}`, url);
  }
}

function rethrowInvalid(error: unknown, url: string): never {
  if (error instanceof BundleError) throw new LoadError(`${error.message} (in ${url})`, url, error.problems);
  throw error;
}

/** Loads the index and the requested bundle (or the default one), validated. */
export async function loadGraph(
  requestedId: string | null,
  fetcher: FetchText = fetchText,
): Promise<LoadedGraph> {
  const indexUrl = `${GRAPHS_URL}index.json`;
  const rawIndex = await fetchJson(indexUrl, fetcher);
  let index: GraphIndex;
  try {
    index = parseGraphIndex(rawIndex);
  } catch (error) {
    rethrowInvalid(error, indexUrl);
  }
  const requested = requestedId ? index.graphs.find((entry) => entry.id === requestedId) : undefined;
  const entry = requested ?? index.graphs.find((candidate) => candidate.id === index.default);
  if (!entry)
    throw new LoadError(`entente/app: the default graph "${index.default}" is not listed.`, indexUrl);
  const notice =
    requestedId && !requested
      ? `There is no graph "${requestedId}"; showing "${entry.title || entry.id}".`
      : null;

  const bundleUrl = `${GRAPHS_URL}${entry.file}`;
  const rawBundle = await fetchJson(bundleUrl, fetcher);
  let bundle: Bundle;
  try {
    bundle = parseBundle(rawBundle);
  } catch (error) {
    rethrowInvalid(error, bundleUrl);
  }
  return { index, entry, bundle, notice };
}
