/**
 * Which Office requirement sets the product's code needs, from the TypeScript program itself, and
 * whether manifest.xml declares them (docs/checks.md, "Requirement sets"). Each property access,
 * call, destructured property, object-literal property and `load("a, b/c")` name is resolved by the
 * type checker; when its declaration is in Microsoft's type packages, its JSDoc names the sets:
 * `[Api set: ExcelApi 1.7]` (Excel, custom functions, Office runtime) or
 * `**Requirement set**: {@link … | SharedRuntime 1.1}` (the common API).
 *
 * A use above the declared sets passes only under an `isSetSupported` guard the checker can see:
 * inside `if (Office.context.requirements.isSetSupported("ExcelApi", "1.9")) { … }` (or the
 * `?:`/`&&` forms), in the `else` of a negated one, or after `if (!…isSetSupported(…)) return;`
 * (or `throw`) earlier in an enclosing block; the guard's set must match and its version be at
 * least the member's. Literal arguments only; a guard hidden in a helper function does not count.
 */
import { DOMParser } from "@xmldom/xmldom";
import { readdirSync } from "node:fs";
import path from "node:path";
import * as ts from "typescript";
import { atLeast } from "../src/workbench/officeShim";

export interface ApiSet {
  name: string;
  version: string;
}

/** Any one of the alternatives, each a list of sets that are all needed. */
export type Requirement = ApiSet[][];

export interface ApiUse {
  file: string;
  line: number;
  column: number;
  /** The member as declared: "Excel.Range.values", "CustomFunctions.Error". */
  member: string;
  requirement: Requirement;
  /** Sets an enclosing isSetSupported guard promises at this place. */
  guards: ApiSet[];
}

const TYPE_PACKAGES = ["/@types/office-js/", "/@types/custom-functions-runtime/", "/@types/office-runtime/"];

/** The sets manifest.xml declares under <Requirements><Sets> (DefaultMinVersion for a Set without MinVersion). */
export function declaredSets(manifestXml: string): ApiSet[] {
  const doc = new DOMParser().parseFromString(manifestXml, "text/xml");
  const out: ApiSet[] = [];
  const requirements = Array.from(doc.getElementsByTagName("Requirements")).filter((r) => r.parentNode === doc.documentElement);
  for (const sets of requirements.flatMap((r) => Array.from(r.getElementsByTagName("Sets")))) {
    const fallback = sets.getAttribute("DefaultMinVersion") || "1.1";
    for (const set of Array.from(sets.getElementsByTagName("Set"))) {
      out.push({ name: set.getAttribute("Name") ?? "", version: set.getAttribute("MinVersion") || fallback });
    }
  }
  return out;
}

const SET = /^\s*([A-Za-z][A-Za-z0-9]*)\s+(\d+(?:\.\d+)*)\b/;

/**
 * The requirement a JSDoc comment states. `[Api set: A 1.2, B 1.10]` lists alternatives (one per
 * host: "SharedRuntime 1.1, Mailbox 1.10"); words after a version ("1.1 for get, 1.2 for set")
 * are dropped, so such a member counts at its first version. `**Requirement sets**:` followed by
 * links lists sets that are all needed.
 */
export function parseRequirement(comment: string): Requirement {
  const apiSet = /\[Api set:([^\]]*)\]/.exec(comment);
  if (apiSet) {
    return apiSet[1]
      .split(",")
      .map((part) => SET.exec(part))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [{ name: m[1], version: m[2] }]);
  }
  const marker = /\*\*Requirement sets?\*\*:([\s\S]*?)(?=\n\s*\*\s*@|$)/.exec(comment);
  if (!marker) return [];
  const all = Array.from(marker[1].matchAll(/\|\s*([A-Za-z][A-Za-z0-9]*)\s+(\d+(?:\.\d+)*)\s*\}/g), (m) => ({ name: m[1], version: m[2] }));
  return all.length > 0 ? [all] : [];
}

function fromTypePackage(declaration: ts.Declaration): boolean {
  const file = declaration.getSourceFile().fileName.replace(/\\/g, "/");
  return TYPE_PACKAGES.some((p) => file.includes(p));
}

