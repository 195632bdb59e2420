/**
 * Practice mode's rules without a browser (web/src/practice-round.ts): how a side is cut into
 * tokens to pick, which differences a pick finds, hints, the score, and the best score kept in
 * storage. The browser tests play the same rules through the page; these pin the edge cases.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Difference, Token } from '../../src/types.js';
import {
  PracticeRound,
  describeScore,
  isBetter,
  pickLines,
  practiceKey,
  readBest,
  sameOnOtherSide,
  saveBest,
  tokenDifferences,
  type Score,
} from '../../web/src/practice-round.js';

const tok = (text: string, line: number, column: number, kind: Token['kind'] = 'identifier') => ({
  text,
  line,
  column,
  kind,
});

function difference(id: string, left: Token[], right: Token[]): Difference {
  return { id, category: 'expression', kind: 'changed', left, right, summary: '', explanation: '' };
}

/** A Storage in memory, as localStorage behaves (strings in, strings out). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

describe('pickLines', () => {
  it('gives every token a piece of its own, the blanks between them plain', () => {
    const code = 'puts "hi"\n  x()\n';
    const tokens = [
      tok('puts', 1, 1),
      tok('"hi"', 1, 6, 'string'),
      tok('x', 2, 3),
      tok('(', 2, 4, 'punctuation'),
      tok(')', 2, 5, 'punctuation'),
    ];
    expect(pickLines(code, tokens)).toEqual([
      {
        number: 1,
        pieces: [
          { text: 'puts', token: 0, kind: 'identifier' },
          { text: ' ', token: null, kind: null },
          { text: '"hi"', token: 1, kind: 'string' },
        ],
      },
      {
        number: 2,
        pieces: [
          { text: '  ', token: null, kind: null },
          { text: 'x', token: 2, kind: 'identifier' },
          { text: '(', token: 3, kind: 'punctuation' },
          { text: ')', token: 4, kind: 'punctuation' },
        ],
      },
    ]);
  });

  it('splits a token that runs over lines into a piece per line, and drops a \\r before \\n', () => {
    const code = 's = """a\r\nb"""\r\n';
    const lines = pickLines(code, [tok('s', 1, 1), tok('"""a\r\nb"""', 1, 5, 'string')]);
    expect(lines.map((l) => l.pieces.map((p) => [p.text, p.token]))).toEqual([
      [
        ['s', 0],
        [' = ', null],
        ['"""a', 1],
      ],
      [['b"""', 1]],
    ]);
  });

  it('ignores a token whose position does not match the text, keeping the text', () => {
    const lines = pickLines('abc\n', [tok('zzz', 1, 1)]);
    expect(lines[0]!.pieces).toEqual([{ text: 'abc', token: null, kind: null }]);
  });

  it('keeps every character of any code, in order', () => {
    fc.assert(
      fc.property(fc.string(), (code) => {
        const text = pickLines(code, [])
          .map((l) => l.pieces.map((p) => p.text).join(''))
          .join('\n');
        const expected = code.split('\n').map((l) => l.replace(/\r$/, ''));
        if (expected.at(-1) === '') expected.pop();
        expect(text).toBe(expected.join('\n'));
      }),
    );
  });
});

describe('tokenDifferences', () => {
  it('names, for each token, the differences that touch any of its characters, in list order', () => {
    const code = 'print(x)\n';
    const tokens = [
      tok('print', 1, 1),
      tok('(', 1, 6, 'punctuation'),
      tok('x', 1, 7),
      tok(')', 1, 8, 'punctuation'),
    ];
    const differences = [
      difference('d1', [], [tok('print', 1, 1)]),
      difference('d2', [], [tok('(', 1, 6), tok(')', 1, 8)]),
      difference('d3', [], [tok(')', 1, 8)]),
    ];
    expect(tokenDifferences(code, tokens, differences, 'right')).toEqual([
      ['d1'],
      ['d2'],
      [],
      ['d2', 'd3'],
    ]);
    expect(tokenDifferences(code, tokens, differences, 'left')).toEqual([[], [], [], []]);
  });
});

describe('sameOnOtherSide', () => {
  const rows = [
    { left: 1, right: 1 },
    { left: 2, right: null },
    { left: null, right: 2 },
  ];
  const python = pickLines('age = 12\nprint(age)\n', [
    tok('age', 1, 1),
    tok('=', 1, 5, 'operator'),
    tok('12', 1, 7, 'number'),
    tok('print', 2, 1),
    tok('(', 2, 6, 'punctuation'),
    tok('age', 2, 7),
    tok(')', 2, 10, 'punctuation'),
  ]);

  it('names the facing line when it writes the same token', () => {
    expect(sameOnOtherSide(rows, python, 'left', 1, 'age')).toBe(1);
    expect(sameOnOtherSide(rows, python, 'left', 1, '=')).toBe(1);
  });

  it('says nothing when the facing line lacks it, or there is no facing line', () => {
    expect(sameOnOtherSide(rows, python, 'left', 1, 'odd?')).toBeNull();
    // `age` is on Python's line 2, but Ruby's line 2 faces a gap.
    expect(sameOnOtherSide(rows, python, 'left', 2, 'age')).toBeNull();
    expect(sameOnOtherSide(rows, python, 'left', 9, 'age')).toBeNull();
    // Blanks are not tokens.
    expect(sameOnOtherSide(rows, python, 'left', 1, ' ')).toBeNull();
  });
});

describe('PracticeRound', () => {
  it('finds a difference once, says "already" after, and counts a wrong token once', () => {
    const round = new PracticeRound(['d1', 'd2']);
    expect(round.pick('right:3', ['d2'])).toEqual({ kind: 'found', id: 'd2', number: 2 });
    expect(round.pick('left:7', ['d2'])).toEqual({ kind: 'already', id: 'd2', number: 2 });
    expect(round.pick('left:0', [])).toEqual({ kind: 'same', repeated: false });
    expect(round.pick('left:0', [])).toEqual({ kind: 'same', repeated: true });
    expect(round.score()).toEqual({ found: 1, total: 2, hints: 0, wrong: 1 });
    expect(round.finished).toBe(false);
    expect(round.pick('left:2', ['d1'])).toEqual({ kind: 'found', id: 'd1', number: 1 });
    expect(round.finished).toBe(true);
    expect(round.pick('left:5', [])).toEqual({ kind: 'over' });
    expect(round.score()).toEqual({ found: 2, total: 2, hints: 0, wrong: 1 });
  });

  it('finds the next difference of a token shared by two, one pick at a time', () => {
    const round = new PracticeRound(['d1', 'd2', 'd3']);
    expect(round.pick('right:3', ['d2', 'd3'])).toMatchObject({ kind: 'found', id: 'd2' });
    expect(round.pick('right:3', ['d2', 'd3'])).toMatchObject({ kind: 'found', id: 'd3' });
    expect(round.pick('right:3', ['d2', 'd3'])).toMatchObject({ kind: 'already', id: 'd2' });
  });

  it('hints at the first difference neither found nor hinted, until none is left', () => {
    const round = new PracticeRound(['d1', 'd2', 'd3']);
    round.pick('x', ['d1']);
    expect(round.hint()).toBe('d2');
    expect(round.hint()).toBe('d3');
    expect(round.canHint).toBe(false);
    expect(round.hint()).toBeNull();
    expect(round.score().hints).toBe(2);
  });

  it('ends when the rest is shown, keeping what was found', () => {
    const round = new PracticeRound(['d1', 'd2']);
    round.pick('x', ['d1']);
    round.reveal();
    expect(round.finished).toBe(true);
    expect(round.hint()).toBeNull();
    expect(round.score()).toEqual({ found: 1, total: 2, hints: 0, wrong: 0 });
  });

  it('is over at once when there is nothing to find', () => {
    expect(new PracticeRound([]).finished).toBe(true);
  });
});

describe('scores', () => {
  const score = (found: number, hints: number, wrong: number, total = 5): Score => ({
    found,
    total,
    hints,
    wrong,
  });

  it('ranks more found first, then fewer hints, then fewer wrong picks', () => {
    expect(isBetter(score(5, 0, 0), null)).toBe(true);
    expect(isBetter(score(5, 3, 9), score(4, 0, 0))).toBe(true);
    expect(isBetter(score(5, 1, 9), score(5, 2, 0))).toBe(true);
    expect(isBetter(score(5, 1, 1), score(5, 1, 2))).toBe(true);
    expect(isBetter(score(5, 1, 1), score(5, 1, 1))).toBe(false);
    expect(isBetter(score(4, 0, 0), score(5, 3, 9))).toBe(false);
    // As a share of the pair's differences, should their number have changed since.
    expect(isBetter(score(4, 0, 0, 4), score(4, 0, 0, 5))).toBe(true);
  });

  it('says a score in words', () => {
    expect(describeScore(score(5, 0, 0))).toBe('5 of 5 found, no hints, no wrong picks');
    expect(describeScore(score(3, 1, 1))).toBe('3 of 5 found, 1 hint, 1 wrong pick');
    expect(describeScore(score(2, 2, 4))).toBe('2 of 5 found, 2 hints, 4 wrong picks');
  });

  it('keeps the best score per pair, and only a better one replaces it', () => {
    const storage = memoryStorage();
    expect(readBest(storage, 'k')).toBeNull();
    expect(saveBest(storage, 'k', score(4, 1, 1))).toBe(true);
    expect(saveBest(storage, 'k', score(4, 2, 0))).toBe(false);
    expect(readBest(storage, 'k')).toEqual(score(4, 1, 1));
    expect(saveBest(storage, 'k', score(5, 2, 0))).toBe(true);
    expect(readBest(storage, 'k')).toEqual(score(5, 2, 0));
    expect(readBest(storage, 'other')).toBeNull();
    expect(storage.key(0)).toBe('juxta.practice.k');
  });

  it('reads anything else under its key as no score, and lives without storage', () => {
    const storage = memoryStorage();
    for (const junk of [
      '{',
      'null',
      '[]',
      '{"found":6,"total":5,"hints":0,"wrong":0}',
      '{"found":-1,"total":5,"hints":0,"wrong":0}',
      '{"found":"5","total":5,"hints":0,"wrong":0}',
    ]) {
      storage.setItem('juxta.practice.k', junk);
      expect(readBest(storage, 'k'), junk).toBeNull();
    }
    const broken = memoryStorage();
    broken.getItem = () => {
      throw new Error('SecurityError');
    };
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(readBest(broken, 'k')).toBeNull();
    expect(saveBest(broken, 'k', score(5, 0, 0))).toBe(true);
    expect(readBest(null, 'k')).toBeNull();
  });
});

describe('practiceKey', () => {
  const ruby = { language: 'ruby', code: 'puts 1\n' };
  const python = { language: 'python', code: 'print(1)\n' };

  it('keys a library pair by its snippet and languages', () => {
    expect(practiceKey({ snippetId: 'control-flow/odd-even', left: ruby, right: python })).toBe(
      'snippet:control-flow/odd-even:ruby/python',
    );
  });

  it('keys an edited pair by its code: the same code, the same key; other code, another', () => {
    const key = practiceKey({ snippetId: null, left: ruby, right: python });
    expect(key).toMatch(/^code:ruby\/python:[0-9a-f]{14}$/);
    expect(practiceKey({ snippetId: null, left: { ...ruby }, right: { ...python } })).toBe(key);
    const others = [
      { snippetId: null, left: { ...ruby, code: 'puts 2\n' }, right: python },
      { snippetId: null, left: ruby, right: { ...python, code: 'print(1)' } },
      { snippetId: null, left: python, right: ruby },
      // The code moved across the boundary between the sides.
      {
        snippetId: null,
        left: { language: 'ruby', code: 'a' },
        right: { language: 'python', code: 'bc' },
      },
      {
        snippetId: null,
        left: { language: 'ruby', code: 'ab' },
        right: { language: 'python', code: 'c' },
      },
    ];
    const keys = new Set([key, ...others.map(practiceKey)]);
    expect(keys.size).toBe(others.length + 1);
  });
});
