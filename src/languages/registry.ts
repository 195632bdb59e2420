/**
 * The languages Juxta knows. Adding a language means adding its module to this record (and
 * snippets and tests); nothing else in the engine names a language.
 */
import { JuxtaError } from '../errors.js';
import type { LanguageInfo } from '../types.js';
import type { LanguageModule } from './language.js';
import { python } from './python/index.js';
import { ruby } from './ruby/index.js';

export const LANGUAGE_MODULES = { ruby, python } satisfies Record<string, LanguageModule>;

export type LanguageKey = keyof typeof LANGUAGE_MODULES;

const byId = new Map<string, LanguageModule>(Object.entries(LANGUAGE_MODULES));

/** What `GET /api/languages` lists. */
export const languages: LanguageInfo[] = [...byId.values()].map((m) => ({
  id: m.info.id,
  name: m.info.name,
  extensions: [...m.info.extensions],
}));

const knownIds = () => [...byId.keys()].map((id) => `"${id}"`).join(', ');

/** The module for a language id; throws a `JuxtaError` naming the known ids. */
export function languageModule(id: string): LanguageModule {
  const found = typeof id === 'string' ? byId.get(id) : undefined;
  if (!found) {
    throw new JuxtaError(
      'unknown-language',
      `Unknown language ${JSON.stringify(id)}: Juxta knows ${knownIds()}.`,
    );
  }
  return found;
}

/** The language of a file name, from its extension (case-insensitive), or `undefined`. */
export function languageForFile(fileName: string): LanguageInfo | undefined {
  const lower = fileName.toLowerCase();
  return languages.find((l) => l.extensions.some((ext) => lower.endsWith(ext)));
}

/** Every extension Juxta knows, for messages: `.rb, .py`. */
export function knownExtensions(): string {
  return languages.flatMap((l) => l.extensions).join(', ');
}
