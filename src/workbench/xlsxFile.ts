/**
 * .xlsx files for the workbench, through ExcelJS (a dev-only dependency, as the page is):
 * WorkbookContent in and out. Kept: sheet names, order and visibility; values; formulas with
 * their last values; number formats; bold and solid fills; column widths; frozen panes; tables
 * (name and range; their style is Excel's default); conditional formats of the two types the
 * add-in makes, cell value rules and colour scales (conditionalFormatting in the sheet part,
 * ECMA-376 Part 1, 18.3.1.18), others named as not kept; the add-in's settings (the stored policy,
 * the review records), in the web extension part where Excel keeps them (below). Not kept: charts,
 * defined names, borders and other formatting; a save lists what it drops (WorkbookContent.notKept
 * and notWritable), and so does an open for the parts of the file it does not read.
 *
 * Add-in settings: Excel stores an add-in's settings as the properties of its web extension part,
 * xl/webextensions/webextension1.xml (`<we:properties><we:property name="key" value="JSON"/>`,
 * [MS-OWEXML] 2.1.1 and 5.1, https://learn.microsoft.com/openspecs/office_standards/ms-owexml/),
 * reached from the package through xl/webextensions/taskpanes.xml, as Microsoft's "Automatically
 * open a task pane with a document" shows the parts
 * (https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document).
 * The reference names the add-in by its manifest Id, store "developer" / storeType "Registry" as
 * for a sideloaded add-in. ExcelJS neither reads nor writes these parts: JSZip does, around it.
 *
 * Formulas are stored as Excel stores them:
 * - custom functions with the `_xldudf_` prefix and the namespace's dot as "_":
 *   `TELE.GRADE(` is `_xldudf_TELE_GRADE(` in the file, which is how Excel saves a JavaScript
 *   custom function (Microsoft's answer in https://github.com/OfficeDev/Excel-Custom-Functions/issues/108;
 *   a `[n]!` workbook reference before it, https://github.com/OfficeDev/office-js/issues/2568, is dropped on reading);
 * - functions newer than Excel 2007 with the `_xlfn.` prefix
 *   (https://support.microsoft.com/office/issue-an-xlfn-prefix-is-displayed-in-front-of-a-formula-882f1ef7-68fb-4fcd-8d54-9fbb77fd5025);
 * - a spilled result as an array formula over its spill range (Excel shows it as a legacy
 *   {=…} array formula), the spilled values cached in their cells.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnLetters, formatCells, parseAddress, rect, type Rect } from "../engine/sheet/address";
import type { SheetVisibility } from "./excel/sheet";
import type { CellValue } from "./excel/workbook";
import { countOf, type CellContent, type ConditionalFormatContent, type SheetContent, type WorkbookContent } from "./workbookContent";

/** manifest.xml's <Id> and <Version>: the add-in whose settings a file's web extension part holds. */
export const ADDIN_ID = "a2fe871e-30c6-4b13-8808-3a881fa7cc32";
export const ADDIN_VERSION = "0.1.0.0";

/** The custom functions' namespace (manifest.xml's Functions.Namespace). */
const NAMESPACE = "TELE";

/** Functions the add-in's sheets may use that Excel stores with `_xlfn.` (from Microsoft's list above). */
const FUTURE_FUNCTIONS = [
  "RANK.EQ", "RANK.AVG", "PERCENTRANK.INC", "PERCENTRANK.EXC", "PERCENTILE.INC", "PERCENTILE.EXC",
  "QUARTILE.INC", "QUARTILE.EXC", "STDEV.S", "STDEV.P", "VAR.S", "VAR.P", "MODE.SNGL",
  "IFNA", "IFS", "SWITCH", "XOR", "MAXIFS", "MINIFS", "CONCAT", "TEXTJOIN", "DAYS", "ISOWEEKNUM",
  "CEILING.MATH", "FLOOR.MATH", "NETWORKDAYS.INTL", "WORKDAY.INTL", "XLOOKUP", "SEQUENCE", "UNIQUE",
];

