// Names derived from input paths, shared by the parsers: pure string work, so it runs the same on any OS
// and never touches the disk.

/** The file name without folders and without its last extension: `data/000_ab.txt` -> `000_ab`. */
export function getFileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The path without its last extension: `data/000_ab.txt` -> `data/000_ab`. */
export function getPathStem(file: string): string {
  const dot = file.lastIndexOf('.');
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return dot > slash + 1 ? file.slice(0, dot) : file;
}
