/**
 * A workbook's content as plain data — sheets, their cells (constants, formulas with their last
 * values, number formats, bold and fill), column widths, frozen panes and tables — the form the
 * sample workbook is written in and .xlsx files are read into and written from. `readContent`
 * takes it from the emulated workbook, `replaceContent` puts it in place of everything there was.
 */
import { lastCol, lastRow, nameTarget, rect, type Rect } from "../engine/sheet/address";
import { ANNOTATION_KINDS, type AnnotationKind } from "./excel/cellStyles";
import type { SheetVisibility } from "./excel/sheet";
import type { CellValue, Workbook } from "./excel/workbook";
import { spillSize } from "./engineDetails";

export interface CellContent {
  /** A constant, or a formula's last value (what a file caches). An error is its text, "#N/A". */
  value: CellValue;
  /** The formula, "=...", when the cell has one. */
  formula?: string;
  /** The value is an error. */
  error?: boolean;
  /** A formula whose result spills over rows × cols, itself included. */
  spill?: { rows: number; cols: number };
  /** The value was spilled here by a formula above or to the left; it is not typed back in. */
  spilled?: boolean;
  numberFormat?: string;
  bold?: boolean;
  /** Fill colour, "#RRGGBB". */
  fill?: string;
}

/** A conditional format as the host records it (conditionalFormat.ts): not evaluated, kept. */
export interface ConditionalFormatContent {
  /** Excel.ConditionalFormatType: "CellValue", "ColorScale"... */
  type: string;
  area: Rect;
  priority: number;
  stopIfTrue: boolean;
  /** What was set on it: `cellValue.rule`, `cellValue.format.fill.color`, `colorScale.criteria`... */
  spec: Record<string, unknown>;
}

export interface TableContent {
  name: string;
  /** The header row and the body. */
  area: Rect;
}

export interface SheetContent {
  name: string;
  visibility?: SheetVisibility;
  /** Rows of cells from A1; null (or a missing cell) is empty. */
  cells: (CellContent | null)[][];
  /** Widths in points by column index; other columns have the standard width. */
  columnWidths?: Record<number, number>;
  freeze?: { rows: number; columns: number };
  tables?: TableContent[];
  conditionalFormats?: ConditionalFormatContent[];
}

export interface WorkbookContent {
  sheets: SheetContent[];
  /** Add-in settings by key, as the JSON text Excel keeps (SettingCollection). */
  settings?: Record<string, string>;
  /** Workbook-scoped names over a block of cells: the name and its range ("'Review 2026-07'!$A$13:$L$20"). */
  names?: { name: string; range: string }[];
  /** What the source held that this content does not carry ("2 charts"), for the page to say so. */
  notKept?: string[];
}

const GENERAL = "General";

/** A recorded spec is plain JSON data: a copy shares nothing with the workbook. */
const copyOf = (spec: Record<string, unknown>): Record<string, unknown> => JSON.parse(JSON.stringify(spec)) as Record<string, unknown>;

/** How many of a thing, in words: "1 chart", "3 charts". */
export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/**
 * What of `workbook` a WorkbookContent cannot hold: charts (the host records them without drawing
 * them), borders, defined names, the cells' annotations (hyperlinks, comments, notes, data
 * validation). Named, so that a save says so.
 */
const ANNOTATION_WORDS: Record<AnnotationKind, [string, string]> = {
  hyperlink: ["cell with a hyperlink", "cells with a hyperlink"],
  comment: ["comment", "comments"],
  note: ["note", "notes"],
  dataValidation: ["cell with data validation", "cells with data validation"],
};

function notKeptOf(workbook: Workbook): string[] {
  const total = (pick: (sheet: Workbook["sheets"][number]) => number) => workbook.sheets.reduce((n, sheet) => n + pick(sheet), 0);
  const counts: [number, string, string][] = [
    [total((s) => s.charts.filter((c) => !c.removed).length), "chart", "charts"],
    [total((s) => s.recordedFormats.length), "border or other recorded format", "borders or other recorded formats"],
    [workbook.definedNames.filter((n) => !n.removed && rangeOfName(workbook, n) === null).length, "defined name that is not a range", "defined names that are not a range"],
    ...ANNOTATION_KINDS.map((kind): [number, string, string] => [total((s) => s.styles.cells(kind).length), ...ANNOTATION_WORDS[kind]]),
  ];
  return counts.filter(([n]) => n > 0).map(([n, one, many]) => countOf(n, one, many));
}