/** The error values an .xlsx cell can hold; the formula engine's own (#CYCLE!, #ERROR!…) are saved as #VALUE!. */
const FILE_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/** Excel's day 0 (1899-12-30), so that serial 1 is 1900-01-01 for every date after February 1900. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const FUTURE_CALL = new RegExp(`(?<![\\w.])(${FUTURE_FUNCTIONS.map(escapeRegExp).join("|")})\\s*\\(`, "gi");
const CUSTOM_CALL = new RegExp(`(?<![\\w.])${NAMESPACE}\\.(\\w+)\\s*\\(`, "gi");
const STORED_CUSTOM = new RegExp(`(?:\\[\\d+\\]!)?_xldudf_${NAMESPACE}_`, "gi");

/** Applies `change` to the parts of a formula outside its "string literals". */
function outsideStrings(formula: string, change: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join("");
}

/** "=TELE.GRADE(RANK.EQ(A1,A:A))" -> "_xldudf_TELE_GRADE(_xlfn.RANK.EQ(A1,A:A))", as the file stores it. */
export function toFileFormula(formula: string): string {
  return outsideStrings(formula.replace(/^=/, ""), (code) =>
    code.replace(CUSTOM_CALL, (_, name: string) => `_xldudf_${NAMESPACE}_${name}(`).replace(FUTURE_CALL, (_, name: string) => `_xlfn.${name}(`),
  );
}

/** The file's formula as typed: "=TELE.GRADE(RANK.EQ(A1,A:A))". */
export function fromFileFormula(stored: string): string {
  return `=${outsideStrings(stored, (code) => code.replace(STORED_CUSTOM, `${NAMESPACE}.`).replace(/_xlfn\.|_xlws\./gi, ""))}`;
}

// ---- writing ----------------------------------------------------------------------------

function fileError(text: string): ExcelJS.CellErrorValue {
  return { error: (FILE_ERRORS.has(text) ? text : "#VALUE!") as ExcelJS.CellErrorValue["error"] };
}

/** The cell's value for ExcelJS; a spilling formula at (row, col) becomes an array formula over its spill. */
function fileValue(cell: CellContent, row: number, col: number): ExcelJS.CellValue {
  const value = cell.error ? fileError(String(cell.value)) : cell.value;
  if (cell.formula === undefined) return value;
  const result = value as ExcelJS.CellFormulaValue["result"];
  const formula = toFileFormula(cell.formula);
  if (!cell.spill) return { formula, result, date1904: false };
  const ref = formatCells(rect(row, col, cell.spill.rows, cell.spill.cols));
  return { formula, result, shareType: "array", ref, date1904: false } as ExcelJS.CellValue;
}

/** Points to Excel's column width in characters of the default font: pixels = 7 × characters + 5, at 96 dpi. */
const widthInCharacters = (points: number): number => Math.max(0, (points / 0.75 - 5) / 7);
const widthInPoints = (characters: number): number => (Math.round(characters * 7) + 5) * 0.75;

const FILE_STATES: Record<SheetVisibility, ExcelJS.WorksheetState> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

// ---- conditional formats ------------------------------------------------------------------

/** Excel.ConditionalCellValueOperator -> the file's operator (ST_ConditionalFormattingOperator). */
const CELL_OPERATORS: Record<string, string> = {
  EqualTo: "equal", NotEqualTo: "notEqual", GreaterThan: "greaterThan", GreaterThanOrEqual: "greaterThanOrEqual",
  LessThan: "lessThan", LessThanOrEqual: "lessThanOrEqual", Between: "between", NotBetween: "notBetween",
};
/** Excel.ConditionalFormatColorCriterionType -> the file's value type (ST_CfvoType). */
const CRITERION_TYPES: Record<string, string> = {
  LowestValue: "min", HighestValue: "max", Number: "num", Percent: "percent", Percentile: "percentile", Formula: "formula",
};
const invert = (map: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k]));
const FILE_OPERATORS = invert(CELL_OPERATORS);
const FILE_CRITERIA = invert(CRITERION_TYPES);
const CRITERIA = ["minimum", "midpoint", "maximum"] as const;

