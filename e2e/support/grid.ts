/**
 * The workbench's spreadsheet as a user drives it (docs/workbench.md, "Hooks for end-to-end
 * tests"): the name box to go to a cell, keys to type into it, and what each cell shows. The grid
 * draws only the cells in view, so every read goes to its cells first.
 */
import type { Locator, Page } from "playwright-core";

/** Column letters from a 1-based index: 1 → A, 27 → AA. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** 1-based index of column letters: A → 1, AA → 27. */
export function columnIndex(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

interface Cell {
  row: number;
  col: number;
}

function parseCell(address: string): Cell {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`${address} is not a cell address such as B7`);
  return { col: columnIndex(match[1]), row: Number(match[2]) };
}

const addressOf = ({ row, col }: Cell): string => `${columnLetters(col)}${row}`;
const sheetPrefix = (sheet: string | undefined): string => (sheet === undefined ? "" : `'${sheet.replace(/'/g, "''")}'!`);

export class Grid {
  constructor(private readonly page: Page) {}

  get element(): Locator {
    return this.page.getByTestId("wb-grid");
  }

  /** The cell as drawn on the active sheet: `[data-address="B7"]`. */
  cell(address: string): Locator {
    return this.element.locator(`[data-address="${address}"]`);
  }

  /** Goes to a cell (on another sheet with `sheet`) through the name box, as a user would. */
  async goTo(address: string, sheet?: string): Promise<void> {
    const nameBox = this.page.getByTestId("wb-name-box");
    await nameBox.fill(`${sheetPrefix(sheet)}${address}`);
    await nameBox.press("Enter");
    await this.cell(address).waitFor();
  }

  /** What the cell shows (its value through its number format; "" when blank). */
  async text(address: string, sheet?: string): Promise<string> {
    await this.goTo(address, sheet);
    return (await this.cell(address).textContent()) ?? "";
  }

  /** Types into the grid at `address` and presses Enter; throws with the page's reason when the entry is refused. */
  async enter(address: string, text: string): Promise<void> {
    await this.goTo(address);
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Enter");
    const problem = this.page.getByTestId("wb-entry-problem");
    if (await problem.isVisible()) throw new Error(`The grid refused ${text} in ${address}: ${await problem.textContent()}`);
  }

  /** The texts of a block such as "J26:O49", row by row; scrolls through it as needed. */
  async read(range: string, sheet?: string): Promise<string[][]> {
    const [from, to = from] = range.split(":").map(parseCell);
    const texts = new Map<string, string>();
    const wanted: string[] = [];
    for (let row = from.row; row <= to.row; row++) for (let col = from.col; col <= to.col; col++) wanted.push(addressOf({ row, col }));
    for (let next: string | undefined = wanted[0]; next !== undefined; next = wanted.find((a) => !texts.has(a))) {
      await this.goTo(next, sheet);
      const drawn = await this.element.locator("[data-address]").evaluateAll((cells) => cells.map((c) => [c.getAttribute("data-address") ?? "", c.textContent ?? ""] as const));
      for (const [address, text] of drawn) texts.set(address, text);
    }
    return Array.from({ length: to.row - from.row + 1 }, (_, r) =>
      Array.from({ length: to.col - from.col + 1 }, (_, c) => texts.get(addressOf({ row: from.row + r, col: from.col + c })) ?? ""),
    );
  }

  /** The column letters of the first cell in `row` showing each text, searching 16 columns at a time up to column 256. */
  async findColumns<T extends string>(row: number, texts: readonly T[]): Promise<Record<T, string>> {
    const found: Partial<Record<T, string>> = {};
    for (let first = 1; first <= 256 && texts.some((t) => found[t] === undefined); first += 16) {
      const [cells] = await this.read(`${columnLetters(first)}${row}:${columnLetters(first + 15)}${row}`);
      for (const t of texts) {
        const at = cells.indexOf(t);
        if (found[t] === undefined && at >= 0) found[t] = columnLetters(first + at);
      }
    }
    const missing = texts.filter((t) => found[t] === undefined);
    if (missing.length > 0) throw new Error(`Row ${row} has no cell showing ${missing.map((t) => `"${t}"`).join(", ")}`);
    return found as Record<T, string>;
  }

  /** The row of the first cell in `column`, from `firstRow` to `lastRow`, that shows `text`. */
  async findRow(column: string, text: string, firstRow: number, lastRow: number): Promise<number> {
    const cells = (await this.read(`${column}${firstRow}:${column}${lastRow}`)).map(([t]) => t);
    const at = cells.indexOf(text);
    if (at < 0) throw new Error(`No cell in ${column}${firstRow}:${column}${lastRow} shows "${text}"`);
    return firstRow + at;
  }

  async activateSheet(name: string): Promise<void> {
    await this.page.getByTestId("wb-sheet-tabs").getByRole("tab", { name, exact: true }).click();
    await this.page.getByRole("grid", { name: `Sheet ${name}`, exact: true }).waitFor();
  }

  /** Adds a sheet with the "+" beside the tabs; it becomes the active one. */
  async addSheet(): Promise<void> {
    const tabs = this.page.getByTestId("wb-sheet-tabs").getByRole("tab");
    const before = await tabs.count();
    await this.page.getByTestId("wb-add-sheet").click();
    await tabs.nth(before).waitFor();
  }
}
