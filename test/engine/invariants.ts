/**
 * What every comparison must satisfy, whatever the code: the promises of the contract. Checks
 * collect problems in plain loops and assert once, so a 1 MB input stays fast to check.
 */
import { expect } from 'vitest';
import type { CompareResult, SideResult } from '../../src/index.js';

/** Lines as the contract counts them: a final newline ends the last line. */
export function lineCount(code: string): number {
  if (code === '') return 0;
  const n = code.split('\n').length;
  return code.endsWith('\n') ? n - 1 : n;
}

function tokenProblems(side: SideResult, code: string, problems: string[]) {
  const lines = code.split('\n');
  let previous = { line: 0, column: 0 };
  for (const t of side.tokens) {
    // `text` is exactly the source text at `line`/`column` (UTF-16 columns, 1-based).
    const at = lines[t.line - 1]?.slice(t.column - 1, t.column - 1 + t.text.length);
    if (t.text.length === 0 || at !== t.text) {
      problems.push(
        `${side.language} token ${JSON.stringify(t)} is not the text at its place (${JSON.stringify(at)})`,
      );
    }
    if (!(t.line > previous.line || (t.line === previous.line && t.column > previous.column))) {
      problems.push(`${side.language} token ${JSON.stringify(t)} is out of order`);
    }
    previous = t;
    if (problems.length > 5) return;
  }
  for (const e of side.errors) {
    if (e.line < 1 || e.column < 1 || e.message.length === 0)
      problems.push(`bad diagnostic ${JSON.stringify(e)}`);
  }
}

export function checkInvariants(result: CompareResult, leftCode: string, rightCode: string) {
  const problems: string[] = [];
  tokenProblems(result.left, leftCode, problems);
  tokenProblems(result.right, rightCode, problems);
  expect(problems).toEqual([]);

  // Every line of both sides appears in exactly one row, in order.
  const lefts = result.rows.map((r) => r.left).filter((n): n is number => n !== null);
  const rights = result.rows.map((r) => r.right).filter((n): n is number => n !== null);
  expect(lefts).toEqual(Array.from({ length: lineCount(leftCode) }, (_, i) => i + 1));
  expect(rights).toEqual(Array.from({ length: lineCount(rightCode) }, (_, i) => i + 1));
  expect(result.rows.filter((r) => r.left === null && r.right === null)).toEqual([]);

  // Differences point at real tokens of their side and say what differs.
  const place = (t: { line: number; column: number; text: string }) =>
    `${t.line}:${t.column}:${t.text}`;
  const leftTokens = new Set(result.left.tokens.map(place));
  const rightTokens = new Set(result.right.tokens.map(place));
  const ids = new Set<string>();
  for (const d of result.differences) {
    if (ids.has(d.id)) problems.push(`duplicate id ${d.id}`);
    ids.add(d.id);
    if (d.kind === 'left-only' && d.right.length > 0)
      problems.push(`${d.id} is left-only with right tokens`);
    if (d.kind === 'right-only' && d.left.length > 0)
      problems.push(`${d.id} is right-only with left tokens`);
    if (d.left.length + d.right.length === 0) problems.push(`${d.id} has no tokens`);
    if (d.kind === 'changed' && (d.left.length === 0 || d.right.length === 0))
      problems.push(`${d.id} is changed with a side empty`);
    for (const t of d.left)
      if (!leftTokens.has(place(t)))
        problems.push(`${d.id} points at ${place(t)}, not a left token`);
    for (const t of d.right)
      if (!rightTokens.has(place(t)))
        problems.push(`${d.id} points at ${place(t)}, not a right token`);
    if (!d.summary.endsWith('.')) problems.push(`${d.id} summary is not a sentence: ${d.summary}`);
    // Where neither language has true words for a difference, the explanation is empty rather
    // than stock text (the library and the fixtures must have one: test/library/quality.test.ts).
    if (d.explanation.length > 0 && !/[.)]$/.test(d.explanation))
      problems.push(`${d.id} explanation is not sentences: ${d.explanation}`);
  }
  expect(problems).toEqual([]);
}