type Node = Record<string, unknown> | undefined;
const at = (node: unknown, ...path: string[]): unknown => path.reduce<unknown>((n, key) => (n as Node)?.[key], node);
const argb = (color: unknown): { argb: string } | undefined => (typeof color === "string" && /^#[0-9A-F]{6}$/i.test(color) ? { argb: `FF${color.slice(1).toUpperCase()}` } : undefined);
const hex = (color: unknown): string | undefined => {
  const value = (color as { argb?: unknown } | undefined)?.argb;
  return typeof value === "string" && /^[0-9A-F]{8}$/i.test(value) ? `#${value.slice(2).toUpperCase()}` : undefined;
};
const noEquals = (formula: unknown): string => String(formula).replace(/^=/, "");

/** The file's rule for a recorded format, or null for a type or setting this writer does not know. */
function fileRule(format: ConditionalFormatContent): ExcelJS.ConditionalFormattingRule | null {
  const priority = format.priority + 1; // the file counts from 1
  if (format.type === "CellValue") {
    const rule = at(format.spec, "cellValue", "rule") as { formula1?: unknown; formula2?: unknown; operator?: string } | undefined;
    const operator = rule?.operator === undefined ? undefined : CELL_OPERATORS[rule.operator];
    if (!rule || !operator || rule.formula1 === undefined) return null;
    const fill = argb(at(format.spec, "cellValue", "format", "fill", "color"));
    const font = argb(at(format.spec, "cellValue", "format", "font", "color"));
    return {
      type: "cellIs",
      operator,
      priority,
      formulae: [rule.formula1, ...(rule.formula2 === undefined ? [] : [rule.formula2])].map(noEquals),
      style: { ...(fill ? { fill: { type: "pattern", pattern: "solid", bgColor: fill } } : {}), ...(font ? { font: { color: font } } : {}) },
    } as ExcelJS.ConditionalFormattingRule;
  }
  if (format.type === "ColorScale") {
    const criteria = CRITERIA.map((c) => at(format.spec, "colorScale", "criteria", c) as { type?: string; formula?: unknown; color?: unknown } | undefined).filter((c) => c !== undefined);
    const known = criteria.every((c) => c!.type !== undefined && CRITERION_TYPES[c!.type] !== undefined && argb(c!.color));
    if (criteria.length < 2 || !known) return null;
    return {
      type: "colorScale",
      priority,
      cfvo: criteria.map((c) => ({ type: CRITERION_TYPES[c!.type!], ...(c!.formula === undefined ? {} : { value: Number(c!.formula) }) })),
      color: criteria.map((c) => argb(c!.color)!),
    } as ExcelJS.ConditionalFormattingRule;
  }
  return null;
}

/** The recorded format for a rule the file holds, or null for one this reader does not know. */
function recordedFormat(rule: ExcelJS.ConditionalFormattingRule, area: Rect): ConditionalFormatContent | null {
  const r = rule as unknown as { type: string; operator?: string; formulae?: unknown[]; priority?: number; style?: { fill?: { bgColor?: unknown }; font?: { color?: unknown } }; cfvo?: { type: string; value?: unknown }[]; color?: unknown[] };
  const base = { area, priority: Math.max(0, (r.priority ?? 1) - 1), stopIfTrue: false };
  if (r.type === "cellIs" && r.operator && FILE_OPERATORS[r.operator] && r.formulae?.length) {
    const [formula1, formula2] = r.formulae.map((f) => `=${String(f)}`);
    const fill = hex(r.style?.fill?.bgColor);
    const font = hex(r.style?.font?.color);
    const format = { ...(fill ? { fill: { color: fill } } : {}), ...(font ? { font: { color: font } } : {}) };
    return { ...base, type: "CellValue", spec: { cellValue: { format, rule: { formula1, ...(formula2 ? { formula2 } : {}), operator: FILE_OPERATORS[r.operator] } } } };
  }
  if (r.type === "colorScale" && r.cfvo && r.color && r.cfvo.length === r.color.length && r.cfvo.length >= 2 && r.cfvo.length <= 3) {
    const names = r.cfvo.length === 2 ? ["minimum", "maximum"] : CRITERIA;
    const criteria = Object.fromEntries(
      r.cfvo.map((v, i) => [names[i], { type: FILE_CRITERIA[v.type], ...(v.value === undefined ? {} : { formula: String(v.value) }), color: hex(r.color![i]) }]),
    );
    if (Object.values(criteria).some((c) => !c.type || !c.color)) return null;
    return { ...base, type: "ColorScale", spec: { colorScale: { criteria } } };
  }
  return null;
}

/** The sheet's conditional formatting as ExcelJS read it (a property its typings do not declare). */
function fileFormats(ws: ExcelJS.Worksheet): { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] {
  return (ws as unknown as { conditionalFormattings?: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] }).conditionalFormattings ?? [];
}

