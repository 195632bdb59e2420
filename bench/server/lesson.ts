/** The pair `npm run bench:server` sends: the lesson's odd/even, from the bundled library. */
import { loadLibrary } from '../../src/library/load.js';
import { DEFAULT_SNIPPETS_DIR } from '../../src/paths.js';

export const LESSON_ID = 'control-flow/odd-even';

export async function lessonPair(): Promise<{ ruby: string; python: string }> {
  const { snippets } = await loadLibrary(DEFAULT_SNIPPETS_DIR);
  const lesson = snippets.find((s) => s.id === LESSON_ID);
  const ruby = lesson?.code['ruby'];
  const python = lesson?.code['python'];
  if (ruby === undefined || python === undefined) {
    throw new Error(`the bundled library has no ${LESSON_ID} with Ruby and Python`);
  }
  return { ruby, python };
}
