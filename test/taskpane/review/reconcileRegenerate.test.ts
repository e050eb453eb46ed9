/**
 * The reconciliation block survives regenerating the review (docs/review.md, "Generating again: what is kept"; docs/finance.md). Regenerating writes
 * a new sheet and carries the cells a person put beside or below the review across as cells; the
 * workbook names that pointed at them (the block's name among them) must point at their new place,
 * or the next reconciliation would not find its block and would write a second one. In the
 * emulated workbook, with the real review and reconcile adapters.
 */
import { safeText } from "../../../src/engine/review/reviewLayout";
import { allocateOnSheet, BLOCK_NAME, findReviewNetProfit, reconcileOnSheet, type ReconcileRequest } from "../../../src/taskpane/reconcile/excel/reconcileSheet";
import { generateReview } from "../../../src/taskpane/review/excel/reviewSheet";
import { rect } from "../../../src/engine/sheet/address";
import { Workbook } from "../../../src/workbench/excel/workbook";
import { dataSheet, JULY, JULY_COLUMNS, type Row } from "./fixtures";
import { TABLE_TOP } from "../../../src/taskpane/review/plan/reviewPlan";
import { addressOf, reviewWorkbook, type TestWorkbook } from "./reviewHarness";

const SHEET = "Review 2026-07";
const IVY: Row = ["E009", "Ivy", "Junior", "'2026-07", 1800, 1500, 120, null, null, null, null, null, null, null, null, null, null, null, null, null, null];
// 2026-08-03 14:05 local: serial 46237 (2026-01-01 is 46023, + 212 days of January..July + 2) plus 845 / 1440 of a day.
const AT = new Date(2026, 7, 3, 14, 5, 0);
// The emulated workbook rounds a read number to 6 decimals (HyperFormula's smartRounding): compared to 1e-6.
const AT_SERIAL = expect.closeTo(46237 + 845 / 1440, 6);
const TITLE = "TeleScore reconciliation";
const ADJUSTED = "Adjusted net profit";

const generate = () => generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode: "live", locale: "en", user: null });

async function reconcile(ledger: number, reconciledBy: string) {
  const netProfit = await findReviewNetProfit();
  if (netProfit === null) throw new Error("no Net profit column on the active sheet");
  const request: ReconcileRequest = {
    netProfit,
    ledger: { kind: "amount", value: ledger },
    unassigned: { kind: "amount", value: null },
    tolerance: 0,
    reconciledBy,
    at: AT,
    locale: "en",
  };
  return reconcileOnSheet(request);
}

const nameFormula = (wb: TestWorkbook, name: string): string | undefined => {
  const entry = wb.workbook.definedName(name);
  return entry && wb.workbook.nameFormula(entry);
};

/** How many cells of the review sheet hold the block's title. */
function titles(wb: TestWorkbook): number {
  const sheet = wb.sheet(SHEET);
  return wb.workbook.values(sheet, wb.workbook.usedArea(sheet, true)!).flat().filter((v) => v === TITLE).length;
}

/** July reviewed and reconciled, a note far below the review with the manager's own name on it. */
async function reconciledJuly() {
  const wb = await reviewWorkbook(dataSheet(JULY));
  wb.table("Data!A1:U4", "RepData");
  await generate();
  wb.put(addressOf(SHEET, 39, 0), [["Q3 plan"]]);
  wb.workbook.addName("PlanNote", `='${SHEET}'!$A$40`, "the manager's own name");
  wb.workbook.endBatch();
  // Net profit (docs/method.md, "Money"): Ann 100,000 − 60,000 − 1,000.50 − 500.25 = 38,499.25; Bo 50,000 − 45,000 = 5,000;
  // Hal has no cost, so none. Σ reps 43,499.25.
  const first = await reconcile(43499.25, "Mei Chen");
  // The table takes columns A..AO (41 columns, net profit actual in R) from row 8; the used range ends in AO
  // and in row 40 (the note), so the block goes to rows and columns of its own: AQ42, sharing no row with the table.
  expect(first.netProfitAddress).toBe(`'${SHEET}'!R9:R11`);
  expect(first.blockAddress).toBe(`'${SHEET}'!AQ42:AR52`);
  expect(first.figures.status).toBe("balanced");
  return wb;
}

/** New data: Bo refunds 100 (his net profit 4,900), Ivy joins with no money figures, so the table gets a row. */
function changeData(wb: TestWorkbook): void {
  wb.put("Data!M3", [[100]]);
  wb.put("Data!A5:U5", [IVY]);
  wb.workbook.resizeTable(wb.workbook.table("RepData")!, rect(0, 0, 5, 21));
  wb.workbook.endBatch();
}

