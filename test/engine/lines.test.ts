/**
 * The stages share one list of line starts, made by the parse stage: lines must read exactly as
 * `countLines` counts them and as splitting the code at `\n` (dropping a `\r` before it) gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLines, lineStarts } from '../../src/engine/parse.js';
import { lineReader } from '../../src/engine/rows.js';

/** Code made of the characters that matter here: line breaks, carriage returns, tabs, text. */
const code = fc
  .array(fc.constantFrom('\n', '\r', '\r\n', '\t', ' ', 'a', 'é', '😀', 'end'), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** The lines by the plainest reading: split at `\n`, one `\r` dropped from each line's end. */
const splitLines = (code: string, count: number): string[] =>
  code
    .split('\n')
    .slice(0, count)
    .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));

describe('line starts', () => {
  it('start at 0 and after every \\n, and never after a lone \\r', () => {
    expect(lineStarts('')).toEqual([0]);
    expect(lineStarts('a\nb\r\nc\rd\n')).toEqual([0, 2, 5, 9]);
  });

  it('read every line as splitting the code at line breaks gives it', () => {
    fc.assert(
      fc.property(code, (text) => {
        const count = countLines(text);
        const read = lineReader(text, lineStarts(text));
        const lines = splitLines(text, count);
        expect(lines).toHaveLength(count);
        for (let line = 1; line <= count; line++) expect(read(line)).toBe(lines[line - 1]);
      }),
      { numRuns: 500 },
    );
  });

  it('read an empty line past the last one', () => {
    const read = lineReader('a\nb', lineStarts('a\nb'));
    expect(read(3)).toBe('');
  });
});
