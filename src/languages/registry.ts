/**
 * The languages Juxta knows. Adding a language means adding its module to this list (and snippets
 * and tests); nothing else in the engine names a language. `registerLanguage` adds one at run time
 * (the tests register a small language the engine was never told about).
 */
import { JuxtaError } from '../errors.js';
import type { LanguageInfo } from '../types.js';
import type { LanguageModule } from './language.js';
import { elixir } from './elixir/index.js';
import { java } from './java/index.js';
import { javascript } from './javascript/index.js';
import { python } from './python/index.js';
import { ruby } from './ruby/index.js';

const BUNDLED: LanguageModule[] = [ruby, python, java, elixir, javascript];

const byId = new Map<string, LanguageModule>();

/** What `GET /api/languages` lists, in the order languages were registered. */
export const languages: LanguageInfo[] = [];

/**
 * Adds a language module. Throws a `JuxtaError` when its id or one of its extensions is already
 * taken: two modules must never claim the same files.
 */
export function registerLanguage(module: LanguageModule): void {
  const { id, extensions } = module.info;
  if (byId.has(id)) {
    throw new JuxtaError('unknown-language', `The language "${id}" is already registered.`);
  }
  const clash = languages.find((l) => l.extensions.some((e) => extensions.includes(e)));
  if (clash) {
    throw new JuxtaError(
      'unknown-language',
      `The language "${id}" claims an extension of "${clash.id}" (${clash.extensions.join(', ')}).`,
    );
  }
  byId.set(id, module);
  languages.push({ id, name: module.info.name, extensions: [...extensions] });
}

for (const module of BUNDLED) registerLanguage(module);

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
