// Code in the engine's sentences is between backticks; code that holds a backtick (a template
// literal's quote) is between two, with a space inside each, as Markdown writes it. Every reader
// of the sentences (the presenters, the quality rules) reads both.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { codeSpans } from '../../src/library/quality.js';
import { sentenceParts } from '../../src/present/shared.js';

const sentence =
  'JavaScript puts values into a string with `` `…${…}…` `` on line 1 where Ruby writes `"…#{…}…"`.';

describe('code spans', () => {
  it('are read whole when they hold a backtick', () => {
    expect(codeSpans(sentence)).toEqual(['`…${…}…`', '"…#{…}…"']);
    expect(sentenceParts(sentence)).toEqual([
      { kind: 'text', text: 'JavaScript puts values into a string with ' },
      { kind: 'code', text: '`…${…}…`' },
      { kind: 'text', text: ' on line 1 where Ruby writes ' },
      { kind: 'code', text: '"…#{…}…"' },
      { kind: 'text', text: '.' },
    ]);
  });

  it("are what a template literal's summary writes", () => {
    const result = compare(
      { language: 'javascript', code: 'console.log(`hi ${name}`);\n' },
      { language: 'ruby', code: 'puts "hi #{name}"\n' },
    );
    const strings = result.differences.filter((d) => d.category === 'string');
    expect(strings.map((d) => d.summary)).toEqual([
      'JavaScript puts values into a string with `` `…${…}…` `` on line 1 where Ruby writes `"…#{…}…"`.',
    ]);
    expect(codeSpans(strings[0]?.summary ?? '')).toContain('`…${…}…`');
  });
});
