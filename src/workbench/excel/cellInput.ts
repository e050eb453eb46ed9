/**
 * What a value written through Range.values / Range.formulas becomes in the cell, by Excel's rules
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member):
 * - a string starting with "=" is a formula; so is one starting with "+" or "-" that is not a
 *   number ("+A1" -> "=+A1"); a formula that cannot be parsed is InvalidArgument;
 * - in a cell formatted as Text ("@") every string stays text, as typed;
 * - a leading apostrophe keeps the rest as text ("'=1+1" shows =1+1);
 * - "" empties the cell; other strings are parsed as Excel parses input (numbers, TRUE/FALSE,
 *   percentages, currency, ISO and en-US dates, times) — HyperFormula does that parsing;
 * - numbers must be finite, text at most 32,767 characters, formulas at most 8,192.
 * Limits: https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
import type { RawCellContent } from "hyperformula";
import { HostError, invalidArgument } from "./errors";

const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;
/** "+5", "-1,200.50", "-$3", "+12%": signed numbers, which Excel keeps as numbers, not formulas. */
const SIGNED_NUMBER = /^[+-]\s*\$?\s*(\d[\d,]*\.?\d*|\.\d+)(e[+-]?\d+)?\s*%?\s*$/i;

export interface InputRules {
  /** The cell is formatted as Text. */
  asText: boolean;
  /** HyperFormula's parser accepts the formula. */
  isFormula(formula: string): boolean;
}

/** The content to give HyperFormula for one written value (null empties the cell). */
export function cellContent(value: unknown, rules: InputRules): RawCellContent {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalidArgument(`${value} is not a number a cell can hold`);
    return value;
  }
  if (typeof value !== "string") throw invalidArgument(`a cell value must be a string, number or boolean, not ${value === null ? "null" : typeof value}`);
  if (value.length > MAX_TEXT) throw invalidArgument(`text longer than ${MAX_TEXT} characters`);
  if (value === "") return null;
  // HyperFormula reads a leading apostrophe as "text follows" and does not show it, as Excel does.
  if (rules.asText) return `'${value}`;
  const formula = value.startsWith("=") ? value : /^[+-]/.test(value) && !SIGNED_NUMBER.test(value) ? `=${value}` : null;
  if (formula === null) return value;
  if (formula.length > MAX_FORMULA) throw new HostError("FormulaLengthExceedsLimit", `${formula.length} characters`);
  if (rules.isFormula(formula)) return formula;
  // "-Bob-" is not a formula Excel could parse either; it is kept as the text it is.
  if (!value.startsWith("=")) return value;
  throw invalidArgument(`the formula ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)} cannot be parsed`);
}
