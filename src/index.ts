/**
 * Juxta as a library: `compare` two programs (`compareMany`: 2 to 4), list the `languages` it
 * knows (`registerLanguage` adds one). The types of a
 * comparison are in `./types.ts`; the learner-facing names of the categories in `./concepts.ts`.
 */
export { compare } from './engine/compare.js';
export { compareMany } from './engine/many.js';
export { languages, languageForFile, registerLanguage } from './languages/registry.js';
export type { LanguageModule } from './languages/language.js';
export { CATEGORIES, CATEGORY_ORDER } from './concepts.js';
export { JuxtaError, isJuxtaError, type ErrorCode } from './errors.js';
export type * from './types.js';
