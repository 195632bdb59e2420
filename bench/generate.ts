/**
 * The generated equivalent Ruby/Python pairs the benches compare: shared so that every bench
 * measures the same thing.
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

export function pair(lines: number): { ruby: string; python: string } {
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
