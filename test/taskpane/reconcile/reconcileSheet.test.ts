import {
  allocateOnSheet,
  BLOCK_NAME,
  findNetProfitColumn,
  findReviewNetProfit,
  reconcileOnSheet,
  type ReconcileRequest,
} from "../../../src/taskpane/reconcile/excel/reconcileSheet";
import { SheetsHost } from "../../support/sheetsHost";

// 2026-08-03 14:05 local: serial 46237 (2024-01-01 is 45292; + 366 + 365 = 46023 for 2026-01-01;
// + 212 days of January..July + 2) plus 14:05 = 845 / 1440 of a day.
const AT = new Date(2026, 7, 3, 14, 5, 0);
const AT_SERIAL = 46237 + 845 / 1440;
/** The serial as a cell holds it: Excel keeps 15 significant digits, so it is equal to well within a second (1 / 86400). */
const AT_CELL = expect.closeTo(AT_SERIAL, 6);

/**
 * The review sheet as TeleScore writes it (a table; the headers here are what matters): net profit
 * 1000.10 + 2000.20 + 2999.71 = 6000.01, the manager's comments in the column beside.
 */
function reviewWorkbook(): SheetsHost {
  const wb = new SheetsHost("Review", "Ledger");
  wb.setValues("Review", "A1:D4", [
    ["Rep ID", "Name", "Net profit – actual", "Manager comment"],
    ["R001", "Ann", 1000.1, "ok"],
    ["R002", "Bo", 2000.2, ""],
    ["R003", "Cy", 2999.71, "check refunds"],
  ]);
  wb.addTable("Review", "ReviewTable", "A1:D4");
  wb.setValues("Ledger", "A2:B2", [["June ledger", 6000]]);
  wb.install();
  return wb;
}

const request = (over: Partial<ReconcileRequest> = {}): ReconcileRequest => ({
  netProfit: "Review!C2:C4",
  ledger: { kind: "cell", address: "Ledger!B2" },
  unassigned: { kind: "amount", value: null },
  tolerance: 0.01,
  reconciledBy: "Mei Chen",
  at: AT,
  locale: "en",
  ...over,
});

const BLOCK_LABELS = [
  "TeleScore reconciliation",
  "Per-rep net profit range",
  "Σ reps",
  "Unassigned",
  "Ledger",
  "Variance (Σ reps + unassigned − ledger)",
  "Tolerance",
  "Status",
  "Adjusted net profit (adds up to the ledger)",
  "Reconciled by",
  "Reconciled at",
];
const BLOCK_FORMATS = ["General", "General", "#,##0.00", "#,##0.00", "#,##0.00", "#,##0.00", "#,##0.00", "General", "General", "General", "yyyy-mm-dd hh:mm"];

