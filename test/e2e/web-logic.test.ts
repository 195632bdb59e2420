/**
 * The web view's pure logic, without a browser: how a side is cut into styled runs (segments.ts),
 * where a line may wrap (wrap.ts), how share links encode code (link.ts), how `langs=` is read
 * (chooser.ts), which rows the read view shows (render.ts) and where a difference stands
 * (comparison.ts). The browser tests cover the same paths end to end;
 * these pin the edge cases that are slow to reach through a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATEGORY_ORDER } from '../../src/concepts.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import type { Token } from '../../src/types.js';
import {
  decodePair,
  decodeText,
  encodePair,
  encodeShared,
  encodeSides,
  encodeText,
  readSharedLink,
} from '../../web/src/link.js';
import { readLangs } from '../../web/src/chooser.js';
import { describePlaces } from '../../web/src/comparison.js';
import { linesToShow } from '../../web/src/render.js';
import { buildLines, marksOf, splitLines } from '../../web/src/segments.js';
import { CUE_COUNT, categoryClass, cueIndex } from '../../web/src/categories.js';
import { indentColumns, wrapPieces } from '../../web/src/wrap.js';
import { compare } from '../../src/index.js';

const tok = (text: string, line: number, column: number, kind: Token['kind'] = 'identifier') => ({
  text,
  line,
  column,
  kind,
});

/** A difference as the page holds it: its tokens on each side (left, right). */
function difference(id: string, left: Token[], right: Token[]): { id: string; places: Token[][] } {
  return { id, places: [left, right] };
}

describe('splitLines', () => {
  it('counts lines as the engine does: a final newline ends the last line', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a')).toEqual(['a']);
    expect(splitLines('a\n')).toEqual(['a']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
    expect(splitLines('a\r\nb')).toEqual(['a\r', 'b']);
  });
});

describe('buildLines', () => {
  const code = 'if age % 2 == 1:\n  x\n';
  const tokens = [
    tok('if', 1, 1, 'keyword'),
    tok('age', 1, 4),
    tok('%', 1, 8, 'operator'),
    tok('2', 1, 10, 'number'),
    tok('==', 1, 12, 'operator'),
    tok('1', 1, 15, 'number'),
    tok(':', 1, 16, 'punctuation'),
    tok('x', 2, 3),
  ];

  it('keeps every character, in order, and colours tokens by kind', () => {
    const lines = buildLines(code, tokens, [], []);
    expect(lines.map((l) => l.runs.map((r) => r.text).join(''))).toEqual([
      'if age % 2 == 1:',
      '  x',
    ]);
    expect(lines[0]!.runs[0]).toMatchObject({ text: 'if', kind: 'keyword', from: 0 });
    expect(lines[1]!.runs.map((r) => r.kind)).toEqual([null, 'identifier']);
  });

  it('joins the blanks inside a multi-token difference, but not the text between its parts', () => {
    const expression = difference('d1', [], tokens.slice(1, 6));
    const parens = difference('d2', [], [tokens[1]!, tokens[6]!]);
    const [line] = buildLines(code, tokens, marksOf([expression], 1), []);
    const marked = line!.runs.filter((r) => r.differences.includes('d1'));
    expect(marked.map((r) => r.text).join('')).toBe('age % 2 == 1');

    const [other] = buildLines(code, tokens, marksOf([parens], 1), []);
    const text = other!.runs.filter((r) => r.differences.includes('d2')).map((r) => r.text);
    expect(text).toEqual(['age', ':']);
  });

  it('takes only its own side of a difference', () => {
    const d = difference('d1', [tok('if', 1, 1)], []);
    const right = buildLines(code, tokens, marksOf([d], 1), []);
    expect(right.flatMap((l) => l.runs).some((r) => r.differences.length > 0)).toBe(false);
  });

  it('ignores tokens that no longer match the text (a stale answer while typing)', () => {
    const stale = [tok('whilst', 1, 1, 'keyword'), tok('age', 9, 1)];
    const lines = buildLines(code, stale, [], []);
    expect(lines.flatMap((l) => l.runs).every((r) => r.kind === null)).toBe(true);
  });

  it('splits a token that spans lines (a multi-line string) at the line break', () => {
    const source = 's = """a\nb"""\n';
    const lines = buildLines(source, [tok('"""a\nb"""', 1, 5, 'string')], [], []);
    expect(lines[0]!.runs.at(-1)).toMatchObject({ text: '"""a', kind: 'string' });
    expect(lines[1]!.runs[0]).toMatchObject({ text: 'b"""', kind: 'string' });
  });

  it('puts a syntax error on its line, marking the token it points into or the line end', () => {
    const inside = buildLines(code, tokens, [], [{ line: 1, column: 5, message: 'here' }]);
    expect(inside[0]!.errors.map((e) => e.message)).toEqual(['here']);
    expect(inside[0]!.runs.filter((r) => r.error).map((r) => r.text)).toEqual(['age']);

    const atEnd = buildLines(
      'if x\n',
      [tok('if', 1, 1), tok('x', 1, 4)],
      [],
      [{ line: 1, column: 5, message: 'expects :' }],
    );
    expect(atEnd[0]!.errorAtEnd).toBe(true);
    // Past the last line: shown on the last line rather than lost.
    const past = buildLines('x\n', [], [], [{ line: 4, column: 1, message: 'eof' }]);
    expect(past[0]!.errors.map((e) => e.message)).toEqual(['eof']);
  });
});