/** A name's range without the "=", or null when it is no range of a sheet (a constant, a formula, #REF!). */
function rangeOfName(workbook: Workbook, name: Workbook["definedNames"][number]): string | null {
  const formula = workbook.nameFormula(name);
  return nameTarget(formula)?.sheet !== undefined ? formula.replace(/^=/, "") : null;
}

/** The names over ranges, when there are any (a workbook without names has no `names`). */
function namesOf(workbook: Workbook): Pick<WorkbookContent, "names"> {
  const names = workbook.definedNames.flatMap((n) => {
    const range = n.removed ? null : rangeOfName(workbook, n);
    return range === null ? [] : [{ name: n.name, range }];
  });
  return names.length > 0 ? { names } : {};
}

/** The content of every sheet of `workbook`, in tab order, its add-in settings and its names over ranges. */
export function readContent(workbook: Workbook): WorkbookContent {
  return {
    settings: Object.fromEntries(workbook.settings),
    ...namesOf(workbook),
    notKept: notKeptOf(workbook),
    sheets: workbook.sheets.map((sheet) => {
      const used = workbook.usedArea(sheet);
      const spilledInto = new Set<string>();
      const cells = used === null ? [] : Array.from({ length: lastRow(used) + 1 }, (_, row) =>
        Array.from({ length: lastCol(used) + 1 }, (_, col): CellContent | null => {
          const view = workbook.cell(sheet, row, col);
          const cell: CellContent = { value: view.value };
          if (view.formula !== undefined) cell.formula = view.formula;
          if (view.isError) cell.error = true;
          const spill = view.formula === undefined ? null : spillSize(workbook, sheet, row, col);
          if (spill) {
            cell.spill = spill;
            for (let r = 0; r < spill.rows; r++) for (let c = 0; c < spill.cols; c++) if (r || c) spilledInto.add(`${row + r},${col + c}`);
          }
          if (spilledInto.has(`${row},${col}`)) cell.spilled = true;
          if (view.numberFormat !== GENERAL) cell.numberFormat = view.numberFormat;
          if (sheet.styles.get(row, col, "bold") === true) cell.bold = true;
          const fill = String(sheet.styles.get(row, col, "fill")).toUpperCase();
          if (fill !== "#FFFFFF") cell.fill = fill;
          const empty = view.value === "" && view.formula === undefined && Object.keys(cell).length === 1;
          return empty ? null : cell;
        }),
      );
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        cells,
        columnWidths: Object.fromEntries(sheet.columnWidths),
        freeze: { ...sheet.freeze },
        tables: workbook.tables.filter((t) => t.sheet === sheet).map((t) => ({ name: t.name, area: t.area })),
        conditionalFormats: sheet.conditionalFormats
          .filter((f) => !f.removed)
          .map(({ type, area, priority, stopIfTrue, spec }) => ({ type, area, priority, stopIfTrue, spec: copyOf(spec) })),
      };
    }),
  };
}

/** What to type into a cell to get `cell` back: text keeps an apostrophe so "00123" or "TRUE" stay text. */
function input(cell: CellContent | null | undefined): CellValue {
  if (!cell || cell.spilled) return "";
  if (cell.formula !== undefined) return cell.formula;
  return typeof cell.value === "string" && cell.value !== "" && !cell.error ? `'${cell.value}` : cell.value;
}

