/**
 * Cell values as the functions and the review-sheet import see them (docs/method.md, "Input values"): a number
 * is taken as it is, text that a person would read as a number (" 1,200 ", "85%", full-width
 * "１２００") is accepted, anything else is #VALUE! naming the parameter and the value; blank is
 * "missing" (`null`, docs/method.md, "Missing data").
 */
import { numError, valueError } from "./errors";
import type { NumberHint, Subject } from "./messages";

export type CellValue = number | string | boolean | null | undefined;

export interface NumberRules {
  nonNegative?: boolean;
  positive?: boolean;
  integer?: boolean;
  /** What to type instead, when it is not an amount ("1200, 1,200 or 85%"): a month, or a score. */
  hint?: NumberHint;
}

/**
 * Sign, integer part (plain digits, or 1-3 digits then groups of exactly 3 after commas), fraction,
 * exponent, percent (also "85 %", as French typography writes it): what Excel accepts when the same text is typed into a cell.
 */
const NUMERIC_TEXT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|[+-]?\.\d+)(?:e([+-]?\d+))?(\s*%)?$/i;

/** Longest piece of a user's text quoted back in a message. */
const QUOTE_LIMIT = 40;

/** The value as a number, `null` when blank; #VALUE! for text that is no number or a boolean, #NUM! out of range. */
export function readNumber(value: CellValue, param: string, rules?: NumberRules): number | null {
  return coerce(value, () => ({ param }), rules);
}

/** The value as trimmed text, `null` when blank; a number gives its digits; TRUE/FALSE is #VALUE!. */
export function readText(value: CellValue, param: string): string | null {
  if (typeof value === "boolean") throw valueError("booleanNotText", { value, param });
  if (typeof value === "number") return String(value);
  const text = value?.trim();
  return text ? text : null;
}

/** Every cell of a range as a number or `null`, row by row; a message names the bad cell's row/column. */
export function readNumbers(range: CellValue[][], param: string, rules?: NumberRules): (number | null)[] {
  const columns = range[0]?.length ?? 0;
  const out: (number | null)[] = [];
  const ranged = rules !== undefined && (rules.positive || rules.nonNegative || rules.integer);
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      // A plain number or an empty cell, with no range rule to check: read here, without building a name for it (a range may hold a million).
      if (!ranged && typeof value === "number" && Number.isFinite(value)) out.push(value === 0 ? 0 : value);
      else if (value === null || value === undefined) out.push(null);
      else out.push(coerce(value, () => cellName(param, r, c, range.length, columns), rules));
    }
  }
  return out;
}

/** The cell as messages name it: "amounts", "amounts (row 3)", "amounts (column 2)" or "amounts (row 3, column 2)". */
function cellName(param: string, r: number, c: number, rows: number, columns: number): Subject {
  return { param, row: rows > 1 ? r + 1 : undefined, column: columns > 1 ? c + 1 : undefined };
}

/** `name` is a function so that a 100,000-cell range builds a cell's name only when it is wrong. */
function coerce(value: CellValue, name: () => Subject, rules: NumberRules | undefined): number | null {
  let x: number;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw numError("notFinite", { subject: name(), value });
    x = value;
  } else if (typeof value === "string") {
    const parsed = parseNumericText(value);
    if (parsed === null) return null;
    if (Number.isNaN(parsed)) throw valueError("notANumber", { subject: name(), text: quote(value), hint: rules?.hint ?? "amount" });
    if (!Number.isFinite(parsed)) throw numError("tooLarge", { subject: name(), text: quote(value) });
    x = parsed;
  } else if (typeof value === "boolean") {
    throw valueError("booleanNotNumber", { subject: name(), value });
  } else {
    return null;
  }
  if (rules) checkRange(x, name, rules);
  return x === 0 ? 0 : x; // no -0 from "-0"
}

/** `null` for blank text, NaN for text that is no number, else the number (±Infinity when it overflows). */
function parseNumericText(raw: string): number | null {
  // NFKC folds full-width digits, comma, period, signs, percent and the ideographic space to ASCII.
  const text = (/[^\x20-\x7e]/.test(raw) ? raw.normalize("NFKC").replace(/\u2212/g, "-") : raw).trim();
  if (text === "") return null;
  const m = NUMERIC_TEXT.exec(text);
  if (!m) return NaN;
  const [, mantissa, exponent = "0", percent] = m;
  // Shift the exponent instead of dividing by 100, so "12.3%" is the double nearest 0.123.
  return Number(`${mantissa.replace(/,/g, "")}e${Number(exponent) - (percent ? 2 : 0)}`);
}

function checkRange(x: number, name: () => Subject, rules: NumberRules): void {
  if (rules.positive && !(x > 0)) throw numError("notPositive", { subject: name(), value: x });
  if (rules.nonNegative && x < 0) throw numError("negative", { subject: name(), value: x });
  if (rules.integer && !Number.isInteger(x)) throw numError("notWhole", { subject: name(), value: x });
}

/** The user's text, cut to QUOTE_LIMIT characters (whole code points) so a pasted paragraph stays readable. */
export function quote(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT - 1).join("")}…` : chars.join("");
}