describe('share links', () => {
  it('round-trip any text exactly: non-ASCII, emoji, CRLF', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (a, b) => {
        const pair = {
          left: { language: 'ruby', code: a },
          right: { language: 'python', code: b },
        };
        expect(decodePair(encodePair(pair))).toEqual(pair);
      }),
    );
    expect(decodeText(encodeText('Zoë ✓ 😀\r\n'))).toBe('Zoë ✓ 😀\r\n');
  });

  it('use URL-safe characters only', () => {
    expect(encodeText('??>>~~ÿ')).toMatch(/^[A-Za-z0-9_-]*$/);
  });

  it('tell a damaged link (a part missing, code mangled) from a fragment that is no link', () => {
    expect(readSharedLink('')).toEqual({ kind: 'none' });
    expect(readSharedLink('#comparison')).toEqual({ kind: 'none' });
    expect(readSharedLink('#l=ruby&lc=&r=python&rc=')).toMatchObject({ kind: 'pair' });
    const cut = readSharedLink('#l=ruby&lc=YQ&r=pyth');
    expect(cut).toMatchObject({ kind: 'damaged' });
    expect(cut.kind === 'damaged' && cut.problem).toBe(
      'Part of the link is missing: the right program (`rc=`). It was probably cut off when it was copied or sent.',
    );
    const mangled = readSharedLink('#l=ruby&lc=_w&r=python&rc=_w');
    expect(mangled.kind === 'damaged' && mangled.problem).toMatch(/^Neither program can be read/);
    const empty = readSharedLink('#l=&lc=YQ&r=python&rc=YQ');
    expect(empty.kind === 'damaged' && empty.problem).toMatch(/the left language \(`l=`\)/);
  });

  it('of three or four panes round-trip any text, numbered from the left', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 3, maxLength: 4 }),
        (codes) => {
          const sides = codes.map((code, s) => ({ language: `lang${s}`, code }));
          const hash = encodeSides(sides);
          expect(readSharedLink(hash)).toEqual({ kind: 'sides', sides });
          expect(encodeShared(sides)).toBe(hash);
        },
      ),
    );
    expect(
      encodeSides([
        { language: 'a', code: 'x' },
        { language: 'b', code: '' },
        { language: 'c', code: 'y' },
      ]),
    ).toBe('#l1=a&c1=eA&l2=b&c2=&l3=c&c3=eQ');
    // Two panes keep the two-pane form.
    const pair = [
      { language: 'ruby', code: 'a' },
      { language: 'python', code: 'b' },
    ];
    expect(encodeShared(pair)).toBe(encodePair({ left: pair[0]!, right: pair[1]! }));
  });

  it('of three or four panes name the part a damaged one lost', () => {
    const problem = (hash: string) => {
      const link = readSharedLink(hash);
      return link.kind === 'damaged' ? link.problem : link.kind;
    };
    expect(problem('#l1=a&c1=YQ&l2=b&c2=YQ&l3=c')).toBe(
      'Part of the link is missing: the third program (`c3=`). It was probably cut off when it was copied or sent.',
    );
    expect(problem('#l1=a&c1=YQ&l2=&c2=YQ&c3=YQ')).toBe(
      'Part of the link is missing: the second language (`l2=`) and the third language (`l3=`). It was probably cut off when it was copied or sent.',
    );
    expect(problem('#l1=a&c1=YQ&l2=b&c2=_w&l3=c&c3=YQ')).toMatch(
      /^The second program cannot be read from the link/,
    );
    expect(problem('#l1=a&c1=_w&l2=b&c2=_w&l3=c&c3=_w')).toMatch(/^None of the programs can/);
    expect(problem('#l1=a&c1=YQ')).toMatch(/the second language \(`l2=`\) and the second program/);
    expect(problem('#l5=a&c5=YQ')).toBe(
      'The link names 5 programs; Juxta compares at most 4 at once.',
    );
    expect(problem('#lc=&l1=a')).toMatch(/the left language/);
  });

  it('refuse fragments that are not a whole, valid pair', () => {
    expect(decodePair('')).toBeNull();
    expect(decodePair('#l=ruby&lc=YQ&r=python')).toBeNull();
    expect(decodePair('#l=ruby&lc=%%%&r=python&rc=YQ')).toBeNull();
    // Not UTF-8: 0xff on its own.
    expect(decodePair('#l=ruby&lc=_w&r=python&rc=YQ')).toBeNull();
  });
});

