/**
 * `juxta compare --format svg` and `--format markdown` (issue 14) for the lesson's pair: the SVG
 * is well-formed XML that holds every token's text, marks every difference with its number and
 * its category's own cue, and escapes whatever the code holds; the Markdown holds both programs
 * as fenced blocks and the five differences. And every presenter takes any number of rows.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { CATEGORIES, CATEGORY_ORDER, compare, type CompareResult } from '../../src/index.js';
import { toHtml } from '../../src/present/html.js';
import { toMarkdown } from '../../src/present/markdown.js';
import { SVG_CUES, toSvg } from '../../src/present/svg.js';
import { toText } from '../../src/present/text.js';
import { elementsNamed, parseXml, type XmlElement } from './xml.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/lesson-odd-even/${name}`, import.meta.url));
const RB = fixture('left.rb');
const PY = fixture('right.py');
const RB_CODE = readFileSync(RB, 'utf8');
const PY_CODE = readFileSync(PY, 'utf8');

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

const lesson = () =>
  compare({ language: 'ruby', code: RB_CODE }, { language: 'python', code: PY_CODE });

const lines = (code: string) => code.replace(/\n$/, '').split('\n');

describe('--format svg', () => {
  it('draws the lesson pair as well-formed XML holding every token, line and language name', async () => {
    const { status, stdout, stderr } = await run(['compare', RB, PY, '--format', 'svg']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const svg = parseXml(stdout);
    expect(svg.name).toBe('svg');
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    const texts = elementsNamed(svg, 'text').map((t) => t.text);
    // Each line of code is one <text>, whole, so it can be searched and copied as it reads.
    for (const line of lines(RB_CODE)
      .concat(lines(PY_CODE))
      .filter((l) => l !== '')) {
      expect(texts).toContain(line);
    }
    const result = lesson();
    const spans = new Set(elementsNamed(svg, 'tspan').map((t) => t.text));
    for (const token of result.left.tokens.concat(result.right.tokens)) {
      expect(spans).toContain(token.text);
    }
    expect(texts).toContain('Ruby');
    expect(texts).toContain('Python');
    expect(elementsNamed(svg, 'title')[0]?.text).toBe('left.rb (Ruby) and right.py (Python)');
  });

  it('marks each difference’s tokens with its number and category, and lists the five', () => {
    const result = lesson();
    const svg = parseXml(
      toSvg(result, RB_CODE, PY_CODE, { leftName: 'Ruby', rightName: 'Python', title: 't' }),
    );
    const marks = elementsNamed(svg, 'g').map((g) => elementsNamed(g, 'title')[0]?.text);
    const expected = result.differences.flatMap((d, i) =>
      d.left.concat(d.right).map(() => `${i + 1}: ${CATEGORIES[d.category].name}`),
    );
    expect(marks.sort()).toEqual(expected.sort());
    const texts = elementsNamed(svg, 'text').map((t) => t.text);
    expect(texts).toContain('5 differences');
    result.differences.forEach((d, i) => {
      expect(texts).toContain(CATEGORIES[d.category].name);
      // The summary is wrapped, and its `code` is drawn without the backticks.
      const words = d.summary.replace(/`/g, '');
      expect(texts.join(' ').replace(/\s+/g, ' ')).toContain(words);
      expect(texts).toContain(String(i + 1));
    });
    // Ruby's `end` on line 7 stands against a gap on the Python side.
    expect(
      elementsNamed(svg, 'rect').filter((r) => r.attributes.fill === 'url(#gap)'),
    ).toHaveLength(1);
  });

  it('gives every category an underline of its own, so the marks read without colour', () => {
    const cues = CATEGORY_ORDER.map((c) => `${SVG_CUES[c].pattern}/${SVG_CUES[c].double}`);
    expect(new Set(cues).size).toBe(CATEGORY_ORDER.length);
  });

  it('escapes what the code holds, and stays well-formed with control characters and lone surrogates', () => {
    const rb = 'puts "</text><script>alert(1)</script> & ]]>"\n';
    const py = 'print("\u0001\u0000 \ud800 tab\there")\n';
    const result = compare({ language: 'ruby', code: rb }, { language: 'python', code: py });
    const out = toSvg(result, rb, py, {
      leftName: 'Ruby <1>',
      rightName: 'Py & "2"',
      title: '<t>',
    });
    expect(out).not.toContain('<script>');
    const svg = parseXml(out);
    const texts = elementsNamed(svg, 'text').map((t) => t.text);
    expect(texts).toContain('puts "</text><script>alert(1)</script> & ]]>"');
    expect(texts).toContain('print("\ufffd\ufffd \ufffd tab  here")');
    expect(texts).toContain('Ruby <1>');
    expect(texts).toContain('Py & "2"');
  });
});

describe('--format svg on any code', () => {
  it('is well-formed XML holding every line, whatever the code holds', () => {
    const code = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.constantFrom(RB_CODE, PY_CODE, 'x = "<&>"\r\n\tputs ]]>\n'),
    );
    fc.assert(
      fc.property(code, code, (rb, py) => {
        const result = compare({ language: 'ruby', code: rb }, { language: 'python', code: py });
        const svg = parseXml(
          toSvg(result, rb, py, { leftName: 'Ruby', rightName: 'Python', title: 't' }),
        );
        // A line number for every line of both sides, each row's cells in order.
        const numbers = elementsNamed(svg, 'text').filter((t) => t.attributes.class === 'n');
        const cells = result.rows.flatMap((r) => [r.left, r.right].filter((n) => n !== null));
        expect(numbers.map((t) => Number(t.text))).toEqual(cells);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the test’s XML checker', () => {
  const malformed = [
    '<a><b></a></b>',
    '<a>&</a>',
    '<a>&nbsp;</a>',
    '<a x=1/>',
    '<a x="1" x="2"/>',
    '<a>\u0001</a>',
    '<a/><b/>',
    '<a>',
    'text<a/>',
    '<a x="<"/>',
  ];
  for (const xml of malformed) {
    it(`refuses ${JSON.stringify(xml)}`, () => expect(() => parseXml(xml)).toThrow());
  }
  it('reads a well-formed one', () => {
    const root: XmlElement = parseXml(
      '<?xml version="1.0"?>\n<a k=\'v\'><!-- c --><b>x &amp; &#x3c;</b>y</a>',
    );
    expect(root.text).toBe('x & <y');
    expect(root.attributes.k).toBe('v');
  });
});

describe('--format markdown', () => {
  it('holds both programs as fenced code blocks and the five differences, numbered', async () => {
    const { status, stdout } = await run(['compare', RB, PY, '--format', 'markdown']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# left\.rb \(Ruby\) and right\.py \(Python\)\n/);
    expect(stdout).toContain(`## Ruby\n\n\`\`\`ruby\n${RB_CODE}\`\`\`\n`);
    expect(stdout).toContain(`## Python\n\n\`\`\`python\n${PY_CODE}\`\`\`\n`);
    expect(stdout).toContain('\n## 5 differences\n');
    const result = lesson();
    result.differences.forEach((d, i) => {
      // The engine's `code` stays inline code: its sentences are already Markdown.
      expect(stdout).toContain(
        `\n${i + 1}. **${CATEGORIES[d.category].name}**: ${d.summary}\n\n   ${d.explanation}\n`,
      );
    });
    expect(stdout.match(/^\d+\. \*\*/gm)).toHaveLength(5);
  });

  it('fences code that holds backticks, and escapes what Markdown would read as syntax', () => {
    const code = '```\nputs `ls`\n````\n';
    const result: CompareResult = {
      left: { language: 'ruby', tokens: [], errors: [] },
      right: { language: 'python', tokens: [], errors: [] },
      rows: [],
      differences: [
        {
          id: 'd1',
          category: 'string',
          kind: 'changed',
          left: [],
          right: [],
          summary: 'Ruby writes `a`b` where <script>alert(1)</script> *bold* [link](x) & co.',
          explanation: 'Plain.',
        },
      ],
    };
    const out = toMarkdown(result, code, 'print(1)\n', {
      leftName: 'Ruby',
      rightName: 'Python',
      leftLanguage: 'ruby',
      rightLanguage: 'python',
      title: '*t*',
    });
    expect(out).toContain(`\`\`\`\`\`ruby\n${code}\`\`\`\`\`\n`);
    expect(out).toContain('# \\*t\\*\n');
    expect(out).toContain(
      '**String**: Ruby writes `a`b\\` where \\<script\\>alert(1)\\</script\\> \\*bold\\* \\[link\\](x) \\& co.',
    );
  });
});

describe('every presenter', () => {
  it('takes any number of rows', () => {
    const count = 150_000;
    const code = Array.from({ length: count }, (_, i) => `n = ${i}`).join('\n');
    const result: CompareResult = {
      left: { language: 'ruby', tokens: [], errors: [] },
      right: { language: 'python', tokens: [], errors: [] },
      differences: [],
      rows: Array.from({ length: count }, (_, i) => ({ left: i + 1, right: i + 1 })),
    };
    const names = { leftName: 'Ruby', rightName: 'Python', title: 't' };
    const last = `n = ${count - 1}`;
    expect(toText(result, code, code, { ...names, color: false, width: 80 })).toContain(last);
    expect(toHtml(result, code, code, names)).toContain(last);
    expect(toSvg(result, code, code, names)).toContain(last);
    const md = { ...names, leftLanguage: 'ruby', rightLanguage: 'python' };
    expect(toMarkdown(result, code, code, md)).toContain(last);
  });
});
