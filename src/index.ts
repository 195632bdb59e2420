/**
 * Juxta as a library: `compare` two programs, list the `languages` it knows. The types of a
 * comparison are in `./types.ts`; the learner-facing names of the categories in `./concepts.ts`.
 */
export { compare } from './engine/compare.js';
export { languages, languageForFile } from './languages/registry.js';
export { CATEGORIES, CATEGORY_ORDER } from './concepts.js';
export { JuxtaError, isJuxtaError, type ErrorCode } from './errors.js';
export type * from './types.js';