describe('category styles', () => {
  const css = (file: string) => readFileSync(join(PACKAGE_ROOT, 'web', 'src', file), 'utf8');

  it('give every category of the shared vocabulary a colour and a cue, in both themes', () => {
    const code = css('code.css');
    const page = css('style.css');
    for (const category of CATEGORY_ORDER) {
      expect(code, `.cat-${category} in web/src/code.css`).toMatch(
        new RegExp(`\\.cat-${category} \\{[^}]*--cat: var\\(--cat-${category}\\)`),
      );
      // light-dark(light, dark): one colour per theme.
      for (const name of [`--cat-${category}`, `--cat-${category}-bg`]) {
        expect(page, `${name} in web/src/style.css`).toMatch(
          new RegExp(`${name}: light-dark\\(#[0-9a-f]{6}, #[0-9a-f]{6}\\);`),
        );
      }
    }
  });

  it('draw a distinct cue for every category and for "other", from the vocabulary\'s order', () => {
    const code = css('code.css');
    // Room for every category of the vocabulary plus one for categories this build does not know.
    expect(CATEGORY_ORDER.length + 1).toBeLessThanOrEqual(CUE_COUNT);
    const cues = Array.from({ length: CUE_COUNT }, (_, n) => {
      const rule = new RegExp(`\\.cue-${n} \\{([^}]*)\\}`).exec(code);
      expect(rule, `.cue-${n} in web/src/code.css`).not.toBeNull();
      return rule![1]!.replace(/\s+/g, ' ').trim();
    });
    expect(new Set(cues).size).toBe(CUE_COUNT);
    const indices = [...CATEGORY_ORDER, 'a-category-from-the-future'].map(cueIndex);
    expect(new Set(indices).size).toBe(indices.length);
    expect(categoryClass('a-category-from-the-future')).toBe(
      `cat-other cue-${CATEGORY_ORDER.length}`,
    );
  });
});

describe('wrapPieces', () => {
  /** One line of real code, cut by the real engine's tokens, as the read view cuts it. */
  async function pieces(language: string, line: string) {
    const other = language === 'ruby' ? 'python' : 'ruby';
    const result = await compare({ language, code: `${line}\n` }, { language: other, code: '' });
    const side = result.left;
    const [first] = buildLines(`${line}\n`, side.tokens, [], side.errors);
    return wrapPieces(first!.runs).map((p) => [p.kind, p.runs.map((r) => r.text).join('')]);
  }

  it('keeps a string literal whole, spaces and interpolations included', async () => {
    expect(await pieces('ruby', '  puts "age is odd"')).toEqual([
      ['space', '  '],
      ['unit', 'puts'],
      ['space', ' '],
      ['unit', '"age is odd"'],
    ]);
    // The blank between `}` and `#{` is no token of its own: it is still inside the string.
    expect(await pieces('ruby', 'x = "404 no route for #{verb} #{path}" if y')).toContainEqual([
      'unit',
      '"404 no route for #{verb} #{path}"',
    ]);
    expect(await pieces('python', 'x = f"200 user {params[\'id\']}"')).toContainEqual([
      'unit',
      'f"200 user {params[\'id\']}"',
    ]);
  });

  it('lets a row end after an opening bracket or a comma, or before a method call, nowhere else', async () => {
    expect(await pieces('python', 'print(handle("GET", "/users"))')).toEqual([
      ['unit', 'print('],
      ['unit', 'handle('],
      ['unit', '"GET",'],
      ['space', ' '],
      ['unit', '"/users"))'],
    ]);
    expect(await pieces('ruby', 'handler.nil?')).toEqual([
      ['unit', 'handler'],
      ['unit', '.nil?'],
    ]);
    expect(await pieces('ruby', '(1..10).each')).toEqual([
      ['unit', '('],
      ['unit', '1..10)'],
      ['unit', '.each'],
    ]);
  });

  it('lets a comment wrap at its own spaces, like prose', async () => {
    const cut = await pieces('python', 'x = 1  # the answer, for now');
    expect(cut.at(-1)).toEqual(['prose', '# the answer, for now']);
  });
});

