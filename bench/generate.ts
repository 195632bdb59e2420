/**
 * The generated equivalent programs the benches compare (Ruby, Python, JavaScript, Java): shared
 * so that every bench measures the same thing.
 */

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

/** The same block in JavaScript and Java (whose methods sit in the one class `Main`). */
function moreBlocks(i: number): { javascript: string; java: string } {
  const javascript = `// Step ${i}: classify a number
function classify_${i}(n, limit = ${i % 7}) {
  if (n % 2 === 1 && n > limit) {
    console.log(\`odd \${n}\`);
  } else if (n === 0) {
    console.log("zero");
  } else {
    console.log("even");
  }
  let total = 0;
  for (const x of [1, 2, 3]) {
    total += x * n;
  }
  while (total > 100) {
    total -= 7;
  }
  const result = { value: total, ok: true, note: null };
  return result;
}

class Box${i} {
  constructor(size) {
    this.size = size;
  }
}
`;
  const java = `    // Step ${i}: classify a number
    static Map<String, Object> classify_${i}(int n, int limit) {
        if (n % 2 == 1 && n > limit) {
            System.out.println("odd " + n);
        } else if (n == 0) {
            System.out.println("zero");
        } else {
            System.out.println("even");
        }
        int total = 0;
        for (int x : new int[] {1, 2, 3}) {
            total += x * n;
        }
        while (total > 100) {
            total -= 7;
        }
        Map<String, Object> result = new HashMap<>();
        result.put("value", total);
        return result;
    }

    static class Box${i} {
        int size;

        Box${i}(int size) {
            this.size = size;
        }
    }
`;
  return { javascript, java };
}

export type BenchLanguage = 'ruby' | 'python' | 'javascript' | 'java';

/** A program of about `lines` lines in `language`, block for block the same as the others'. */
export function program(language: BenchLanguage, lines: number): string {
  const blocks: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const b = { ...block(i), ...moreBlocks(i) };
    blocks.push(b[language]);
    count += b.ruby.split('\n').length - 1;
  }
  if (language !== 'java') return blocks.join('\n');
  // The other programs only define: run, they do nothing. Java's is the same once it has the `main`
  // that `java Main.java` runs, an empty one; without it the class is no program and aligns with
  // nothing.
  return `import java.util.HashMap;\nimport java.util.Map;\n\npublic class Main {\n${blocks.join('\n')}\n    public static void main(String[] args) {\n    }\n}\n`;
}

/** A Ruby/Python pair of about `lines` lines a side. */
export function pair(lines: number): { ruby: string; python: string } {
  return { ruby: program('ruby', lines), python: program('python', lines) };
}