/** Runs of equal, non-default values along each row: one style layer per run, not per cell. */
function styleRuns<T>(cells: (CellContent | null)[][], pick: (cell: CellContent) => T | undefined): { area: Rect; value: T }[] {
  const runs: { area: Rect; value: T }[] = [];
  cells.forEach((row, r) => {
    let start = 0;
    for (let c = 1; c <= row.length; c++) {
      const value = row[start] ? pick(row[start]!) : undefined;
      const next = c < row.length && row[c] ? pick(row[c]!) : undefined;
      if (c < row.length && next === value) continue;
      if (value !== undefined) runs.push({ area: rect(r, start, 1, c - start), value });
      start = c;
    }
  });
  return runs;
}

/**
 * Replaces the whole workbook — sheets, tables, defined names and add-in settings — with
 * `content`, as opening another file does, then ends the batch (listeners hear of it once).
 */
export function replaceContent(workbook: Workbook, content: WorkbookContent): void {
  if (content.sheets.length === 0) throw new Error("A workbook has at least one sheet.");
  // A sheet to hold the workbook's place while the old sheets go and the new ones come.
  const taken = new Set([...workbook.sheets, ...content.sheets].map((s) => s.name.toLowerCase()));
  let placeholderName = "Opening";
  for (let n = 2; taken.has(placeholderName.toLowerCase()); n++) placeholderName = `Opening${n}`;
  const placeholder = workbook.addSheet(placeholderName);
  workbook.activate(placeholder);
  for (const sheet of workbook.sheets.filter((s) => s !== placeholder)) workbook.deleteSheet(sheet);
  for (const name of [...workbook.definedNames]) workbook.deleteName(name);
  for (const key of [...workbook.settings.keys()]) workbook.deleteSetting(key);

  // Every sheet exists before any formula is written, so references between sheets resolve.
  const sheets = content.sheets.map((s) => workbook.addSheet(s.name));
  content.sheets.forEach((source, i) => {
    const sheet = sheets[i];
    const width = Math.max(0, ...source.cells.map((row) => row.length));
    if (source.cells.length > 0 && width > 0) {
      const area = rect(0, 0, source.cells.length, width);
      workbook.write(sheet, area, source.cells.map((row) => Array.from({ length: width }, (_, c) => input(row[c]))));
      const formats = source.cells.map((row) => Array.from({ length: width }, (_, c) => row[c]?.numberFormat ?? null));
      if (formats.some((row) => row.some((f) => f !== null))) workbook.writeNumberFormat(sheet, area, formats);
    }
    for (const { area, value } of styleRuns(source.cells, (c) => c.bold || undefined)) workbook.setStyle(sheet, area, "bold", value);
    for (const { area, value } of styleRuns(source.cells, (c) => c.fill)) workbook.setStyle(sheet, area, "fill", value);
    for (const [col, points] of Object.entries(source.columnWidths ?? {})) workbook.setColumnWidth(sheet, rect(0, Number(col)), points);
    sheet.freeze = { rows: source.freeze?.rows ?? 0, columns: source.freeze?.columns ?? 0 };
    for (const f of source.conditionalFormats ?? []) {
      sheet.conditionalFormats.push({ id: String(workbook.newId()), sheet, ...f, spec: copyOf(f.spec), removed: false });
    }
    for (const t of source.tables ?? []) {
      const table = workbook.addTable(sheet, t.area, true);
      try {
        workbook.renameTable(table, t.name);
      } catch {
        // A name this workbook cannot take (already used, or against Excel's rules) keeps "TableN".
      }
    }
  });
  content.sheets.forEach((source, i) => source.visibility && source.visibility !== "Visible" && workbook.setVisibility(sheets[i], source.visibility));
  for (const { name, range } of content.names ?? []) {
    try {
      workbook.addName(name, `=${range}`);
    } catch {
      // A name this workbook cannot take (a table has it, or its sheet is not in the file) is left out.
    }
  }
  // The pane hears of the file's settings as of a co-author's: the page replaces the document in place.
  workbook.receiveSettings(Object.fromEntries(Object.entries(content.settings ?? {}).map(([key, json]) => [key, JSON.parse(json)])));
  workbook.activate(sheets.find((s) => s.visibility === "Visible") ?? sheets[0]);
  workbook.deleteSheet(placeholder);
  workbook.endBatch();
}
