/**
 * The one error type Juxta throws. Every failure a caller can meet has a code, so the CLI and the
 * HTTP layer can map codes to exit statuses and HTTP statuses in one place each.
 */

export type ErrorCode =
  /** A language id or file extension that no language module claims. */
  | 'unknown-language'
  /** A side of a comparison is not `{ language, code }` with a string of code. */
  | 'invalid-input'
  /** The comparison did not finish within its time budget. */
  | 'too-complex'
  /** A snippet in a library folder is malformed (the message names the file and the field). */
  | 'invalid-snippet'
  /** No snippet has the requested id. */
  | 'snippet-not-found'
  /** A command line that cannot be carried out (missing file, bad flag). */
  | 'usage';

export class JuxtaError extends Error {
  override readonly name = 'JuxtaError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The error of a comparison past its time budget. */
export function tooComplex(): JuxtaError {
  return new JuxtaError(
    'too-complex',
    'These programs are too complex to compare in time; try comparing a shorter piece of each.',
  );
}

export function isJuxtaError(error: unknown): error is JuxtaError {
  return error instanceof JuxtaError;
}