/** What of `content` the file cannot hold: conditional formats of types (or settings) the writer does not know. */
export function notWritable(content: WorkbookContent): string[] {
  const n = content.sheets.reduce((sum, sheet) => sum + (sheet.conditionalFormats ?? []).filter((f) => fileRule(f) === null).length, 0);
  return n > 0 ? [countOf(n, "conditional format of another kind", "conditional formats of other kinds")] : [];
}

function writeSheet(book: ExcelJS.Workbook, sheet: SheetContent): void {
  const ws = book.addWorksheet(sheet.name, { state: FILE_STATES[sheet.visibility ?? "Visible"] });
  // Tables first: ExcelJS writes a table's rows into its cells, which the loop below then
  // overwrites with the real contents (formulas included).
  for (const table of sheet.tables ?? []) {
    const row = (r: number) => Array.from({ length: table.area.cols }, (_, c) => sheet.cells[r]?.[table.area.col + c]);
    const body = Array.from({ length: table.area.rows - 1 }, (_, i) => row(table.area.row + 1 + i).map((cell) => (cell && !cell.error ? cell.value : null)));
    ws.addTable({
      name: table.name,
      ref: formatCells(rect(table.area.row, table.area.col)),
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: row(table.area.row).map((cell) => ({ name: String(cell?.value ?? ""), filterButton: true })),
      rows: body,
    });
  }
  sheet.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = fileValue(cell, r, c);
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      if (cell.bold) target.font = { bold: true };
      if (cell.fill && /^#[0-9A-F]{6}$/i.test(cell.fill)) {
        target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${cell.fill.slice(1).toUpperCase()}` } };
      }
    }),
  );
  for (const [col, points] of Object.entries(sheet.columnWidths ?? {})) ws.getColumn(Number(col) + 1).width = widthInCharacters(points);
  for (const format of sheet.conditionalFormats ?? []) {
    const rule = fileRule(format);
    if (rule) ws.addConditionalFormatting({ ref: formatCells(format.area), rules: [rule] });
  }
  const { rows = 0, columns = 0 } = sheet.freeze ?? {};
  if (rows > 0 || columns > 0) ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: `${columnLetters(columns)}${rows + 1}` }];
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const TASKPANES = "xl/webextensions/taskpanes.xml";
const WEB_EXTENSION = "xl/webextensions/webextension1.xml";

const xmlEscape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const xmlUnescape = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[e.toLowerCase()],
  );

/** Adds the web extension part holding `settings` (JSON text by key), with its relationships and content types. */
async function addSettingsPart(zip: JSZip, settings: Record<string, string>): Promise<void> {
  const properties = Object.entries(settings).map(([key, json]) => `<we:property name="${xmlEscape(key)}" value="${xmlEscape(json)}"/>`).join("");
  zip.file(
    WEB_EXTENSION,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="${WE_NS}" id="{${ADDIN_ID.toUpperCase()}}">` +
      `<we:reference id="${ADDIN_ID}" version="${ADDIN_VERSION}" store="developer" storeType="Registry"/><we:alternateReferences/>` +
      `<we:properties>${properties}</we:properties><we:bindings/><we:snapshot xmlns:r="${REL_NS}"/></we:webextension>`,
  );
  zip.file(
    TASKPANES,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">` +
      `<wetp:taskpane dockstate="right" visibility="0" width="350" row="0"><wetp:webextensionref xmlns:r="${REL_NS}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
  );
  zip.file(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
  );
  const rels = await zip.file("_rels/.rels")!.async("string");
  zip.file(
    "_rels/.rels",
    rels.replace("</Relationships>", `<Relationship Id="rIdTeleScoreTaskpanes" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="${TASKPANES}"/></Relationships>`),
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/${TASKPANES}" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>` +
        `<Override PartName="/${WEB_EXTENSION}" ContentType="application/vnd.ms-office.webextension+xml"/></Types>`,
    ),
  );
}

