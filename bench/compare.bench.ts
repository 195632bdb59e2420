/**
 * `npm run bench`: how much a comparison costs over its floor, the work no comparison can avoid
 * (tree-sitter parsing both sides plus a cursor walk over every node), on generated equivalent
 * Ruby/Python pairs of 100, 1,000 and 10,000 lines. Prints ratios, not absolute times, so the
 * numbers mean the same on a laptop and on CI.
 */
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import Ruby from 'tree-sitter-ruby';
import { compare } from '../src/index.js';

/** One block of equivalent code, about 25 lines a side; `i` keeps names distinct, as in real code. */
function block(i: number): { ruby: string; python: string } {
  const ruby = `# Step ${i}: classify a number
def classify_${i}(n, limit = ${i % 7})
  if n.odd? && n > limit
    puts "odd #{n}"
  elsif n == 0
    puts "zero"
  else
    puts "even"
  end
  total = 0
  [1, 2, 3].each do |x|
    total += x * n
  end
  while total > 100
    total -= 7
  end
  result = { "value" => total, "ok" => true, "note" => nil }
  result
end

class Box${i}
  def initialize(size)
    @size = size
  end
end
`;
  const python = `# Step ${i}: classify a number
def classify_${i}(n, limit=${i % 7}):
    if n % 2 == 1 and n > limit:
        print(f"odd {n}")
    elif n == 0:
        print("zero")
    else:
        print("even")
    total = 0
    for x in [1, 2, 3]:
        total += x * n
    while total > 100:
        total -= 7
    result = {"value": total, "ok": True, "note": None}
    return result


class Box${i}:
    def __init__(self, size):
        self.size = size
`;
  return { ruby, python };
}

function pair(lines: number): { ruby: string; python: string } {
  const ruby: string[] = [];
  const python: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const b = block(i);
    ruby.push(b.ruby);
    python.push(b.python);
    count += b.ruby.split('\n').length - 1;
  }
  return { ruby: ruby.join('\n'), python: python.join('\n') };
}

const rubyParser = new Parser();
rubyParser.setLanguage(Ruby as Parser.Language);
const pythonParser = new Parser();
pythonParser.setLanguage(Python as Parser.Language);
const input = (code: string) => (index: number) => code.slice(index, index + 16_384);

/** The floor: parse both sides and visit every node with a cursor, reading what any walk reads. */
function floor(ruby: string, python: string): number {
  let nodes = 0;
  for (const [parser, code] of [
    [rubyParser, ruby],
    [pythonParser, python],
  ] as const) {
    nodes += walkAll(parser.parse(input(code)).walk());
  }
  return nodes;
}

/** Visits every node of a tree in document order; answers how many. */
function walkAll(cursor: Parser.TreeCursor): number {
  let nodes = 0;
  for (;;) {
    nodes += cursor.nodeType.length > 0 ? 1 : 0;
    nodes += cursor.startIndex >= 0 ? 0 : 1;
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return nodes;
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Alternates the two measurements so that machine noise hits both alike. */
function measure(lines: number, runs: number) {
  const { ruby, python } = pair(lines);
  const floors: number[] = [];
  const compares: number[] = [];
  // Warm up the JIT and the parsers: steady state is what a service or a class sees.
  for (let w = 0; w < Math.max(3, Math.ceil(runs / 2)); w++) {
    floor(ruby, python);
    compare({ language: 'ruby', code: ruby }, { language: 'python', code: python });
  }
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    floor(ruby, python);
    floors.push(performance.now() - t);
    t = performance.now();
    compare({ language: 'ruby', code: ruby }, { language: 'python', code: python });
    compares.push(performance.now() - t);
  }
  return { lines, floor: median(floors), compare: median(compares) };
}

const sizes: [number, number][] = [
  [100, 21],
  [1_000, 11],
  [10_000, 5],
];
const results = sizes.map(([lines, runs]) => measure(lines, runs));

console.log('Compare time over its floor (parse both sides + cursor walk), median of runs\n');
console.log('lines   floor ms  compare ms  ratio  growth vs previous size');
let previous: { compare: number } | undefined;
let worst = 0;
for (const r of results) {
  const ratio = r.compare / r.floor;
  worst = Math.max(worst, ratio);
  const growth = previous ? `${(r.compare / previous.compare).toFixed(1)}x for 10x the lines` : '';
  console.log(
    `${String(r.lines).padStart(6)}  ${r.floor.toFixed(1).padStart(8)}  ${r.compare.toFixed(1).padStart(10)}  ${ratio.toFixed(2).padStart(5)}  ${growth}`,
  );
  previous = r;
}
const growth = (results[2]?.compare ?? 0) / (results[1]?.compare ?? 1);
const met = worst <= 2 && growth <= 12;
console.log(`\nWorst ratio ${worst.toFixed(2)} (target ≤ 2, goal 1.5).`);
console.log(`10x the lines cost ${growth.toFixed(1)}x the time (target ≤ about 12x).`);
console.log(met ? 'All targets met.' : 'Some targets were missed.');
// Like `bench:server`, a missed target is a failed run, so scripts notice.
if (!met) process.exitCode = 1;
