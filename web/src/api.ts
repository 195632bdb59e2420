// The web view's only channel to the service: typed calls to the HTTP API of the contract.
import type {
  CompareManyResult,
  CompareResult,
  LanguageInfo,
  Snippet,
  SnippetSummary,
  SourceInput,
} from '../../src/types.js';

/** A failed API call, carrying the service's own message (which says what to fix). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network', 'Juxta’s server cannot be reached. Is `juxta serve` running?');
  }
  if (!response.ok) {
    let code = 'http';
    let message = `The server answered ${response.status} ${response.statusText}.`;
    try {
      const body = (await response.json()) as { error?: { code?: string; message?: string } };
      if (body.error?.message) message = body.error.message;
      if (body.error?.code) code = body.error.code;
    } catch {
      // Not JSON: keep the status line as the message.
    }
    throw new ApiError(response.status, code, message);
  }
  return (await response.json()) as T;
}

export function fetchLanguages(): Promise<LanguageInfo[]> {
  return request('/api/languages');
}

export function fetchSnippets(): Promise<SnippetSummary[]> {
  return request('/api/snippets');
}

export function fetchSnippet(id: string): Promise<Snippet> {
  // The id's `/` stays a plain `/` (contract); each segment is still encoded.
  const path = id.split('/').map(encodeURIComponent).join('/');
  return request(`/api/snippets/${path}`);
}

export function compareSources(
  left: SourceInput,
  right: SourceInput,
  signal?: AbortSignal,
): Promise<CompareResult> {
  return request('/api/compare', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ left, right }),
    signal,
  });
}

/** Three or four programs at once (`POST /api/compare` with `sides`). */
export function compareMany(
  sides: SourceInput[],
  signal?: AbortSignal,
): Promise<CompareManyResult> {
  return request('/api/compare', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sides }),
    signal,
  });
}