/** The JSDoc above a declaration (a `var` documents its statement). */
function commentOf(declaration: ts.Node): string {
  const owner = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  const text = owner.getSourceFile().text;
  return text.slice(owner.getFullStart(), owner.getStart());
}

function qualifiedName(checker: ts.TypeChecker, declaration: ts.Declaration): string {
  const named = declaration as ts.Declaration & { name?: ts.Node };
  const symbol = named.name ? checker.getSymbolAtLocation(named.name) : undefined;
  if (symbol) return checker.getFullyQualifiedName(symbol);
  const parent = ts.isConstructorDeclaration(declaration) || ts.isConstructSignatureDeclaration(declaration) ? declaration.parent : undefined;
  return parent ? `new ${qualifiedName(checker, parent as ts.Declaration)}` : "(unnamed)";
}

function isSetSupportedCall(checker: ts.TypeChecker, node: ts.Expression): ApiSet | null {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== "isSetSupported") return null;
  const declarations = checker.getSymbolAtLocation(node.expression.name)?.declarations ?? [];
  if (!declarations.some(fromTypePackage)) return null;
  const [name, version] = node.arguments;
  if (!name || !ts.isStringLiteralLike(name) || (version && !ts.isStringLiteralLike(version))) return null;
  return { name: name.text, version: version ? version.text : "1.1" };
}

function skipParens(e: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(e) ? skipParens(e.expression) : e;
}

/** Sets the expression promises when it is true (or, with `whenTrue` false, when it is false). */
function promised(checker: ts.TypeChecker, expression: ts.Expression, whenTrue: boolean): ApiSet[] {
  const e = skipParens(expression);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return promised(checker, e.operand, !whenTrue);
  if (ts.isBinaryExpression(e)) {
    const both = whenTrue ? ts.SyntaxKind.AmpersandAmpersandToken : ts.SyntaxKind.BarBarToken;
    if (e.operatorToken.kind === both) return [...promised(checker, e.left, whenTrue), ...promised(checker, e.right, whenTrue)];
    return [];
  }
  const call = whenTrue ? isSetSupportedCall(checker, e) : null;
  return call ? [call] : [];
}

function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  return ts.isBlock(statement) && statement.statements.length > 0 && exits(statement.statements[statement.statements.length - 1]);
}

/** Every guard that holds at `node`, from its enclosing ifs, conditionals, && / || and early exits. */
function guardsAt(checker: ts.TypeChecker, node: ts.Node): ApiSet[] {
  const out: ApiSet[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) || ts.isConditionalExpression(parent)) {
      const condition = ts.isIfStatement(parent) ? parent.expression : parent.condition;
      const [yes, no] = ts.isIfStatement(parent) ? [parent.thenStatement, parent.elseStatement] : [parent.whenTrue, parent.whenFalse];
      if (child === yes) out.push(...promised(checker, condition, true));
      if (child === no) out.push(...promised(checker, condition, false));
    } else if (ts.isBinaryExpression(parent) && child === parent.right) {
      if (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) out.push(...promised(checker, parent.left, true));
      if (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) out.push(...promised(checker, parent.left, false));
    } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement)) out.push(...promised(checker, statement.expression, false));
      }
    }
  }
  return out;
}

/** The element type of an array type, or the type itself. */
function elementOf(checker: ts.TypeChecker, type: ts.Type): ts.Type {
  return checker.isArrayType(type) ? (checker.getTypeArguments(type as ts.TypeReference)[0] ?? type) : type;
}

/** The names in `x.load("a, b/c")` or `x.load(["a", "b/c"])`, each as its path of property names. */
function loadPaths(call: ts.CallExpression): string[][] {
  const [arg] = call.arguments;
  const strings = !arg ? [] : ts.isStringLiteralLike(arg) ? [arg.text] : ts.isArrayLiteralExpression(arg) ? arg.elements.filter(ts.isStringLiteralLike).map((s) => s.text) : [];
  return strings.flatMap((s) => s.split(",")).map((s) => s.trim().split("/")).filter((path) => path[0] !== "" && path[0] !== "*");
}

