/** What every comparison must satisfy, whatever the code: the promises of the contract. */
import { expect } from 'vitest';
import type { CompareResult, SideResult } from '../../src/index.js';

/** Lines as the contract counts them: a final newline ends the last line. */
export function lineCount(code: string): number {
  if (code === '') return 0;
  const n = code.split('\n').length;
  return code.endsWith('\n') ? n - 1 : n;
}

function checkTokens(side: SideResult, code: string) {
  const lines = code.split('\n');
  let previous = { line: 0, column: 0 };
  for (const t of side.tokens) {
    expect(t.text.length).toBeGreaterThan(0);
    // `text` is exactly the source text at `line`/`column` (UTF-16 columns, 1-based).
    expect(lines[t.line - 1]?.slice(t.column - 1, t.column - 1 + t.text.length)).toBe(t.text);
    expect(t.line > previous.line || (t.line === previous.line && t.column > previous.column)).toBe(true);
    previous = t;
  }
  for (const e of side.errors) {
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(e.message.length).toBeGreaterThan(0);
  }
}

export function checkInvariants(result: CompareResult, leftCode: string, rightCode: string) {
  checkTokens(result.left, leftCode);
  checkTokens(result.right, rightCode);
  // Every line of both sides appears in exactly one row, in order.
  const lefts = result.rows.map((r) => r.left).filter((n): n is number => n !== null);
  const rights = result.rows.map((r) => r.right).filter((n): n is number => n !== null);
  expect(lefts).toEqual(Array.from({ length: lineCount(leftCode) }, (_, i) => i + 1));
  expect(rights).toEqual(Array.from({ length: lineCount(rightCode) }, (_, i) => i + 1));
  for (const row of result.rows) expect(row.left !== null || row.right !== null).toBe(true);
  // Differences point at real tokens of their side and say something.
  const ids = new Set<string>();
  for (const d of result.differences) {
    expect(ids.has(d.id)).toBe(false);
    ids.add(d.id);
    if (d.kind === 'left-only') expect(d.right).toEqual([]);
    if (d.kind === 'right-only') expect(d.left).toEqual([]);
    expect(d.left.length + d.right.length).toBeGreaterThan(0);
    for (const t of d.left) expect(result.left.tokens).toContainEqual(t);
    for (const t of d.right) expect(result.right.tokens).toContainEqual(t);
    expect(d.summary).toMatch(/\.$/);
    expect(d.explanation.length).toBeGreaterThan(0);
  }
}
