// Reading and writing bundles and data/graphs/index.json. A bundle goes to disk as the version 2 files of
// src/graph/bundle-codec.ts (manifest, columns, details slices, report). Every file is written to a
// temporary file first and the renames happen only once all of them are complete, the manifest last: an
// interrupted build never leaves a half-written file, and a reader never sees a manifest whose other files
// are missing. Reading accepts those files and the version 1 single-file bundle.
import { createWriteStream, rmSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { basename, dirname, join } from 'node:path';
import {
  BUNDLE_FORMAT,
  parseBundle,
  parseGraphIndex,
  type Bundle,
  type GraphIndex,
  type GraphIndexEntry,
} from '../../graph/bundle.ts';
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
} from '../../graph/bundle-codec.ts';

/** A version 1 bundle as one file: compact JSON with a trailing newline (what builds wrote before v2). */
export function toBundleJson(bundle: Bundle): string {
  return toJsonFileContent(bundle);
}

/** Compact JSON with a trailing newline: byte-identical for equal values, so builds are reproducible. */
function toJsonFileContent(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** What one file of a bundle holds: the core is what the app fetches before its first frame. */
export type BundleFileRole = 'manifest' | 'columns' | 'details' | 'report' | 'bundle';

/** One file of a bundle, ready to write: `name` is relative to the manifest's folder. */
export interface BundleFileContent {
  name: string;
  role: BundleFileRole;
  content: string | Uint8Array;
}

/**
 * The version 2 files of a bundle, in write order (manifest last), named as the manifest names them.
 * `manifestName` is the manifest's own file name (the `--out` file), which need not follow the bundle id.
 */
export function toBundleFiles(bundle: Bundle, manifestName = `${bundle.meta.id}.json`): BundleFileContent[] {
  const encoded = encodeBundle(bundle);
  const { manifest } = encoded;
  return [
    { name: manifest.columns.file, role: 'columns', content: encoded.columns },
    ...encoded.details.map((chunk, index): BundleFileContent => ({
      name: manifest.details.files[index] as string,
      role: 'details',
      content: toJsonFileContent(chunk),
    })),
    { name: manifest.report.file, role: 'report', content: toJsonFileContent(encoded.report) },
    { name: manifestName, role: 'manifest', content: toJsonFileContent(manifest) },
  ];
}

/** Temporary files being written right now, so that a signal handler can remove them. */
const pendingTemporaryFiles = new Set<string>();
/**
 * Files of a bundle already renamed into place whose manifest is not yet: an interruption in that short
 * window removes them too, so no orphan files are left beside (or in place of) a finished bundle's.
 */
const uncommittedBundleFiles = new Set<string>();

function getTemporaryPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/**
 * Disk operations of a write still running. A signal can land after a write was started but before the
 * thread pool has created its file: removing the temporary files is then not enough, the file may appear a
 * moment later. The signal handler therefore waits for these to settle and removes the files again.
 */
const inFlightOperations = new Set<Promise<unknown>>();
let writesStopped = false;

function track<T>(operation: Promise<T>): Promise<T> {
  if (writesStopped) return Promise.reject(new Error('entente: interrupted; nothing more is written.'));
  inFlightOperations.add(operation);
  const forget = () => inFlightOperations.delete(operation);
  operation.then(forget, forget);
  return operation;
}

/**
 * Removes the temporary files of writes still in flight. Synchronous, for signal handlers: an interrupted
 * build leaves neither a half-written bundle nor its temporary files.
 */
export function removePendingTemporaryFiles(): void {
  for (const file of [...pendingTemporaryFiles, ...uncommittedBundleFiles]) rmSync(file, { force: true });
  pendingTemporaryFiles.clear();
  uncommittedBundleFiles.clear();
}

/**
 * For signal handlers: stops every further write, removes the temporary files, waits (at most
 * `timeoutMs`) for the disk operations already started, and removes what they may have created since.
 */
export async function stopWritesAndRemoveTemporaryFiles(timeoutMs = 3000): Promise<void> {
  writesStopped = true;
  const files = [...pendingTemporaryFiles, ...uncommittedBundleFiles];
  removePendingTemporaryFiles();
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.allSettled([...inFlightOperations]),
    new Promise((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  for (const file of [...files, ...pendingTemporaryFiles, ...uncommittedBundleFiles])
    rmSync(file, { force: true });
}

/** Writes `content` to `file` atomically (temporary file in the same folder, then rename). */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = getTemporaryPath(file);
  pendingTemporaryFiles.add(temporary);
  try {
    await track(writeFile(temporary, content, typeof content === 'string' ? 'utf8' : undefined));
    await track(rename(temporary, file));
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pendingTemporaryFiles.delete(temporary);
  }
}

/** Streams lines to `file` atomically, for outputs too big to hold as one string (synthetic corpora). */
export async function writeLinesAtomic(file: string, lines: Iterable<string>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = getTemporaryPath(file);
  pendingTemporaryFiles.add(temporary);
  const stream = createWriteStream(temporary, { encoding: 'utf8' });
  try {
    for (const line of lines) {
      if (!stream.write(line)) await once(stream, 'drain');
    }
    stream.end();
    await finished(stream);
    await track(rename(temporary, file));
  } catch (error) {
    stream.destroy();
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pendingTemporaryFiles.delete(temporary);
  }
}

/** A file of a bundle on disk. */
export interface WrittenBundleFile {
  file: string;
  role: BundleFileRole;
  bytes: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Writes a bundle as its version 2 files beside `manifestFile` (the `--out` file): all temporary files
 * first, then the renames with the manifest last, then the removal of details slices an earlier build of
 * the same id left behind (a smaller build has fewer). Returns the files written, manifest last.
 */
export async function writeBundleFiles(manifestFile: string, bundle: Bundle): Promise<WrittenBundleFile[]> {
  const folder = dirname(manifestFile);
  await mkdir(folder, { recursive: true });
  const files = toBundleFiles(bundle, basename(manifestFile)).map((entry) => ({
    ...entry,
    file: join(folder, entry.name),
    temporary: getTemporaryPath(join(folder, entry.name)),
  }));
  try {
    for (const entry of files) {
      pendingTemporaryFiles.add(entry.temporary);
      await track(
        writeFile(entry.temporary, entry.content, typeof entry.content === 'string' ? 'utf8' : undefined),
      );
    }
    for (const entry of files) {
      if (entry.role !== 'manifest') uncommittedBundleFiles.add(entry.file);
      await track(rename(entry.temporary, entry.file));
      pendingTemporaryFiles.delete(entry.temporary);
    }
    uncommittedBundleFiles.clear();
  } catch (error) {
    for (const entry of files) {
      pendingTemporaryFiles.delete(entry.temporary);
      await rm(entry.temporary, { force: true });
    }
    uncommittedBundleFiles.clear();
    throw error;
  }
  const written = new Set(files.map((entry) => entry.name));
  const stale = new RegExp(`^${escapeRegExp(bundle.meta.id)}\\.details\\.\\d+\\.json$`);
  for (const name of await readdir(folder)) {
    if (stale.test(name) && !written.has(name)) await rm(join(folder, name), { force: true });
  }
  return files.map((entry) => ({
    file: entry.file,
    role: entry.role,
    bytes: typeof entry.content === 'string' ? Buffer.byteLength(entry.content) : entry.content.byteLength,
  }));
}

/** A bundle read from disk, with the files it was read from (manifest first). */
export interface BundleOnDisk {
  bundle: Bundle;
  /** 1 for a single-file bundle, 2 for manifest + columns + details + report. */
  version: number;
  files: WrittenBundleFile[];
}

async function readBytes(file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new Error(`entente: cannot read ${what} ${file}: ${(error as Error).message}`);
  }
}

function parseJsonFile(file: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new Error(`entente: ${file} is not valid JSON (truncated?): ${(error as Error).message}`);
  }
}

/** Runs a validation step, prefixing its error with the file it is about. */
function inFile<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

/**
 * Reads and validates a bundle: a version 2 manifest and the files it names (each checked against the
 * manifest by the codec's parse functions), or a version 1 single-file bundle. Errors name the file.
 */
export async function readBundleFromDisk(file: string): Promise<BundleOnDisk> {
  const bytes = await readBytes(file, 'bundle');
  const json = parseJsonFile(file, bytes);
  const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (record.format !== BUNDLE_FORMAT || record.version !== COLUMNAR_VERSION) {
    const bundle = inFile(file, () => parseBundle(json));
    return { bundle, version: 1, files: [{ file, role: 'bundle', bytes: bytes.byteLength }] };
  }
  const manifest: BundleManifest = inFile(file, () => parseManifest(json));
  const folder = dirname(file);
  const files: WrittenBundleFile[] = [{ file, role: 'manifest', bytes: bytes.byteLength }];

  const columnsFile = join(folder, manifest.columns.file);
  const columnsBytes = await readBytes(columnsFile, 'bundle columns');
  files.push({ file: columnsFile, role: 'columns', bytes: columnsBytes.byteLength });
  const columns = inFile(columnsFile, () => decodeColumns(manifest, columnsBytes));

  const details: DetailsChunk[] = [];
  for (const [chunk, name] of manifest.details.files.entries()) {
    const detailsFile = join(folder, name);
    const detailsBytes = await readBytes(detailsFile, 'bundle details');
    files.push({ file: detailsFile, role: 'details', bytes: detailsBytes.byteLength });
    const value = parseJsonFile(detailsFile, detailsBytes);
    details.push(inFile(detailsFile, () => parseDetailsChunk(manifest, chunk, value)));
  }

  const reportFile = join(folder, manifest.report.file);
  const reportBytes = await readBytes(reportFile, 'bundle report');
  files.push({ file: reportFile, role: 'report', bytes: reportBytes.byteLength });
  const reportValue = parseJsonFile(reportFile, reportBytes);
  const report = inFile(reportFile, () => parseReportFile(manifest, reportValue));

  // The same restore step a version 1 bundle goes through, on what the files add up to.
  const bundle = inFile(file, () => parseBundle(decodeBundle(manifest, columns, details, report)));
  return { bundle, version: COLUMNAR_VERSION, files };
}

/** Reads and validates a bundle (version 2 files or a version 1 single file); errors name the file. */
export async function readBundleFile(file: string): Promise<Bundle> {
  return (await readBundleFromDisk(file)).bundle;
}

export function toGraphIndexEntry(bundle: Bundle, file: string): GraphIndexEntry {
  return {
    id: bundle.meta.id,
    title: bundle.meta.title,
    file: basename(file),
    dateRange: bundle.meta.dateRange,
    counts: {
      articles: bundle.meta.counts.articles,
      entities: bundle.meta.counts.entities,
      interactions: bundle.meta.counts.interactions,
    },
  };
}

/**
 * Adds or replaces the bundle's entry in the index.json beside it. The first bundle becomes the default;
 * entries are kept sorted by id so the file is stable.
 */
export async function updateGraphIndex(bundleFile: string, bundle: Bundle): Promise<string> {
  const indexFile = join(dirname(bundleFile), 'index.json');
  let index: GraphIndex | null = null;
  try {
    index = parseGraphIndex(JSON.parse(await readFile(indexFile, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new Error(`entente: ${indexFile} is unreadable, fix or delete it: ${(error as Error).message}`);
    }
  }
  const entry = toGraphIndexEntry(bundle, bundleFile);
  const graphs = (index?.graphs ?? []).filter((existing) => existing.id !== entry.id);
  graphs.push(entry);
  graphs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const next: GraphIndex = { default: index?.default ?? entry.id, graphs };
  await writeFileAtomic(indexFile, `${JSON.stringify(next, null, 2)}\n`);
  return indexFile;
}