/** Every use of a member of Microsoft's Office types in the given source files, with what it requires. */
export function findApiUses(program: ts.Program, files: readonly ts.SourceFile[]): ApiUse[] {
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];

  const record = (at: ts.Node, declarations: readonly ts.Declaration[] | undefined) => {
    const declaration = declarations?.find(fromTypePackage);
    if (!declaration) return;
    const requirement = parseRequirement(commentOf(declaration));
    if (requirement.length === 0) return;
    const file = at.getSourceFile();
    const { line, character } = file.getLineAndCharacterOfPosition(at.getStart());
    uses.push({ file: file.fileName, line: line + 1, column: character + 1, member: qualifiedName(checker, declaration), requirement, guards: guardsAt(checker, at) });
  };

  /** A call's own overload first (Excel.run's overloads differ), else the member. */
  const recordMember = (at: ts.Node, name: ts.Node, expression: ts.Expression) => {
    const parent = expression.parent;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === expression) {
      const signature = checker.getResolvedSignature(parent)?.declaration;
      if (signature && !ts.isJSDocSignature(signature) && fromTypePackage(signature) && parseRequirement(commentOf(signature)).length > 0) {
        return record(at, [signature]);
      }
    }
    record(at, checker.getSymbolAtLocation(name)?.declarations);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      recordMember(node.name, node.name, node);
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const key = node.propertyName ?? node.name;
      if (ts.isIdentifier(key)) record(key, checker.getTypeAtLocation(node.parent).getProperty(key.text)?.declarations);
    } else if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isObjectLiteralExpression(node.parent) && ts.isIdentifier(node.name)) {
      const contextual = checker.getContextualType(node.parent);
      record(node.name, contextual?.getProperty(node.name.text)?.declarations);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "load") {
      const owner = checker.getTypeAtLocation(node.expression.expression);
      for (const path of loadPaths(node)) {
        let type: ts.Type | undefined = owner;
        for (const name of path) {
          const property: ts.Symbol | undefined = type && elementOf(checker, type).getProperty(name);
          if (!property) break;
          record(node.arguments[0], property.declarations);
          type = checker.getTypeOfSymbolAtLocation(property, node);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  files.forEach(visit);
  return uses;
}

function covers(have: readonly ApiSet[], need: ApiSet): boolean {
  return have.some((set) => set.name === need.name && atLeast(set.version, need.version));
}

/** The uses no alternative of which is covered by the declared sets plus the guards at the place of use. */
export function uncoveredUses(uses: readonly ApiUse[], declared: readonly ApiSet[]): ApiUse[] {
  return uses.filter((use) => !use.requirement.some((all) => all.every((need) => covers(declared, need) || covers(use.guards, need))));
}

/** The highest version of each set the uses need (first alternative of each), for the manifest. */
export function highestNeeded(uses: readonly ApiUse[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const use of uses) {
    for (const need of use.requirement[0]) {
      // A use under an isSetSupported guard runs only where the set is there: the manifest need not ask for it.
      if (covers(use.guards, need)) continue;
      const seen = out.get(need.name);
      if (!seen || !atLeast(seen, need.version)) out.set(need.name, need.version);
    }
  }
  return out;
}

export function formatRequirement(requirement: Requirement): string {
  return requirement.map((all) => all.map((s) => `${s.name} ${s.version}`).join(" + ")).join(" or ");
}

/** A program over the given root files with the options of a tsconfig. */
export function programFor(tsconfigPath: string, rootNames: readonly string[]): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfigPath, { noEmit: true }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  if (!parsed) throw new Error(`${tsconfigPath}: not a tsconfig`);
  return ts.createProgram({ rootNames, options: parsed.options });
}

/** The product's sources (what ships to Excel): not the workbench, the tests or the scripts. */
export const PRODUCT_FOLDERS = ["src/engine", "src/functions", "src/taskpane"];

export function productFiles(repoRoot: string): string[] {
  return PRODUCT_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"))
      .map((file) => path.join(repoRoot, folder, file)),
  );
}