const column = (rows: unknown[][]): unknown[] => rows.map((r) => r[0]);

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("reconcileOnSheet", () => {
  it("writes the block below and to the right of the used range, one row and column apart, in columns fitted to it, and names it; the data is untouched", async () => {
    const wb = reviewWorkbook();
    const before = wb.values("Review", "A1:D4");
    const outcome = await reconcileOnSheet(request());

    // 1000.10 + 2000.20 + 2999.71 - 6000.00 = +0.01, equal to the tolerance
    expect(outcome.figures).toMatchObject({ sumReps: 6000.01, unassigned: 0, ledger: 6000, variance: 0.01, status: "within_tolerance", canAllocate: true });
    expect(outcome.netProfitAddress).toBe("Review!C2:C4");
    // used range A1:D4 ends in row 4 and column D; row 5 and column E stay empty; the block takes F6:G16,
    // rows and columns of its own
    expect(outcome.blockAddress).toBe("Review!F6:G16");
    expect(wb.nameFormula(BLOCK_NAME)).toBe("=Review!$F$6:$G$16");
    expect(column(wb.values("Review", "F6:F16"))).toEqual(BLOCK_LABELS);
    expect(column(wb.values("Review", "G6:G16"))).toEqual(["", "Review!C2:C4", 6000.01, 0, 6000, 0.01, 0.01, "Within tolerance", "", "Mei Chen", AT_CELL]);
    expect(column(wb.formats("Review", "G6:G16"))).toEqual(BLOCK_FORMATS);
    expect(column(wb.values("Review", "E6:E16")).every((v) => v === "")).toBe(true);
    expect(wb.values("Review", "A1:D4")).toEqual(before);
    // Its columns fit its words ("Variance (Σ reps + unassigned − ledger)", not "Varianc"); the data's keep Excel's default 48 pt.
    const sheet = wb.workbook.sheet("Review")!;
    expect(sheet.columnWidth(5)).toBeGreaterThan(4 * 48);
    expect(sheet.columnWidth(6)).toBeGreaterThan(48);
    expect([0, 1, 2, 3].map((c) => sheet.columnWidth(c))).toEqual([48, 48, 48, 48]);
    expect(wb.syncs).toBe(2); // read, write
  });

  it("updates the block in place on a re-run instead of adding another", async () => {
    const wb = reviewWorkbook();
    await reconcileOnSheet(request());
    wb.setValues("Review", "C4", [[2999.7]]); // now 6000.00: balanced
    // The user narrows the labels' column: a re-run keeps that width.
    const sheet = wb.workbook.sheet("Review")!;
    wb.workbook.setColumnWidth(sheet, { row: 0, col: 5, rows: 1, cols: 1 }, 60);
    const outcome = await reconcileOnSheet(request({ reconciledBy: "Li Wei", tolerance: 0 }));

    expect(outcome.blockAddress).toBe("Review!F6:G16");
    expect(column(wb.values("Review", "G6:G16"))).toEqual(["", "Review!C2:C4", 6000, 0, 6000, 0, 0, "Balanced", "", "Li Wei", AT_CELL]);
    expect(wb.values("Review", "F17:G17")).toEqual([["", ""]]);
    expect(wb.values("Review", "H6:K16").flat().every((v) => v === "")).toBe(true);
    expect(wb.nameFormula(BLOCK_NAME)).toBe("=Review!$F$6:$G$16");
    expect(sheet.columnWidth(5)).toBe(60);
  });

  it("finds the block by its name wherever the user moved it", async () => {
    const wb = reviewWorkbook();
    await reconcileOnSheet(request());
    // the user cut F6:G16 and pasted it at B20: the name follows the cells
    const moved = wb.values("Review", "F6:G16");
    wb.setValues("Review", "F6:G16", moved.map((r) => r.map(() => "")));
    wb.setValues("Review", "B20:C30", moved);
    wb.setName("Review", BLOCK_NAME, "B20:C30");

    const outcome = await reconcileOnSheet(request({ reconciledBy: "Li Wei" }));
    expect(outcome.blockAddress).toBe("Review!B20:C30");
    expect(wb.values("Review", "C29")).toEqual([["Li Wei"]]);
    expect(wb.values("Review", "F6:G16").flat().every((v) => v === "")).toBe(true);
  });

  it("starts a new block when the user deleted the old one's cells (the name says #REF!)", async () => {
    const wb = reviewWorkbook();
    await reconcileOnSheet(request());
    wb.setValues("Review", "F6:G16", wb.values("Review", "F6:G16").map((r) => r.map(() => "")));
    wb.setName("Review", BLOCK_NAME, null);

    const outcome = await reconcileOnSheet(request());
    expect(outcome.blockAddress).toBe("Review!F6:G16");
    expect(wb.nameFormula(BLOCK_NAME)).toBe("=Review!$F$6:$G$16");
    expect(column(wb.values("Review", "F6:F16"))).toEqual(BLOCK_LABELS);
  });

  it("gives each sheet its own block, named for the workbook, and clears names left pointing at deleted cells", async () => {
    const wb = reviewWorkbook();
    await reconcileOnSheet(request());
    // Another review (the Ledger sheet stands in for it), and an old block name whose cells were deleted.
    wb.setValues("Ledger", "D1:D3", [["Net profit"], [6000], [0.01]]);
    wb.setName("Ledger", `${BLOCK_NAME}_7`, null);
    const other = await reconcileOnSheet(request({ netProfit: "Ledger!D2:D3", ledger: { kind: "amount", value: 6000.01 } }));

    // Ledger's used range A1:D3 ends in row 3 and column D: its block goes to F5:G15, under the next free name.
    expect(other.blockAddress).toBe("Ledger!F5:G15");
    expect(wb.nameFormula(`${BLOCK_NAME}_2`)).toBe("=Ledger!$F$5:$G$15");
    expect(wb.nameFormula(`${BLOCK_NAME}_7`)).toBeUndefined();
    expect(wb.nameFormula(BLOCK_NAME)).toBe("=Review!$F$6:$G$16");
    // Reconciling the review again updates its own block, not the other sheet's.
    await reconcileOnSheet(request({ reconciledBy: "Li Wei" }));
    expect(wb.values("Review", "G15")).toEqual([["Li Wei"]]);
    expect(wb.values("Ledger", "G14")).toEqual([["Mei Chen"]]);
    expect(wb.values("Review", "H6:K16").flat().every((v) => v === "")).toBe(true);
  });

  it("writes the labels and status in Chinese for a Chinese pane", async () => {
    const wb = reviewWorkbook();
    await reconcileOnSheet(request({ locale: "zh" }));
    expect(wb.values("Review", "F6:G6")).toEqual([["TeleScore 对账记录", ""]]);
    expect(wb.values("Review", "F13:G13")).toEqual([["状态", "在容差内"]]);
  });

  it("writes the labels and status in Traditional Chinese for a Traditional pane, with Taiwan's 帳 and 容許誤差", async () => {
    const wb = reviewWorkbook();
    await reconcileOnSheet(request({ locale: "zh-Hant" }));
    expect(wb.values("Review", "F6:G6")).toEqual([["TeleScore 對帳紀錄", ""]]);
    expect(wb.values("Review", "F13:G13")).toEqual([["狀態", "在容許誤差內"]]);
  });

  it("keeps a name that Excel would read as a formula as text", async () => {
    const wb = reviewWorkbook();
    await reconcileOnSheet(request({ reconciledBy: '=HYPERLINK("http://x","y")' }));
    expect(wb.values("Review", "G15")).toEqual([['=HYPERLINK("http://x","y")']]);
  });

  it("reads typed amounts, an unassigned cell, and text numbers as a person means them", async () => {
    const wb = reviewWorkbook();
    wb.setValues("Review", "C3", [[" 2,000.20 "]]);
    wb.setValues("Ledger", "B3", [[-0.99]]);
    const outcome = await reconcileOnSheet(
      request({ ledger: { kind: "amount", value: 6000 }, unassigned: { kind: "cell", address: "Ledger!B3" }, tolerance: 0 }),
    );
    // 6000.01 - 0.99 - 6000.00 = -0.98
    expect(outcome.figures).toMatchObject({ sumReps: 6000.01, unassigned: -0.99, variance: -0.98, status: "under", canAllocate: false });
  });

  it("says what to fix: a bad address, two columns, row 1, a ledger range or an empty ledger cell, text in an amount", async () => {
    const wb = reviewWorkbook();
    await expect(reconcileOnSheet(request({ netProfit: "" }))).rejects.toThrow("Enter the range of per-rep net profit");
    await expect(reconcileOnSheet(request({ netProfit: "net profit" }))).rejects.toThrow('"net profit" is not a range address');
    await expect(reconcileOnSheet(request({ netProfit: "Review!C:C" }))).rejects.toThrow("is not a range address");
    await expect(reconcileOnSheet(request({ netProfit: "Review!B2:C4" }))).rejects.toThrow("Review!B2:C4 is more than one column");
    await expect(reconcileOnSheet(request({ netProfit: "Review!C1:C4" }))).rejects.toThrow("starts in row 1");
    await expect(reconcileOnSheet(request({ ledger: { kind: "cell", address: "Ledger!B2:B3" } }))).rejects.toThrow("Ledger total must be one cell");
    await expect(reconcileOnSheet(request({ ledger: { kind: "cell", address: "Ledger!C9" } }))).rejects.toThrow("The ledger cell Ledger!C9 is empty");
    await expect(reconcileOnSheet(request({ ledger: { kind: "amount", value: null } }))).rejects.toThrow("Enter the ledger total");
    wb.setValues("Review", "C3", [["n/a"]]);
    await expect(reconcileOnSheet(request())).rejects.toThrow('"n/a" is not a number for Review!C3');
    // nothing was written by the failed runs
    expect(wb.nameFormula(BLOCK_NAME)).toBeUndefined();
    expect(wb.values("Review", "F6:G16").flat().every((v) => v === "")).toBe(true);
  });
});

