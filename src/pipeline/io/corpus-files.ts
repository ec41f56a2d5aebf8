// The ingest stage's only disk access: lists the files under the given paths (folders recursively, in
// sorted order, symlink loops detected), reads whole small files, and streams JSONL line by line so a
// corpus of any size is never held in memory at once.
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { IngestProblem } from '../types.ts';
import { isBinary } from '../ingest/text-decoding.ts';

export type CorpusFileKind = 'page' | 'html' | 'jsonl';

export type CorpusEntry =
  { kind: 'file'; file: string; type: CorpusFileKind } | { kind: 'problem'; problem: IngestProblem };

const FILE_TYPES: Record<string, CorpusFileKind> = {
  '.txt': 'page',
  '.text': 'page',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? code : message;
}

/** The kind of corpus file a path names, from its extension, or null when unsupported. */
export function getCorpusFileKind(file: string): CorpusFileKind | null {
  return FILE_TYPES[extname(file).toLowerCase()] ?? null;
}

/**
 * Lists corpus files under `paths` in a deterministic order: paths as given, folder entries sorted by
 * code point, depth first. Hidden entries (dot files) inside folders are passed over. A folder reached again
 * through a symlink is a loop, reported once; a file reached twice is read once.
 */
export async function* listCorpusFiles(paths: string[]): AsyncGenerator<CorpusEntry> {
  const seenFolders = new Set<string>();
  const seenFiles = new Set<string>();
  const reportedLoops = new Set<string>();

  async function* visit(path: string): AsyncGenerator<CorpusEntry> {
    let real: string;
    let isFolder: boolean;
    try {
      real = await realpath(path);
      const info = await stat(real);
      isFolder = info.isDirectory();
      // FIFOs, sockets and devices would block or never end a read.
      if (!isFolder && !info.isFile()) {
        yield {
          kind: 'problem',
          problem: { file: path, line: null, reason: 'not a regular file; not read' },
        };
        return;
      }
    } catch (error) {
      yield {
        kind: 'problem',
        problem: { file: path, line: null, reason: `cannot read: ${describeError(error)}` },
      };
      return;
    }
    if (isFolder) {
      if (seenFolders.has(real)) {
        if (!reportedLoops.has(real)) {
          reportedLoops.add(real);
          const reason = `symlink loop or repeated folder (${real} already read); not followed`;
          yield { kind: 'problem', problem: { file: path, line: null, reason } };
        }
        return;
      }
      seenFolders.add(real);
      let names: string[];
      try {
        names = await readdir(path);
      } catch (error) {
        yield {
          kind: 'problem',
          problem: { file: path, line: null, reason: `cannot read folder: ${describeError(error)}` },
        };
        return;
      }
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const name of names) {
        if (name.startsWith('.')) continue;
        yield* visit(join(path, name));
      }
      return;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    const type = getCorpusFileKind(path);
    if (!type) {
      const extension = extname(path) || '(none)';
      const reason = `unsupported file type ${extension}; expected .txt, .html, .htm or .jsonl`;
      yield { kind: 'problem', problem: { file: path, line: null, reason } };
      return;
    }
    yield { kind: 'file', file: path, type };
  }

  for (const path of paths) yield* visit(path);
}

/** A whole-file read refused before loading because the file exceeds the caller's limit. */
export class FileTooLargeError extends Error {
  constructor(readonly size: number) {
    super(`file too large: ${size} bytes`);
    this.name = 'FileTooLargeError';
  }
}

/** Reads a whole file's bytes (pages and HTML), refusing files over `maxBytes` without loading them. */
export async function readCorpusFile(file: string, maxBytes = Infinity): Promise<Uint8Array> {
  const { size } = await stat(file);
  if (size > maxBytes) throw new FileTooLargeError(size);
  return readFile(file);
}

const SNIFF_BYTES = 8192;

export interface TextFileSniff {
  encoding: BufferEncoding;
  /** Byte-order-mark bytes to skip. */
  skip: number;
  /** True when the start of the file is binary data, not text. */
  binary: boolean;
}

/** Reads the first bytes of a file: its encoding (from a byte-order mark) and whether it is binary. */
export async function sniffTextFile(file: string): Promise<TextFileSniff> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', skip: 2, binary: false };
    const skip = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    return { encoding: 'utf8', skip, binary: isBinary(head) };
  } finally {
    await handle.close();
  }
}

/**
 * Streams a text file's lines (UTF-8, or UTF-16LE after its byte-order mark; CRLF or LF), with 1-based
 * line numbers, without loading it whole. Node has no UTF-16BE stream decoder; such files read as garbage
 * lines, which the JSONL parser reports one by one.
 */
export async function* readLines(file: string): AsyncGenerator<{ line: string; lineNumber: number }> {
  const { encoding, skip } = await sniffTextFile(file);
  const stream = createReadStream(file, { encoding, start: skip });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      yield { line, lineNumber };
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}

/** Total size in bytes of the corpus files under `paths` (for progress and ETA; problems count as 0). */
export async function getCorpusBytes(paths: string[]): Promise<number> {
  let total = 0;
  for await (const entry of listCorpusFiles(paths)) {
    if (entry.kind !== 'file') continue;
    try {
      total += (await stat(entry.file)).size;
    } catch {
      // Unreadable files are reported by the read itself.
    }
  }
  return total;
}
