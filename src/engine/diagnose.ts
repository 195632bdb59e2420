/**
 * Syntax errors in words a beginner can act on. tree-sitter marks what it could not parse with ERROR
 * and MISSING nodes, but where it puts them depends on how it recovered, so this stage reads the
 * tree's leaves line by line and asks each language's table (`syntax-errors.ts`) what the mistake
 * most likely was: a block line without its `:`, a bracket never closed, a word from the other
 * language. Whatever no table explains still gets a plain message naming the token.
 *
 * Each check is a file of `diagnose/` reading one shared view of the leaves (`diagnose/leaves.ts`);
 * `CHECKS` below is the one list of them, in the order they run.
 */
import { lineStarts, type SyntaxNode } from './parse.js';
import type { Diagnostic } from '../types.js';
import { checkBrackets } from './diagnose/brackets.js';
import { checkColonHeaders } from './diagnose/colon-headers.js';
import { checkDeclarations } from './diagnose/declarations.js';
import { checkEndBlocks } from './diagnose/end-blocks.js';
import { checkErrorsIn } from './diagnose/errors-in.js';
import { Findings, MAX_DIAGNOSTICS } from './diagnose/findings.js';
import { checkForeignWords } from './diagnose/foreign-words.js';
import { checkIndentation } from './diagnose/indentation.js';
import { checkInvalidNodes } from './diagnose/invalid-nodes.js';
import { type DiagnoseLanguage, Leaves, LineIndex } from './diagnose/leaves.js';
import { checkParenHeaders } from './diagnose/paren-headers.js';
import { explainRest } from './diagnose/rest.js';
import { checkStrings } from './diagnose/strings.js';
import { checkSuspicious } from './diagnose/suspicious.js';
import { checkTerminators } from './diagnose/terminators.js';

export type {
  BraceBlocks,
  ColonHeaders,
  Declarations,
  EndBlocks,
  ForeignWord,
  ForeignWordPlace,
  Suspicious,
  SyntaxErrorHints,
  Terminators,
} from './diagnose/hints.js';
export type { DiagnoseLanguage } from './diagnose/leaves.js';

/** A check reads the leaves and adds what it finds; a check whose hints the language lacks does nothing. */
type Check = (leaves: Leaves, found: Findings) => void;

/**
 * The checks in the order they run (of two findings on one spot, the earlier wins at equal
 * priority). `always` checks look at code that parses too (a word from another language the
 * grammar accepts); the others run only where the tree holds an error, or a closing word stands
 * where the grammar read a name.
 */
const CHECKS: readonly { check: Check; always: boolean }[] = [
  { check: checkSuspicious, always: true },
  { check: checkInvalidNodes, always: true },
  { check: checkDeclarations, always: true },
  { check: checkForeignWords, always: true },
  { check: checkIndentation, always: true },
  // Brackets first: where one is left open, its message wins the spot over a missing `:`.
  { check: checkStrings, always: false },
  { check: checkBrackets, always: false },
  { check: checkColonHeaders, always: false },
  { check: checkEndBlocks, always: false },
  { check: checkTerminators, always: false },
  { check: checkParenHeaders, always: false },
  { check: checkErrorsIn, always: false },
  // Last: plain messages for what no check above explained.
  { check: explainRest, always: false },
];

/**
 * The syntax errors of `code`, parsed into `root`: at most 20, sorted by position, one per spot.
 * Never throws: a diagnostic that fails to be clever must not stop a comparison.
 */
export function diagnose(
  root: SyntaxNode,
  code: string,
  language: DiagnoseLanguage,
  starts: readonly number[] = lineStarts(code),
): Diagnostic[] {
  let leaves: Leaves | undefined;
  try {
    leaves = new Leaves(root, code, language, starts);
    leaves.collect();
    const found = new Findings();
    const hasErrors = leaves.errors.length > 0 || leaves.missing.length > 0;
    const onErrors = hasErrors || leaves.hasStrayWord();
    for (const { check, always } of CHECKS) {
      if (always || onErrors) check(leaves, found);
    }
    return found.diagnostics(leaves.lines);
  } catch {
    return fallbackDiagnostics(root, code, starts, language.info.name);
  } finally {
    leaves?.keepColumns();
  }
}

/** Only the positions of ERROR and MISSING nodes: the last resort if the full analysis fails. */
function fallbackDiagnostics(
  root: SyntaxNode,
  code: string,
  starts: readonly number[],
  name: string,
): Diagnostic[] {
  const lines = new LineIndex(code, starts);
  const out: Diagnostic[] = [];
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0 && out.length < MAX_DIAGNOSTICS) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (node.type === 'ERROR' || node.missing) {
      out.push({
        ...lines.position(node.startIndex),
        message: `${name} cannot make sense of this line: check it for a missing or extra word or symbol`,
      });
      continue;
    }
    if (!Array.isArray(node.children)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as SyntaxNode);
  }
  return out;
}
