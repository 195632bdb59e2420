/**
 * The snippet loader's only way to touch the disk. A library folder may come from anyone
 * (`juxta serve --snippets DIR`), so what it reads is held to: regular files only, with one name
 * (no symbolic or hard links), inside the library by their real path, under a size cap, and never
 * more than {@link MAX_OPEN_FILES} open at once, so that a big library cannot run out of file
 * descriptors and a FIFO or device cannot stop start-up.
 */
import { constants, type Dirent, type Stats } from 'node:fs';
import { lstat, open, readdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';

/** Files and folders read at the same time: far under any `ulimit -n`, enough to keep the disk busy. */
export const MAX_OPEN_FILES = 32;

/** What reading a library file gave: its text, nothing there, or a refusal that says why. */
export type FileRead =
  { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'refused'; message: string };

/** One library folder being read: its real path, and the gate that bounds open files. */
export interface LibraryReader {
  /** The library folder's real path (the folder itself may be reached through a link). */
  root: string;
  /** The entries of `folder` (relative to the root), hidden ones included. */
  list(folder: string): Promise<Dirent[]>;
  /** The text of `file` (relative to the root), read only if it passes every rule above. */
  read(file: string, maxBytes: number): Promise<FileRead>;
}

/** A reader for the library in `dir`; rejects with the system's error when `dir` is unusable. */
export async function libraryReader(dir: string): Promise<LibraryReader> {
  const root = await realpath(dir);
  const gate = createGate(MAX_OPEN_FILES);
  return {
    root,
    list: (folder) => gate(() => readdir(join(root, folder), { withFileTypes: true })),
    read: (file, maxBytes) => gate(() => readRegularFile(root, file, maxBytes)),
  };
}

/** What a folder entry is, in words for a message: "symbolic link", "FIFO (named pipe)". */
export function kindOf(entry: Dirent | Stats): string {
  if (entry.isSymbolicLink()) return 'symbolic link';
  if (entry.isDirectory()) return 'folder';
  if (entry.isFile()) return 'file';
  if (entry.isFIFO()) return 'FIFO (named pipe)';
  if (entry.isSocket()) return 'socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'device';
  return 'special file';
}

/** Said with every refusal of a link or special file, so that the fix is plain. */
export const ONLY_REGULAR =
  'a library holds only regular files and folders; copy the real one in instead';

async function readRegularFile(root: string, file: string, maxBytes: number): Promise<FileRead> {
  const path = join(root, file);
  let before: Stats;
  try {
    // lstat, not stat: a link is judged as a link, and a FIFO or device is never opened.
    before = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return refused(`cannot be read: ${systemReason(error)}`);
  }
  const wrong = checkStats(before, maxBytes);
  if (wrong) return refused(wrong);
  // A folder on the way that is a link would have been refused when it was listed; this catches
  // one swapped in since.
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    return refused(`cannot be read: ${systemReason(error)}`);
  }
  if (real !== path) return refused(`is reached through a symbolic link: ${ONLY_REGULAR}`);

  let handle;
  try {
    // O_NOFOLLOW and O_NONBLOCK: should the file be swapped for a link or a FIFO after the checks
    // above, opening fails or returns at once instead of following it or waiting for a writer.
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return refused(`cannot be read: ${systemReason(error)}`);
  }
  try {
    const after = await handle.stat();
    if (after.ino !== before.ino || after.dev !== before.dev) {
      return refused('changed while it was being read; load the library again');
    }
    const stillWrong = checkStats(after, maxBytes);
    if (stillWrong) return refused(stillWrong);
    // One byte more than its size tells a file that grew since it was checked.
    const buffer = Buffer.alloc(after.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > after.size)
      return refused('changed while it was being read; load the library again');
    try {
      return { kind: 'text', text: UTF8.decode(buffer.subarray(0, length)) };
    } catch {
      return refused('is not UTF-8 text; save it as UTF-8');
    }
  } catch (error) {
    return refused(`cannot be read: ${systemReason(error)}`);
  } finally {
    await handle.close();
  }
}

// `fatal`: a binary file is refused rather than served as replacement characters. `ignoreBOM`
// keeps a byte-order mark as text, as `readFile(…, 'utf8')` did.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Why these stats make a file unreadable for the library, or `undefined` when they do not. */
function checkStats(stats: Stats, maxBytes: number): string | undefined {
  if (!stats.isFile()) return `is a ${kindOf(stats)}, not a regular file: ${ONLY_REGULAR}`;
  // A second name may be anywhere on the disk, so the file's content is not the library's to vouch for.
  if (stats.nlink > 1) {
    return `is a hard link (the file has ${stats.nlink} names): ${ONLY_REGULAR}`;
  }
  if (stats.size > maxBytes) return tooLarge(maxBytes);
  return undefined;
}

function tooLarge(maxBytes: number): string {
  return `is larger than the ${maxBytes / 1024} KiB a library file of this kind may hold; make it shorter`;
}

function refused(message: string): FileRead {
  return { kind: 'refused', message };
}

/** A system error in words, without the path (the caller names the file relative to the library). */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'ENOTDIR') return 'not a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a symbolic link';
  if (code === 'EMFILE' || code === 'ENFILE') return 'too many files open';
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}

/** Runs tasks at most `limit` at a time, in the order they arrive. */
function createGate(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function gate<T>(task: () => Promise<T>): Promise<T> {
    if (running < limit) running++;
    else await new Promise<void>((go) => waiting.push(go));
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next task, so that `running` never overshoots.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