describe('indentColumns', () => {
  it('counts leading blanks, a tab to the next multiple of four', () => {
    expect(indentColumns('x')).toBe(0);
    expect(indentColumns('    x')).toBe(4);
    expect(indentColumns('\tx')).toBe(4);
    expect(indentColumns('  \tx')).toBe(4);
    expect(indentColumns('\t  x')).toBe(6);
    expect(indentColumns('   ')).toBe(3);
  });
});

describe('langs= in the address', () => {
  const names: Record<string, string> = { ruby: 'Ruby', python: 'Python', java: 'Java' };
  const name = (id: string) => names[id] ?? id;
  const available = ['ruby', 'python', 'java'];

  it('reads two to four of the snippet’s languages, in the order given', () => {
    expect(readLangs('java,ruby', available, name)).toEqual({ ids: ['java', 'ruby'] });
    expect(readLangs(' ruby , python,java ', available, name)).toEqual({
      ids: ['ruby', 'python', 'java'],
    });
  });

  it('says what is wrong otherwise, naming the snippet’s languages', () => {
    expect(readLangs('ruby,cobol', available, name)).toEqual({
      problem: 'This snippet has no “cobol” version. It is written in Ruby, Python and Java.',
    });
    expect(readLangs('ruby,ruby', available, name)).toEqual({
      problem: 'The address names Ruby twice; name each language once.',
    });
    expect(readLangs('ruby', available, name)).toEqual({
      problem:
        'Juxta compares 2 to 4 languages at once; the address names 1. It is written in Ruby, Python and Java.',
    });
    expect(readLangs('', available, name)).toMatchObject({ problem: /names 0/ });
  });
});

describe('the rows the read view shows', () => {
  it('are the engine’s rows, with any line they leave out and none past the code', () => {
    const rows = [
      [1, 1, 1],
      [null, null, 2],
      [2, 2, 3],
    ];
    expect(linesToShow(rows, [2, 2, 3])).toEqual(rows);
    // A row past the second side's code is dropped; its line 3 of the first side gets a row.
    expect(
      linesToShow(
        [
          [1, 1],
          [3, 9],
        ],
        [3, 1],
      ),
    ).toEqual([
      [1, 1],
      [2, null],
      [3, null],
    ]);
  });
});

describe('where a difference stands', () => {
  const t = tok('x', 1, 1);
  const names = ['Ruby', 'Python', 'Java'];
  const at = (without: number[], ...places: Token[][]) =>
    describePlaces(
      { id: 'd1', category: 'x', summary: '', explanation: '', places, without },
      names,
    );
  it('names the languages that have it and those that do without it', () => {
    expect(at([1, 2], [t], [], [])).toBe('only in Ruby');
    expect(at([0], [], [t], [t])).toBe('in Python and Java, not in Ruby');
    expect(at([], [t], [t], [t])).toBe('written differently');
    expect(
      describePlaces(
        { id: 'd1', category: 'x', summary: '', explanation: '', places: [[], [t]], without: [0] },
        ['Ruby', 'Python'],
      ),
    ).toBe('only in Python');
  });
  it('leaves unnamed a language whose pairs set nothing apart there', () => {
    // Java writes `302` too: only Python's pair with Ruby marks it, and Ruby does without it.
    expect(at([0], [], [t], [])).toBe('in Python, not in Ruby');
    expect(at([], [t], [t], [])).toBe('written differently in Ruby and Python');
  });
});
