import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// Finds every regular expression written in the sources: literals (/…/g) and
// `new RegExp('…')` / `RegExp('…')` calls, with the TypeScript parser rather
// than a regular expression, so that a slash in a string or a comment never
// fools it. A RegExp built from a variable or an expression is reported as
// dynamic: its pattern cannot be read here, so it needs a reviewed entry.

export interface FoundRegex {
  file: string;
  line: number;
  /** The pattern source as RegExp#source would give it, or null for a dynamic one. */
  source: string | null;
  flags: string;
  /** The code as written, for messages and the allow-list. */
  code: string;
}

/** Every .ts file under `dir`, sorted. */
export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

export function findRegexes(file: string, root: string): FoundRegex[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const rel = path.relative(root, file).split(path.sep).join('/');
  const out: FoundRegex[] = [];
  const at = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = n.getText(sf);
      const end = lit.lastIndexOf('/');
      out.push({ file: rel, line: at(n), source: lit.slice(1, end), flags: lit.slice(end + 1), code: lit });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
      const [pattern, flags] = n.arguments ?? [];
      const literal = (e: ts.Expression | undefined): string | null =>
        e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : null;
      const source = literal(pattern);
      const flagText = flags === undefined ? '' : literal(flags);
      out.push({
        file: rel,
        line: at(n),
        source: flagText === null ? null : source,
        flags: flagText ?? '?',
        code: n.getText(sf).replace(/\s+/g, ' '),
      });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}
