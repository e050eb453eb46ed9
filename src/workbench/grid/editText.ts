/**
 * The text a cell shows in the formula bar and starts an edit with: its formula, else its value
 * written so that entering it again gives the same cell, as Excel's formula bar does — a
 * percentage as "84%", a date as m/d/yyyy, a number in full, and text that would read as
 * something else ("=1+1", "00123", "TRUE") behind an apostrophe.
 */
import { formatValue } from "../excel/numberFormat";
import type { CellView } from "../excel/workbook";

/** Text that typed in would become a formula, number, date or logical. */
const READS_AS_OTHER = /^[=+\-@]|^\s*[\d.,$%/:\s-]+$|^\s*(true|false)\s*$/i;

const isDateFormat = (format: string): boolean => /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));

export function editText(view: CellView): string {
  if (view.formula !== undefined) return view.formula;
  if (typeof view.value === "string") return !view.isError && READS_AS_OTHER.test(view.value) ? `'${view.value}` : view.value;
  if (typeof view.value === "boolean") return view.value ? "TRUE" : "FALSE";
  const format = view.numberFormat.replace(/"[^"]*"/g, "");
  if (format.includes("%")) return `${Number((view.value * 100).toPrecision(15))}%`;
  if (isDateFormat(format)) return formatValue(view.value, Number.isInteger(view.value) ? "m/d/yyyy" : "m/d/yyyy h:mm:ss");
  return String(view.value);
}