describe("reconcile, regenerate, reconcile", () => {
  it("updates the one block in place; the manager's own name over a note follows the note", async () => {
    const wb = await reconciledJuly();
    changeData(wb);
    const regenerated = await generate();
    expect(regenerated.regenerated).toBe(true);
    // The block was carried across as cells, and its name with it. (The block did not move, and the emulated workbook
    // leaves a deleted sheet's name its old text where Excel writes #REF!, so here it is the names of cells that move,
    // the note's below and the moved block's in the next test, that show the names were carried.)
    expect(nameFormula(wb, BLOCK_NAME)).toBe(`='${SHEET}'!$AQ$42:$AR$52`);
    // The review grew by a row (four reps), so the note below it moved from A40 to A41, and its name with it.
    expect(wb.values(addressOf(SHEET, 40, 0))).toEqual([["Q3 plan"]]);
    expect(nameFormula(wb, "PlanNote")).toBe(`='${SHEET}'!$A$41`);

    // Σ reps now 38,499.25 + 4,900 = 43,399.25.
    const again = await reconcile(43399.25, "Li Wei");
    expect(again.netProfitAddress).toBe(`'${SHEET}'!R9:R12`);
    expect(again.blockAddress).toBe(`'${SHEET}'!AQ42:AR52`);
    expect(wb.values(addressOf(SHEET, 41, 43, 11, 1)).map((r) => r[0])).toEqual([
      "", `'${SHEET}'!R9:R12`, 43399.25, 0, 43399.25, 0, 0, "Balanced", "", "Li Wei", AT_SERIAL,
    ]);
    expect(titles(wb)).toBe(1);
  });

  it("a block the user moved below the review moves down with it as the review grows, and is updated there", async () => {
    const wb = await reconciledJuly();
    // The user cuts the block (AQ42:AR52) and pastes it at A46:B56, below the review: the cells move and the name follows.
    const sheet = wb.sheet(SHEET);
    const from = rect(41, 42, 11, 2);
    const to = rect(45, 0, 11, 2);
    const cells = wb.workbook.values(sheet, from).map((line) => line.map((v) => (typeof v === "string" ? safeText(v) : v)));
    const formats = wb.workbook.numberFormats(sheet, from);
    wb.workbook.clear(sheet, from, "All");
    wb.workbook.write(sheet, to, cells);
    wb.workbook.writeNumberFormat(sheet, to, formats);
    wb.workbook.deleteName(wb.workbook.definedName(BLOCK_NAME)!);
    wb.workbook.addName(BLOCK_NAME, Workbook.absoluteReference(sheet, to));
    wb.workbook.endBatch();

    changeData(wb);
    await generate();
    // One more table row: everything below the review moves down a row, to A47:B57.
    expect(nameFormula(wb, BLOCK_NAME)).toBe(`='${SHEET}'!$A$47:$B$57`);
    const again = await reconcile(43399.25, "Li Wei");
    expect(again.blockAddress).toBe(`'${SHEET}'!A47:B57`);
    expect(wb.values(addressOf(SHEET, 46, 0, 11, 2))).toEqual([
      [TITLE, ""],
      ["Per-rep net profit range", `'${SHEET}'!R9:R12`],
      ["Σ reps", 43399.25],
      ["Unassigned", 0],
      ["Ledger", 43399.25],
      ["Variance (Σ reps + unassigned − ledger)", 0],
      ["Tolerance", 0],
      ["Status", "Balanced"],
      ["Adjusted net profit (adds up to the ledger)", ""],
      ["Reconciled by", "Li Wei"],
      ["Reconciled at", AT_SERIAL],
    ]);
    expect(wb.values(addressOf(SHEET, 45, 0, 1, 2))).toEqual([["", ""]]);
    expect(titles(wb)).toBe(1);
  });
});