describe("allocateOnSheet", () => {
  // Adjusted amounts: 600000 cents over 100010 : 200020 : 299971 (Σ 600001). Each exact share is
  // a_i x 600000/600001 = a_i - a_i/600001: 100009.833, 200019.667, 299970.500 -> floors 100009,
  // 200019, 299970 (599998); the 2 missing cents go to the largest remainders, rows 1 and 2:
  // 1000.10, 2000.20, 2999.70, adding up to 6000.00.
  const ADJUSTED = [1000.1, 2000.2, 2999.7];

  it("inserts a column when the one beside holds the user's data, and moves the block with it", async () => {
    const wb = reviewWorkbook();
    await reconcileOnSheet(request()); // block at F6:G16
    const syncsBefore = wb.syncs;
    const outcome = await allocateOnSheet(request(), 0.01);

    expect(outcome.inserted).toEqual({ column: "D", movedTo: "E" });
    expect(outcome.adjustedAddress).toBe("Review!D2:D4");
    expect(wb.values("Review", "C1:E4")).toEqual([
      ["Net profit – actual", "Adjusted net profit", "Manager comment"],
      [1000.1, 1000.1, "ok"],
      [2000.2, 2000.2, ""],
      [2999.71, 2999.7, "check refunds"],
    ]);
    expect(wb.formats("Review", "D2:D4")).toEqual([["#,##0.00"], ["#,##0.00"], ["#,##0.00"]]);
    expect(wb.formats("Review", "C2:C4")).toEqual([["General"], ["General"], ["General"]]); // the original keeps its own
    // the insertion moved the block from F6:G16 to G6:H16; it is updated there, not duplicated
    expect(outcome.blockAddress).toBe("Review!G6:H16");
    expect(wb.nameFormula(BLOCK_NAME)).toBe("=Review!$G$6:$H$16");
    expect(column(wb.values("Review", "H6:H16"))).toEqual(["", "Review!C2:C4", 6000.01, 0, 6000, 0.01, 0.01, "Within tolerance", "Review!D2:D4", "Mei Chen", AT_CELL]);
    expect(column(wb.values("Review", "F6:F16")).every((v) => v === "")).toBe(true);
    expect(wb.syncs - syncsBefore).toBe(2);
  });

  it("reuses its own column on a second run: no second insertion", async () => {
    const wb = reviewWorkbook();
    await allocateOnSheet(request(), 0.01);
    wb.setValues("Review", "D3", [[123]]); // someone typed over an adjusted figure
    const outcome = await allocateOnSheet(request(), 0.01);

    expect(outcome.inserted).toBeNull();
    expect(column(wb.values("Review", "D1:D4"))).toEqual(["Adjusted net profit", ...ADJUSTED]);
    expect(column(wb.values("Review", "E1:E4"))).toEqual(["Manager comment", "ok", "", "check refunds"]);
    expect(wb.values("Review", "F1:F4").flat().every((v) => v === "")).toBe(true);
  });

  it("writes into an empty column beside a plain range, under its header, with unassigned from a cell", async () => {
    const wb = new SheetsHost("Plain");
    // title rows above, header in row 3; 33.33 x 3 = 99.99, unassigned 50.00, ledger 150.00: variance -0.01
    wb.setValues("Plain", "A1", [["June review"]]);
    wb.setValues("Plain", "A3:B6", [
      ["Rep", "Net profit"],
      ["R1", 33.33],
      ["R2", 33.33],
      ["R3", 33.33],
    ]);
    wb.setValues("Plain", "E1", [[50]]);
    wb.activate("Plain");
    wb.install();
    const outcome = await allocateOnSheet(
      request({ netProfit: "B4:B6", ledger: { kind: "amount", value: 150 }, unassigned: { kind: "cell", address: "E1" } }),
      -0.01,
    );
    // the reps get 150.00 - 50.00 = 10000 cents; 10000 x 3333/9999 = 3333.667 each: floors 3333 (9999),
    // the missing cent to the earliest of the tied rows
    expect(outcome.inserted).toBeNull();
    expect(outcome.adjustedAddress).toBe("Plain!C4:C6");
    expect(column(wb.values("Plain", "C3:C6"))).toEqual(["Adjusted net profit", 33.34, 33.33, 33.33]);
    // used range A1:E6 ends in row 6 and column E: the block goes to G8
    expect(outcome.blockAddress).toBe("Plain!G8:H18");
  });

  it("writes every adjusted amount as a number with at most 2 decimals, with a constant number of syncs", async () => {
    for (const rows of [3, 300]) {
      const wb = new SheetsHost("Review");
      // 300 reps of 0.10 + i cents...; ledger = Σ + 0.02, tolerance 0.05
      const amounts = Array.from({ length: rows }, (_, i) => (10 + i) / 100);
      const sumCents = amounts.reduce((s, _, i) => s + 10 + i, 0);
      wb.setValues("Review", `A1:A${rows + 1}`, [["Net profit"], ...amounts.map((a) => [a])]);
      wb.install();
      await allocateOnSheet(request({ netProfit: `A2:A${rows + 1}`, ledger: { kind: "amount", value: (sumCents + 2) / 100 }, tolerance: 0.05 }), -0.02);
      const written = column(wb.values("Review", `B2:B${rows + 1}`)) as number[];
      expect(written.every((x) => typeof x === "number" && Math.round(x * 100) / 100 === x)).toBe(true);
      expect(written.reduce((s, x) => s + Math.round(x * 100), 0)).toBe(sumCents + 2);
      expect(wb.syncs).toBe(2);
    }
  });

  it("refuses when the variance changed since it was confirmed, or is beyond the tolerance, and writes nothing", async () => {
    const wb = reviewWorkbook();
    await expect(allocateOnSheet(request(), 0.02)).rejects.toThrow("changed since you reconciled");
    await expect(allocateOnSheet(request({ tolerance: 0 }), 0.01)).rejects.toThrow("the status is now: Over the ledger");
    expect(column(wb.values("Review", "D1:D4"))).toEqual(["Manager comment", "ok", "", "check refunds"]);
    expect(wb.nameFormula(BLOCK_NAME)).toBeUndefined();
  });
});

describe("finding the net profit column", () => {
  it("finds the review table's Net profit column, English or Chinese, and not its target column", async () => {
    const wb = reviewWorkbook();
    expect(await findReviewNetProfit()).toBe("Review!C2:C4");

    const zh = new SheetsHost("考核 2026-07");
    zh.setValues("考核 2026-07", "B2:E3", [
      ["工号", "净利润目标", "净利润实际", "净利润得分"],
      ["R001", 900, 1000.1, 100],
    ]);
    zh.addTable("考核 2026-07", "Review_2026_07", "B2:E3");
    zh.install();
    expect(await findReviewNetProfit()).toBe("'考核 2026-07'!D3");
    expect(wb.syncs).toBe(2);
  });

  it("takes a worksheet and gives null when no table has the column", async () => {
    const wb = new SheetsHost("Data");
    wb.setValues("Data", "A1:B2", [["Net profit", "x"], [1, 2]]); // not in a table
    wb.install();
    const found = await Excel.run((context) => findNetProfitColumn(context.workbook.worksheets.getItem("Data")));
    expect(found).toBeNull();
  });
});
