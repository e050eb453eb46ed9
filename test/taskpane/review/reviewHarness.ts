/**
 * The Excel the review adapter tests run against: the emulated host (src/workbench/excel) over
 * HyperFormula, with the TELE functions registered from the functions.json the generator makes
 * (as test/functions/formulas.test.ts does), so live review formulas compute and their values can
 * be read back. The default policy is in the store the functions read.
 */
import "../../support/customFunctionsGlobal";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { defaultPolicy, type Policy } from "../../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../../src/engine/policyStore";
import * as functions from "../../../src/functions/functions";
import { formatCells, parseAddress, rect } from "../../../src/engine/sheet/address";
import { createExcelHost, type ExcelHost } from "../../../src/workbench/excel/host";
import type { Sheet } from "../../../src/workbench/excel/sheet";
import { Workbook, type CellValue, type FunctionPluginEntry } from "../../../src/workbench/excel/workbook";
import { buildFormulaPlugin, type CustomFunctionImplementation, type CustomFunctionsMetadata } from "../../../src/workbench/teleFormulaPlugin";

let plugin: Promise<FunctionPluginEntry> | undefined;

/** The TELE functions as a HyperFormula plugin, built once per test file. */
function teleFunctions(): Promise<FunctionPluginEntry> {
  plugin ??= generateCustomFunctionsMetadata(join(__dirname, "../../../src/functions/functions.ts")).then((generated) => {
    const metadata = JSON.parse(generated.metadataJson) as CustomFunctionsMetadata;
    const exported = functions as unknown as Record<string, CustomFunctionImplementation>;
    return buildFormulaPlugin(metadata, Object.fromEntries(generated.associate.map(({ id, functionName }) => [id, exported[functionName]])));
  });
  return plugin;
}

export interface TestWorkbook {
  workbook: Workbook;
  host: ExcelHost;
  sheet(name: string): Sheet;
  /** Values of an A1 range ("Review 2026-07!A9:C12" is written "'Review 2026-07'!A9:C12"). */
  values(address: string): CellValue[][];
  formulas(address: string): CellValue[][];
  numberFormats(address: string): string[][];
  /** Writes cells as a user types them: strings through Excel's input rules; null empties a cell. */
  put(address: string, rows: unknown[][]): void;
  /** Makes the block an Excel table of that name (header row first). */
  table(address: string, name: string): void;
  sheetNames(): string[];
}

function at(workbook: Workbook, address: string): { sheet: Sheet; area: ReturnType<typeof rect> } {
  const parsed = parseAddress(address);
  if (!parsed || parsed.sheet === undefined) throw new Error(`not a sheet address: ${address}`);
  const sheet = workbook.sheet(parsed.sheet);
  if (!sheet) throw new Error(`no sheet ${parsed.sheet}`);
  return { sheet, area: parsed.rect };
}

/** A workbook with these sheets (each given as rows from A1), the host installed as the global Excel, the default policy set. */
export async function reviewWorkbook(sheets: Record<string, unknown[][]>, policy: Policy = defaultPolicy()): Promise<TestWorkbook> {
  resetPolicyStoreForTests();
  setPolicy(policy);
  const workbook = new Workbook({ functionPlugins: [await teleFunctions()], sheetNames: Object.keys(sheets) });
  const host = createExcelHost(workbook);
  host.install();
  for (const [name, rows] of Object.entries(sheets)) {
    if (rows.length > 0) workbook.write(workbook.sheet(name)!, rect(0, 0, rows.length, Math.max(...rows.map((r) => r.length))), pad(rows));
  }
  workbook.endBatch();
  return {
    workbook,
    host,
    sheet: (name) => workbook.sheet(name)!,
    values: (address) => {
      const { sheet, area } = at(workbook, address);
      return workbook.values(sheet, area);
    },
    formulas: (address) => {
      const { sheet, area } = at(workbook, address);
      return workbook.formulas(sheet, area);
    },
    numberFormats: (address) => {
      const { sheet, area } = at(workbook, address);
      return workbook.numberFormats(sheet, area);
    },
    put: (address, rows) => {
      const { sheet, area } = at(workbook, address);
      workbook.write(sheet, area, rows.map((r) => r.map((v) => (v === null ? "" : v))));
      workbook.endBatch();
    },
    table: (address, name) => {
      const { sheet, area } = at(workbook, address);
      const t = workbook.addTable(sheet, area, true);
      workbook.renameTable(t, name);
      workbook.endBatch();
    },
    sheetNames: () => workbook.sheets.map((s) => s.name),
  };
}

/** Rows of unequal length padded with "" (an empty cell). */
function pad(rows: unknown[][]): unknown[][] {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r.map((v) => (v === null || v === undefined ? "" : v)), ...new Array(width - r.length).fill("")]);
}

/** "'Review 2026-07'!A9:C12" from a sheet name and 0-based rectangle. */
export function addressOf(sheetName: string, row: number, col: number, rows = 1, cols = 1): string {
  return `'${sheetName.replace(/'/g, "''")}'!${formatCells(rect(row, col, rows, cols))}`;
}
