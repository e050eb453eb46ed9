/**
 * The TELE call in a cell's formula, split into its arguments, so the Explain view can read each
 * argument's cells and call the same function with them (docs/explain.md). An argument is a cell
 * or range reference (on this sheet or another), a number, a text, TRUE/FALSE, an array constant,
 * an omitted argument, another TELE call (explained in turn), or any other expression, which is
 * not evaluated here and is reported as such.
 */
import { parseAddress, type Rect } from "./address";

export type CallArgument =
  | { kind: "reference"; text: string; sheet: string | undefined; rect: Rect }
  | { kind: "constant"; text: string; value: number | string | boolean }
  | { kind: "array"; text: string; rows: (number | string | boolean)[][] }
  | { kind: "omitted"; text: "" }
  | { kind: "call"; text: string; call: TeleCallText }
  | { kind: "expression"; text: string };

export interface TeleCallText {
  /** "TOTAL_SCORE" (upper case, without "TELE."). */
  id: string;
  args: CallArgument[];
}

/** The first TELE call of a formula ("=TELE.GRADE(B13)", "=IF(A1="","",TELE.GRADE(A1))"), or null. */
export function findTeleCall(formula: string): TeleCallText | null {
  if (!formula.startsWith("=")) return null;
  const name = /(?:^|[^A-Za-z0-9_.])TELE\.([A-Za-z_][A-Za-z0-9_]*)\s*\(/gi;
  const plain = maskQuoted(formula);
  const m = name.exec(plain);
  if (!m) return null;
  const open = m.index + m[0].length - 1;
  const close = matching(plain, open);
  if (close < 0) return null;
  return { id: m[1].toUpperCase(), args: splitTopLevel(formula.slice(open + 1, close), plain.slice(open + 1, close)).map(argument) };
}

/** The formula with the inside of "text" and 'sheet names' blanked to spaces, so brackets and commas in them are not syntax. */
function maskQuoted(formula: string): string {
  let out = "";
  let quote: string | null = null;
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i];
    if (quote === null) {
      if (c === '"' || c === "'") quote = c;
      out += c;
    } else if (c === quote) {
      if (formula[i + 1] === quote) {
        out += "  "; // a doubled quote is a quote inside the text
        i++;
      } else {
        quote = null;
        out += c;
      }
    } else out += " ";
  }
  return out;
}

/** Index of the bracket closing the one at `open` (parentheses and braces nest), or -1. */
function matching(plain: string, open: number): number {
  let depth = 0;
  for (let i = open; i < plain.length; i++) {
    const c = plain[i];
    if (c === "(" || c === "{") depth++;
    else if (c === ")" || c === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits at top-level commas; `plain` is `text` with quoted parts masked. */
function splitTopLevel(text: string, plain: string, separator = ","): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain[i];
    if (c === "(" || c === "{") depth++;
    else if (c === ")" || c === "}") depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.length === 1 && parts[0].trim() === "" ? [] : parts;
}

function constant(text: string): number | string | boolean | undefined {
  if (/^"(?:[^"]|"")*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === "TRUE";
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(text)) return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
  return undefined;
}

function argument(raw: string): CallArgument {
  const text = raw.trim();
  if (text === "") return { kind: "omitted", text: "" };
  const value = constant(text);
  if (value !== undefined) return { kind: "constant", text, value };
  if (text.startsWith("{") && text.endsWith("}")) {
    const inner = text.slice(1, -1);
    const rows = splitTopLevel(inner, maskQuoted(inner), ";").map((row) => splitTopLevel(row, maskQuoted(row)).map((cell) => constant(cell.trim())));
    if (rows.every((row) => row.every((cell) => cell !== undefined))) return { kind: "array", text, rows: rows as (number | string | boolean)[][] };
    return { kind: "expression", text };
  }
  const nested = findTeleCall(`=${text}`);
  if (nested && /^TELE\./i.test(text) && matching(maskQuoted(text), text.indexOf("(")) === text.length - 1) return { kind: "call", text, call: nested };
  // "ABC" alone would parse as a whole column, but in a formula it is a name: a reference without ":" is one cell.
  const address = /:|\d$/.test(text) ? parseAddress(text) : null;
  if (address) return { kind: "reference", text, sheet: address.sheet, rect: address.rect };
  return { kind: "expression", text };
}