/** The content as an .xlsx file. */
export async function writeXlsx(content: WorkbookContent): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of content.sheets) writeSheet(book, sheet);
  // Workbook names over ranges (ECMA-376 Part 1, 18.2.5 definedName), as Excel keeps them.
  for (const { name, range } of content.names ?? []) book.definedNames.add(range, name);
  const buffer = await book.xlsx.writeBuffer();
  const settings = content.settings ?? {};
  if (Object.keys(settings).length === 0) return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer).slice().buffer;
  const zip = await JSZip.loadAsync(buffer);
  await addSettingsPart(zip, settings);
  return zip.generateAsync({ type: "arraybuffer", compression: "DEFLATE" });
}

// ---- reading ----------------------------------------------------------------------------

function serialOf(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH) / DAY_MS;
}

/** A value ExcelJS read (a cell's, or a formula's cached result) as the cell shows it. */
function plainValue(value: unknown): { value: CellValue; error?: boolean } {
  if (value === null || value === undefined) return { value: "" };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return { value };
  if (value instanceof Date) return { value: serialOf(value) };
  const v = value as Partial<ExcelJS.CellErrorValue & ExcelJS.CellRichTextValue & ExcelJS.CellHyperlinkValue>;
  if (v.error) return { value: v.error, error: true };
  if (v.richText) return { value: v.richText.map((run) => run.text).join("") };
  if (typeof v.text === "string") return { value: v.text };
  return { value: "" };
}

function readCell(cell: ExcelJS.Cell): CellContent {
  const raw = cell.value as unknown;
  const isFormula = typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw);
  const content: CellContent = isFormula ? { ...plainValue((raw as ExcelJS.CellFormulaValue).result), formula: fromFileFormula(cell.formula) } : plainValue(raw);
  if (!content.error) delete content.error;
  if (cell.numFmt && cell.numFmt !== "General") content.numberFormat = cell.numFmt;
  if (cell.font?.bold) content.bold = true;
  const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? cell.fill.fgColor?.argb : undefined;
  if (fill && /^[0-9A-F]{8}$/i.test(fill)) content.fill = `#${fill.slice(2).toUpperCase()}`;
  return content;
}

const SHEET_VISIBILITY: Record<string, SheetVisibility> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

function readSheet(ws: ExcelJS.Worksheet): SheetContent {
  const cells: (CellContent | null)[][] = [];
  const arrays: { row: number; col: number; ref: string }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const content = readCell(cell);
      if (content.value === "" && content.formula === undefined && Object.keys(content).length === 1) return;
      (cells[r - 1] ??= [])[c - 1] = content;
      const raw = cell.value as Partial<ExcelJS.CellFormulaValue> & { shareType?: string; ref?: string };
      if (raw && raw.shareType === "array" && raw.ref) arrays.push({ row: r - 1, col: c - 1, ref: raw.ref });
    }),
  );
  for (const { row, col, ref } of arrays) {
    const area = parseAddress(ref)?.rect;
    if (!area) continue;
    cells[row][col]!.spill = { rows: area.rows, cols: area.cols };
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) {
        const cell = cells[r]?.[c];
        if ((r !== row || c !== col) && cell) cell.spilled = true;
      }
    }
  }
  const dense = Array.from({ length: cells.length }, (_, r) => Array.from({ length: cells[r]?.length ?? 0 }, (_, c) => cells[r]?.[c] ?? null));
  const columnWidths: Record<number, number> = {};
  for (let c = 1; c <= ws.columnCount; c++) {
    const width = ws.getColumn(c).width;
    if (width !== undefined) columnWidths[c - 1] = widthInPoints(width);
  }
  const view = (ws.views ?? []).find((v) => v.state === "frozen") as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  return {
    name: ws.name,
    visibility: SHEET_VISIBILITY[ws.state] ?? "Visible",
    cells: dense,
    columnWidths,
    freeze: { rows: view?.ySplit ?? 0, columns: view?.xSplit ?? 0 },
    conditionalFormats: fileFormats(ws).flatMap(({ ref, rules }) => {
      const area = parseAddress(ref.split(" ")[0])?.rect;
      return area ? rules.flatMap((rule) => recordedFormat(rule, area) ?? []) : [];
    }),
    tables: ws.getTables().flatMap((t) => {
      const model = (t as unknown as { table: { name: string; tableRef?: string; ref?: string } }).table;
      const area = parseAddress(model.tableRef ?? model.ref ?? "")?.rect;
      return area ? [{ name: model.name, area }] : [];
    }),
  };
}

