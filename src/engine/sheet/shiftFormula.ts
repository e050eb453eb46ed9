/**
 * A formula moved to another cell the way Excel's copy and paste moves it: relative references
 * follow the move, the $-anchored parts stay. Used for what a manager typed in a review row when
 * regenerating puts that row elsewhere, so "=T12*2" beside rep E006 still reads E006's total.
 * Only A1 cell references are shifted (a whole-column "A:A" or whole-row "2:2" reference stays as
 * written); text in quotes, quoted sheet names and structured references in brackets are left alone.
 * A reference pushed off the sheet becomes #REF!, as in Excel.
 */
import { columnLetters, MAX_COLUMNS, MAX_ROWS } from "./address";

const CELL = /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Shifts the cell references of a stretch of formula text that holds no quotes or brackets. */
function shiftPlain(text: string, dRows: number, dCols: number): string {
  return text.replace(CELL, (whole, before: string, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
    const col = columnNumber(letters);
    const row = Number(digits) - 1;
    if (col >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return whole; // not a cell reference (e.g. a name)
    const newCol = colAnchor ? col : col + dCols;
    const newRow = rowAnchor ? row : row + dRows;
    if (newCol < 0 || newCol >= MAX_COLUMNS || newRow < 0 || newRow >= MAX_ROWS) return `${before}#REF!`;
    return `${before}${colAnchor}${columnLetters(newCol)}${rowAnchor}${newRow + 1}`;
  });
}

/** The formula with its relative references moved by (dRows, dCols); a formula not starting with "=" is returned as it is. */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (!formula.startsWith("=") || (dRows === 0 && dCols === 0)) return formula;
  let out = "";
  let plain = "";
  let i = 0;
  const flush = (): void => {
    out += shiftPlain(plain, dRows, dCols);
    plain = "";
  };
  while (i < formula.length) {
    const ch = formula[i];
    const close = ch === '"' ? '"' : ch === "'" ? "'" : ch === "[" ? "]" : null;
    if (close === null) {
      plain += ch;
      i++;
      continue;
    }
    flush();
    let j = i + 1;
    // A doubled quote inside quotes is a quote; brackets nest in structured references ("Table1[[#This Row],[Total]]").
    for (let depth = 1; j < formula.length && depth > 0; j++) {
      if (close === "]" && formula[j] === "[") depth++;
      else if (formula[j] === close) {
        if (close !== "]" && formula[j + 1] === close) j++;
        else depth--;
      }
    }
    out += formula.slice(i, j);
    i = j;
  }
  flush();
  return out;
}