describe("allocate, then regenerate", () => {
  it("keeps one Signed off column with the manager's text, the adjusted column beside net profit, formats and widths with their columns, and a block that names the adjusted range", async () => {
    const wb = await reviewWorkbook(dataSheet(JULY));
    wb.table("Data!A1:U4", "RepData");
    await generate();
    const sheet = wb.sheet(SHEET);
    const signed = JULY_COLUMNS.findIndex((c) => c.key === "signedOff");
    const netTarget = JULY_COLUMNS.findIndex((c) => c.key === "net_profit.target");
    wb.put(addressOf(SHEET, TABLE_TOP + 1, signed), [["Yes - Mei"]]);
    wb.workbook.setColumnWidth(sheet, rect(0, signed, 1, 1), 140);
    wb.workbook.endBatch();
    const netProfit = await findReviewNetProfit();
    // Σ reps 43,499.25 against a ledger of 43,499.27: 2 cents to allocate within a 0.05 tolerance.
    const request: ReconcileRequest = {
      netProfit: netProfit!,
      ledger: { kind: "amount", value: 43499.27 },
      unassigned: { kind: "amount", value: null },
      tolerance: 0.05,
      reconciledBy: "Mei Chen",
      at: AT,
      locale: "en",
    };
    const reconciled = await reconcileOnSheet(request);
    expect(reconciled.blockAddress).toBe(`'${SHEET}'!AQ22:AR32`);
    const allocated = await allocateOnSheet(request, -0.02);
    // The column beside net profit (S, its target) held data, so a sheet column was inserted there, inside the table.
    expect(allocated.inserted).toEqual({ column: "S", movedTo: "T" });
    // The insertion moved the block one column right; the pane is told where it is now, by its name.
    expect(allocated).toMatchObject({ blockName: BLOCK_NAME, blockAddress: `'${SHEET}'!AR22:AS32` });
    expect(nameFormula(wb, BLOCK_NAME)).toBe(`='${SHEET}'!$AR$22:$AS$32`);
    expect(wb.values(addressOf(SHEET, 21, 43))).toEqual([[TITLE]]);
    expect(wb.workbook.table("TeleScoreReview_2026_07")!.area.cols).toBe(JULY_COLUMNS.length + 1);

    await generate();
    const headers = wb.values(addressOf(SHEET, TABLE_TOP, 0, 1, JULY_COLUMNS.length + 1))[0];
    expect(headers.filter((h) => h === "Signed off")).toHaveLength(1);
    expect(headers.filter((h) => h === ADJUSTED)).toHaveLength(1);
    expect(headers.indexOf(ADJUSTED)).toBe(headers.indexOf("Net profit – actual") + 1);
    const signedNow = headers.indexOf("Signed off");
    expect(signedNow).toBe(signed + 1);
    expect(wb.values(addressOf(SHEET, TABLE_TOP + 1, signedNow))).toEqual([["Yes - Mei"]]);
    expect(sheet.columnWidth(signedNow)).toBe(140);
    // Number formats travelled with their columns: the net profit target (now one column right) is still money.
    expect(wb.numberFormats(addressOf(SHEET, TABLE_TOP + 1, netTarget + 1))).toEqual([["#,##0.00"]]);
    // The adjusted amounts are where the block says they are.
    const adjustedAt = wb.values(addressOf(SHEET, TABLE_TOP + 1, headers.indexOf(ADJUSTED), 3, 1)).map((r) => r[0]);
    expect(adjustedAt.reduce((s: number, x) => s + (typeof x === "number" ? x : 0), 0)).toBeCloseTo(43499.27, 2);
    expect(allocated.adjustedAddress).toBe(`'${SHEET}'!S9:S11`);
  });
});

describe("names whose sheet was deleted", () => {
  it("read #REF! as in Excel and are taken as dead: the next review and its reconciliation reuse their names, nothing piles up", async () => {
    const wb = await reconciledJuly();
    wb.workbook.deleteSheet(wb.sheet(SHEET));
    wb.workbook.endBatch();
    expect(nameFormula(wb, BLOCK_NAME)).toBe("=#REF!$AQ$42:$AR$52");
    expect(nameFormula(wb, "TeleScoreReview_2026_07_Summary")).toMatch(/^=#REF!/);

    await generate();
    expect(nameFormula(wb, "TeleScoreReview_2026_07_Summary")).toBe(`='${SHEET}'!$A$13:$L$20`);
    const again = await reconcile(43499.25, "Li Wei");
    // The new sheet's used range ends in row 20 (the summary): the block goes to AQ22.
    expect(again.blockAddress).toBe(`'${SHEET}'!AQ22:AR32`);
    expect(nameFormula(wb, BLOCK_NAME)).toBe(`='${SHEET}'!$AQ$22:$AR$32`);
    expect(wb.workbook.definedNames.map((n) => n.name).filter((n) => n.startsWith(BLOCK_NAME))).toEqual([BLOCK_NAME]);
  });
});