/** An XML element's attributes by local name. */
function attributes(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)].map(([, name, value]) => [name.replace(/^.*:/, ""), xmlUnescape(value)]));
}

/**
 * This add-in's settings from the file's web extension parts; how many parts belong to other
 * add-ins, and how many properties hold no JSON (Excel writes JSON; such a value is not read).
 */
async function readSettingsParts(zip: JSZip): Promise<{ settings: Record<string, string>; others: number; unreadable: number }> {
  const settings: Record<string, string> = {};
  let others = 0;
  let unreadable = 0;
  for (const part of zip.file(/^xl\/webextensions\/webextension\d*\.xml$/)) {
    const xml = await part.async("string");
    const reference = /<(?:\w+:)?reference\b([^>]*)>/.exec(xml);
    if (!reference || attributes(reference[1]).id?.replace(/[{}]/g, "").toLowerCase() !== ADDIN_ID) {
      others++;
      continue;
    }
    for (const [, attrs] of xml.matchAll(/<(?:\w+:)?property\b([^>]*)>/g)) {
      const { name, value } = attributes(attrs);
      if (name === undefined || value === undefined) continue;
      try {
        JSON.parse(value);
        settings[name] = value;
      } catch {
        unreadable++;
      }
    }
  }
  return { settings, others, unreadable };
}

/** The parts of the file that a WorkbookContent does not hold, counted ("1 chart"). */
function notRead(zip: JSZip, unreadFormats: number, others: number, unreadable: number): string[] {
  const count = (pattern: RegExp) => zip.file(pattern).length;
  const counts: [number, string, string][] = [
    [count(/^xl\/charts\/chart\d+\.xml$/), "chart", "charts"],
    [unreadFormats, "conditional format of another kind", "conditional formats of other kinds"],
    [count(/^xl\/media\//), "picture", "pictures"],
    [count(/^xl\/(comments\d+|threadedComments\/threadedComment\d+)\.xml$/), "comment part", "comment parts"],
    [count(/^xl\/pivotTables\//), "pivot table", "pivot tables"],
    [others, "other add-in's settings", "other add-ins' settings"],
    [unreadable, "setting that is not JSON", "settings that are not JSON"],
  ];
  return counts.filter(([n]) => n > 0).map(([n, one, many]) => countOf(n, one, many));
}

/** The content of an .xlsx file: its sheets, this add-in's settings, and what was not read. */
export async function readXlsx(data: ArrayBuffer): Promise<WorkbookContent> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data);
  const zip = await JSZip.loadAsync(data);
  const { settings, others, unreadable } = await readSettingsParts(zip);
  const sheets = book.worksheets.map(readSheet);
  const rules = book.worksheets.reduce((n, ws) => n + fileFormats(ws).reduce((m, block) => m + block.rules.length, 0), 0);
  const unreadFormats = rules - sheets.reduce((n, sheet) => n + (sheet.conditionalFormats?.length ?? 0), 0);
  const names = (book.definedNames.model as { name: string; ranges: string[] }[]).flatMap((n) => (n.ranges.length === 1 ? [{ name: n.name, range: n.ranges[0] }] : []));
  return { sheets, settings, ...(names.length > 0 ? { names } : {}), notKept: notRead(zip, unreadFormats, others, unreadable) };
}
