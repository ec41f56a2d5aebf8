// Reading and writing bundles and data/graphs/index.json. Writes go to a temporary file that is renamed
// into place, so an interrupted build never leaves a half-written bundle behind.
import { createWriteStream, rmSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { basename, dirname, join } from 'node:path';
import {
  parseBundle,
  parseGraphIndex,
  type Bundle,
  type GraphIndex,
  type GraphIndexEntry,
} from '../../graph/bundle.ts';

/** The bundle as written to disk: compact JSON with a trailing newline, byte-identical for equal bundles. */
export function toBundleJson(bundle: Bundle): string {
  return `${JSON.stringify(bundle)}\n`;
}

/** Temporary files being written right now, so that a signal handler can remove them. */
const pendingTemporaryFiles = new Set<string>();

function getTemporaryPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/**
 * Removes the temporary files of writes still in flight. Synchronous, for signal handlers: an interrupted
 * build leaves neither a half-written bundle nor its temporary file.
 */
export function removePendingTemporaryFiles(): void {
  for (const file of pendingTemporaryFiles) rmSync(file, { force: true });
  pendingTemporaryFiles.clear();
}

/** Writes `content` to `file` atomically (temporary file in the same folder, then rename). */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = getTemporaryPath(file);
  pendingTemporaryFiles.add(temporary);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, file);
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
    await rename(temporary, file);
  } catch (error) {
    stream.destroy();
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pendingTemporaryFiles.delete(temporary);
  }
}

/** Reads and validates a bundle file; errors name the file. */
export async function readBundleFile(file: string): Promise<Bundle> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`entente: cannot read bundle ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`entente: ${file} is not valid JSON (truncated?): ${(error as Error).message}`);
  }
  try {
    return parseBundle(json);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
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
