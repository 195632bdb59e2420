/**
 * A stand-in for the engine, loaded by the bench server's compare threads (`createApp`'s
 * `engineModule`): it does only the part of a comparison no engine can skip, then answers with the
 * lesson pair's real result, computed once, so the answer is the same size. `JUXTA_BENCH_ENGINE`
 * picks the part: `parse` has tree-sitter parse both sides; `floor` parses and walks every node,
 * as `npm run bench`'s floor.
 */
import { compare as realCompare } from '../../src/index.js';
import type { CompareResult, SourceInput } from '../../src/types.js';
import { floor, parseOnly } from '../floor.js';
import { lessonPair } from './lesson.js';

const parts: Record<string, (language: string, code: string) => unknown> = {
  parse: parseOnly,
  floor,
};
function chosenPart(): (language: string, code: string) => unknown {
  const part = parts[process.env['JUXTA_BENCH_ENGINE'] ?? ''];
  if (!part) throw new Error(`JUXTA_BENCH_ENGINE must be one of ${Object.keys(parts).join(', ')}`);
  return part;
}
const work = chosenPart();

const { ruby, python } = await lessonPair();
const answer = realCompare({ language: 'ruby', code: ruby }, { language: 'python', code: python });

export function compare(left: SourceInput, right: SourceInput): CompareResult {
  const lesson =
    left.language === 'ruby' &&
    left.code === ruby &&
    right.language === 'python' &&
    right.code === python;
  if (!lesson) throw new Error('the stand-in engine answers only the lesson pair');
  work(left.language, left.code);
  work(right.language, right.code);
  return answer;
}
