/**
 * A workbook for adapter tests, addressed the way the tests read: sheets by name and A1 ranges.
 * It is the workbench's emulated Excel host (src/workbench/excel) over its Workbook, not a fake of
 * its own: what the adapter sees is what the workbench page and the other host tests see.
 */
import { parseAddress, type Rect } from "../../src/engine/sheet/address";
import { createExcelHost, type ExcelHost } from "../../src/workbench/excel/host";
import type { Sheet } from "../../src/workbench/excel/sheet";
import { Workbook, type CellValue } from "../../src/workbench/excel/workbook";

export class SheetsHost {
  readonly workbook: Workbook;
  readonly host: ExcelHost;
  private uninstall: (() => void) | undefined;

  constructor(...sheetNames: string[]) {
    this.workbook = new Workbook({ sheetNames });
    this.host = createExcelHost(this.workbook);
  }

  /** Makes the host the global `Excel` until `uninstall` (or the next install). */
  install(): void {
    this.uninstall?.();
    this.uninstall = this.host.install();
  }

  remove(): void {
    this.uninstall?.();
    this.uninstall = undefined;
  }

  /** Round trips to the workbook since the last reset. */
  get syncs(): number {
    return this.host.syncCount;
  }

  activate(name: string): void {
    this.workbook.activate(this.sheet(name));
  }

  /** Types into the cells, as a user would; "" empties a cell. */
  setValues(sheet: string, address: string, rows: unknown[][]): void {
    this.workbook.write(this.sheet(sheet), this.rect(address), rows);
    this.workbook.endBatch();
  }

  /** The cells' values; "" for an empty cell. */
  values(sheet: string, address: string): CellValue[][] {
    return this.workbook.values(this.sheet(sheet), this.rect(address));
  }

  formats(sheet: string, address: string): string[][] {
    return this.workbook.numberFormats(this.sheet(sheet), this.rect(address));
  }

  addTable(sheet: string, name: string, address: string): void {
    const table = this.workbook.addTable(this.sheet(sheet), this.rect(address), true);
    this.workbook.renameTable(table, name);
    this.workbook.endBatch();
  }

  /** Points a workbook-scoped name at `address` on `sheet`, or at deleted cells (null), as the user's edits would. */
  setName(sheet: string, name: string, address: string | null): void {
    const existing = this.workbook.definedName(name);
    if (existing) this.workbook.deleteName(existing);
    this.workbook.addName(name, address === null ? "=#REF!" : Workbook.absoluteReference(this.sheet(sheet), this.rect(address)));
    this.workbook.endBatch();
  }

  /** A name's formula as Excel shows it ("=Review!$F$1:$G$11", "=#REF!"), or undefined when there is no such name. */
  nameFormula(name: string): string | undefined {
    const entry = this.workbook.definedName(name);
    return entry === undefined ? undefined : this.workbook.nameFormula(entry);
  }

  private sheet(name: string): Sheet {
    const sheet = this.workbook.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  private rect(address: string): Rect {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`not an address: ${address}`);
    return parsed.rect;
  }
}
