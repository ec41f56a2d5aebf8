// Loads data/graphs/index.json and the chosen bundle, and turns every way that can fail (missing file,
// network error, invalid or truncated JSON or columns, wrong version, dangling ids, files of different
// builds) into one LoadError that the error screen can explain. A version 2 bundle arrives as a manifest
// and a columns file, which is all the first frame needs; its evidence slices and report are fetched when
// a panel or an export asks for them. A version 1 bundle (one JSON file) is converted to the same form in
// memory. The fetch function is passed in so the unit tests can run without a server.
import {
  BUNDLE_FORMAT,
  BundleError,
  parseBundle,
  parseGraphIndex,
  type Bundle,
  type GraphIndex,
  type GraphIndexEntry,
} from '../graph/bundle.ts';
import {
  COLUMNAR_VERSION,
  decodeBundle,
  decodeColumns,
  encodeBundle,
  parseDetailsChunk,
  parseManifest,
  parseReportFile,
  type BundleManifest,
  type DetailsChunk,
  type GraphColumns,
  type ReportFile,
} from '../graph/bundle-codec.ts';

export const GRAPHS_URL = './data/graphs/';
export const REBUILD_COMMAND = 'npx entente build data/corpus/seeds --out data/graphs/seeds.json';

export interface FetchedFile {
  ok: boolean;
  status: number;
  text: () => Promise<string>;
  bytes: () => Promise<Uint8Array>;
}
export type FetchFile = (url: string) => Promise<FetchedFile>;

/** The parts of a bundle fetched on demand, cached once fetched. */
export interface DetailsSource {
  /** The details slice holding `position`, if already fetched. */
  getChunkFor(position: number): DetailsChunk | null;
  /** Fetches (once) the slice holding `position`. */
  loadChunkFor(position: number): Promise<DetailsChunk>;
  /** Every file of the bundle, as the one object the exports cut down. */
  loadBundle(): Promise<Bundle>;
}

export interface LoadedGraph {
  index: GraphIndex;
  entry: GraphIndexEntry;
  manifest: BundleManifest;
  columns: GraphColumns;
  details: DetailsSource;
  /** performance.now() when the files the first frame needs had arrived. */
  fetchedAt: number;
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

export const fetchFile: FetchFile = async (url) => {
  const response = await fetch(url, { cache: 'no-cache' });
  return {
    ok: response.ok,
    status: response.status,
    text: () => response.text(),
    bytes: async () => new Uint8Array(await response.arrayBuffer()),
  };
};

async function fetchChecked(url: string, fetcher: FetchFile): Promise<FetchedFile> {
  let fetched: FetchedFile;
  try {
    fetched = await fetcher(url);
  } catch (error) {
    throw new LoadError(`entente/app: could not fetch ${url} (${(error as Error).message}).`, url);
  }
  if (!fetched.ok) {
    const missing = fetched.status === 404 ? 'was not found' : 'could not be read';
    throw new LoadError(`entente/app: ${url} ${missing} (HTTP ${fetched.status}).`, url);
  }
  return fetched;
}

async function fetchJson(url: string, fetcher: FetchFile): Promise<unknown> {
  const text = await (await fetchChecked(url, fetcher)).text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const hint = text.trim() === '' ? 'the file is empty' : 'it may be truncated or hand-edited';
    throw new LoadError(`entente/app: ${url} is not valid JSON (${hint}): ${(error as Error).message}`, url);
  }
}

function rethrowInvalid(error: unknown, url: string): never {
  if (error instanceof BundleError) throw new LoadError(`${error.message} (in ${url})`, url, error.problems);
  throw error;
}

function validate<T>(url: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    rethrowInvalid(error, url);
  }
}

/** Details kept in memory from the start (a version 1 bundle has them all in its one file). */
function createResidentDetails(bundle: Bundle, chunks: readonly DetailsChunk[], chunkSize: number) {
  return {
    getChunkFor: (position: number) => chunks[Math.floor(position / chunkSize)] ?? null,
    loadChunkFor: (position: number) => {
      const chunk = chunks[Math.floor(position / chunkSize)];
      return chunk ? Promise.resolve(chunk) : Promise.reject(new Error(`no interaction ${position}`));
    },
    loadBundle: () => Promise.resolve(bundle),
  } satisfies DetailsSource;
}

