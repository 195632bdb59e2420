/**
 * Reads a program for `juxta compare`, from a file or from standard input (`-`), without ever
 * hanging or holding more than the size limit: only regular files are opened (a FIFO would wait
 * for a writer, a device such as /dev/zero never ends), and a file's size is checked before it is
 * read, then at most one byte past the limit is read in case it grew meanwhile.
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { JuxtaError } from '../errors.js';

/** Input larger than `--max-bytes`: the CLI answers it with exit status 3. */
export class InputTooLarge extends Error {
  override readonly name = 'InputTooLarge';
}

/** Where a side's program comes from: a path, or standard input for `-`. */
export interface SourceOrigin {
  /** The path as given on the command line (`-` for standard input). */
  path: string;
  /** Which side it is, for messages: `left`, `right`, or `third` of three or four. */
  which: string;
}

const CHUNK = 64 * 1024;

const words = (n: number) => n.toLocaleString('en');

function tooLarge(origin: SourceOrigin, maxBytes: number, size?: number): InputTooLarge {
  const what =
    origin.path === '-'
      ? `standard input (the ${origin.which} program)`
      : `the ${origin.which} file "${origin.path}"`;
  const over = size === undefined ? 'more than' : `${words(size)} bytes, over`;
  return new InputTooLarge(
    `${what} is too large: ${over} the limit of ${words(maxBytes)} bytes. ` +
      'Compare a shorter piece of each program, or raise the limit with --max-bytes.',
  );
}

function cannotRead(origin: SourceOrigin, why: string): JuxtaError {
  return new JuxtaError('usage', `cannot read the ${origin.which} file "${origin.path}": ${why}.`);
}

/** What a path is when it is not a regular file, in words. */
function notRegular(info: Stats): string {
  if (info.isDirectory()) return 'it is a folder';
  const kind = info.isFIFO()
    ? 'a named pipe (FIFO)'
    : info.isCharacterDevice() || info.isBlockDevice()
      ? 'a device'
      : info.isSocket()
        ? 'a socket'
        : 'not a file';
  return `it is ${kind}, not a regular file; save the program to a file, or pipe it in with "-"`;
}

function errnoWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR'
    ? 'no such file'
    : code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'EISDIR'
        ? 'it is a folder'
        : code === 'ELOOP'
          ? 'too many symbolic links'
          : String(code ?? (error as Error).message ?? error);
}

/** Reads a regular file of at most `maxBytes` bytes as UTF-8. */
export async function readFileSource(origin: SourceOrigin, maxBytes: number): Promise<string> {
  let info: Stats;
  try {
    info = await stat(origin.path);
  } catch (error) {
    throw cannotRead(origin, errnoWords(error));
  }
  // Checked before opening: opening a FIFO for reading waits until someone writes to it.
  if (!info.isFile()) throw cannotRead(origin, notRegular(info));
  if (info.size > maxBytes) throw tooLarge(origin, maxBytes, info.size);
  let handle;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait.
    handle = await open(origin.path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw cannotRead(origin, errnoWords(error));
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw cannotRead(origin, notRegular(opened));
    if (opened.size > maxBytes) throw tooLarge(origin, maxBytes, opened.size);
    const chunks: Buffer[] = [];
    let total = 0;
    // Reads to the end, whatever the size said, but never more than one byte past the limit.
    for (;;) {
      const want = Math.min(CHUNK, maxBytes + 1 - total);
      const buffer = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(origin, maxBytes);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof InputTooLarge || error instanceof JuxtaError) throw error;
    throw cannotRead(origin, errnoWords(error));
  } finally {
    await handle.close();
  }
}

/** Reads standard input to its end as UTF-8, stopping one byte past `maxBytes`. */
export async function readStdinSource(
  stdin: AsyncIterable<Buffer | string>,
  origin: SourceOrigin,
  maxBytes: number,
): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Leaving the loop early (too large) destroys the stream, so nothing more is read.
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    total += bytes.length;
    if (total > maxBytes) throw tooLarge(origin, maxBytes);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}