function createFetchedDetails(manifest: BundleManifest, columns: GraphColumns, fetcher: FetchFile) {
  const { chunkSize, files } = manifest.details;
  const loaded = new Map<number, DetailsChunk>();
  const pending = new Map<number, Promise<DetailsChunk>>();
  const loadChunk = (chunk: number): Promise<DetailsChunk> => {
    const file = files[chunk];
    if (file === undefined) return Promise.reject(new Error(`entente/app: no details file ${chunk}`));
    let promise = pending.get(chunk);
    if (!promise) {
      const url = `${GRAPHS_URL}${file}`;
      promise = fetchJson(url, fetcher).then((value) => {
        const details = validate(url, () => parseDetailsChunk(manifest, chunk, value));
        loaded.set(chunk, details);
        return details;
      });
      // A failed fetch may be retried by the next panel that needs it.
      promise.catch(() => pending.delete(chunk));
      pending.set(chunk, promise);
    }
    return promise;
  };
  let bundle: Promise<Bundle> | null = null;
  return {
    getChunkFor: (position: number) => loaded.get(Math.floor(position / chunkSize)) ?? null,
    loadChunkFor: (position: number) => loadChunk(Math.floor(position / chunkSize)),
    loadBundle: () => {
      bundle ??= (async () => {
        const reportUrl = `${GRAPHS_URL}${manifest.report.file}`;
        const [report, ...chunks] = await Promise.all([
          fetchJson(reportUrl, fetcher).then((value): ReportFile =>
            validate(reportUrl, () => parseReportFile(manifest, value)),
          ),
          ...files.map((_, chunk) => loadChunk(chunk)),
        ]);
        return decodeBundle(manifest, columns, chunks, report as ReportFile);
      })();
      bundle.catch(() => {
        bundle = null;
      });
      return bundle;
    },
  } satisfies DetailsSource;
}

/** Loads the index and the requested bundle (or the default one), validated. */
export async function loadGraph(
  requestedId: string | null,
  fetcher: FetchFile = fetchFile,
): Promise<LoadedGraph> {
  const indexUrl = `${GRAPHS_URL}index.json`;
  const rawIndex = await fetchJson(indexUrl, fetcher);
  const index = validate(indexUrl, () => parseGraphIndex(rawIndex));
  const requested = requestedId ? index.graphs.find((entry) => entry.id === requestedId) : undefined;
  const entry = requested ?? index.graphs.find((candidate) => candidate.id === index.default);
  if (!entry)
    throw new LoadError(`entente/app: the default graph "${index.default}" is not listed.`, indexUrl);
  const notice =
    requestedId && !requested
      ? `There is no graph "${requestedId}"; showing "${entry.title || entry.id}".`
      : null;

  const bundleUrl = `${GRAPHS_URL}${entry.file}`;
  const raw = await fetchJson(bundleUrl, fetcher);
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (record.format === BUNDLE_FORMAT && record.version === COLUMNAR_VERSION) {
    const manifest = validate(bundleUrl, () => parseManifest(raw));
    const columnsUrl = `${GRAPHS_URL}${manifest.columns.file}`;
    const bytes = await (await fetchChecked(columnsUrl, fetcher)).bytes();
    const fetchedAt = performance.now();
    const columns = validate(columnsUrl, () => decodeColumns(manifest, bytes));
    return {
      index,
      entry,
      manifest,
      columns,
      details: createFetchedDetails(manifest, columns, fetcher),
      fetchedAt,
      notice,
    };
  }
  const fetchedAt = performance.now();
  const bundle = validate(bundleUrl, () => parseBundle(raw));
  // Columns run in date order; a hand-made version 1 file need not be.
  const dayOrder = (date: string | null) => date ?? '\uffff';
  const interactions = bundle.interactions
    .map((interaction, at) => ({ interaction, at }))
    .sort((a, b) => {
      const [x, y] = [dayOrder(a.interaction.date), dayOrder(b.interaction.date)];
      return x < y ? -1 : x > y ? 1 : a.at - b.at;
    })
    .map(({ interaction }) => interaction);
  const encoded = encodeBundle({ ...bundle, interactions });
  const columns = validate(bundleUrl, () => decodeColumns(encoded.manifest, encoded.columns));
  return {
    index,
    entry,
    manifest: encoded.manifest,
    columns,
    details: createResidentDetails(bundle, encoded.details, encoded.manifest.details.chunkSize),
    fetchedAt,
    notice,
  };
}
