/**
 * Regenerating a review updates it in place (docs/review.md, "What a regeneration keeps"): the
 * sheet, its table and its rows stay where they are, each rep's TeleScore cells are written in the
 * row that has the rep's id, and nothing else on the sheet is written: comments, sign-offs, a
 * manager's column and its formulas, text typed anywhere, a manager's fills and fonts. A rep no
 * longer in the data keeps their row, marked, with the old figures frozen as values.
 */
import { rect } from "../../../src/engine/sheet/address";
import { defaultPolicy, type Policy } from "../../../src/engine/policy";
import { reviewColumns } from "../../../src/engine/review/reviewLayout";
import { parsePeriod } from "../../../src/engine/review/period";
import { generateReview, ReviewError } from "../../../src/taskpane/review/excel/reviewSheet";
import { REVIEWS_KEY } from "../../../src/taskpane/review/excel/reviewRegistry";
import { TABLE_TOP } from "../../../src/taskpane/review/plan/reviewPlan";
import { setPolicy } from "../../../src/engine/policyStore";
import { dataSheet, JULY, JULY_COLUMNS, reviewHeaders, reviewRows, type Row } from "./fixtures";
import { addressOf, reviewWorkbook, type TestWorkbook } from "./reviewHarness";
import { allocateOnSheet, findReviewNetProfit, type ReconcileRequest } from "../../../src/taskpane/reconcile/excel/reconcileSheet";

const SHEET = "Review 2026-07";
const col = (key: string): number => JULY_COLUMNS.findIndex((c) => c.key === key);
const COMMENT = col("comment");
const SIGNED = col("signedOff");
const EXTRA = JULY_COLUMNS.length; // the manager's column goes right after TeleScore's 41
const IVY: Row = ["E009", "Ivy", "Junior", "'2026-07", 1800, 1500, 120, null, null, null, null, null, null, null, null, null, null, null, null, null, null];

const generate = (mode: "live" | "values" = "live", user: string | null = "Mei Chen") =>
  generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode, locale: "en", user });

/** July generated, then a manager's work on the sheet (rows 9, 10, 11: Ann, Bo, Hal). */
async function reviewedJuly() {
  const wb = await reviewWorkbook(dataSheet(JULY));
  wb.table("Data!A1:U4", "RepData");
  await generate();
  const sheet = wb.sheet(SHEET);
  wb.put(addressOf(SHEET, TABLE_TOP + 1, COMMENT, 2, 2), [["Great month", 46240], ["'=talk about leave", ""]]);
  wb.workbook.writeNumberFormat(sheet, rect(TABLE_TOP + 1, SIGNED), [["yyyy-mm-dd"]]);
  // The manager adds a column to the table: a note for Ann, and for Bo twice his total (AJ is the total column).
  const table = wb.workbook.table("TeleScoreReview_2026_07")!;
  wb.workbook.addTableColumn(table, undefined, [["Follow-up"], ["call back"], ["=AJ10*2"], [""]]);
  wb.workbook.endBatch();
  // A note beside the review (column AV, right of everything TeleScore wrote) and one far below it.
  wb.put(addressOf(SHEET, 1, 47), [["Reviewed with HR"]]);
  wb.put(addressOf(SHEET, 39, 0), [["Q3 plan"]]);
  return wb;
}

/** Every cell of the sheet's used range (formulas), and the fill and bold of each. */
function snapshot(wb: TestWorkbook, sheetName: string) {
  const sheet = wb.sheet(sheetName);
  const used = wb.workbook.usedArea(sheet)!;
  const formulas = wb.workbook.formulas(sheet, used);
  return formulas.flatMap((line, i) =>
    line.map((f, j) => ({
      at: addressOf(sheetName, used.row + i, used.col + j),
      f,
      fill: sheet.styles.get(used.row + i, used.col + j, "fill"),
      bold: sheet.styles.get(used.row + i, used.col + j, "bold"),
    })),
  );
}

describe("regenerating a review", () => {
  it("updates the rows where they are: comments, sign-offs, the manager's column and its formulas stay; a new rep is appended; a rep no longer in the data is marked", async () => {
    const wb = await reviewedJuly();
    expect(wb.values(addressOf(SHEET, TABLE_TOP + 2, EXTRA))).toEqual([[120]]);
    // The new data: Ann is gone, Bo and Hal stay, Ivy is new.
    wb.put("Data!A2:U4", [JULY[1], JULY[2], IVY]);

    const outcome = await generate();
    expect(outcome).toMatchObject({ sheetName: SHEET, regenerated: true, reps: 3, kept: [{ repId: "E001", repName: "Ann", reason: "removed" }], conflicts: 0 });
    expect(wb.sheetNames()).toEqual(["Data", SHEET]);
    expect(reviewHeaders(wb, SHEET, EXTRA + 1)).toEqual([...JULY_COLUMNS.map((c) => c.header.en), "Follow-up"]);

    // Rows where they were (Ann, Bo, Hal), the new rep appended (Ivy).
    const rows = reviewRows(wb, SHEET, 4);
    expect(rows.map((r) => r.repId)).toEqual(["E001", "E002", "E008", "E009"]);
    expect(rows[1].comment).toBe("=talk about leave");
    // Bo's formula was never rewritten: it still says AJ10, and AJ10 is still Bo's total.
    expect(wb.formulas(addressOf(SHEET, TABLE_TOP + 2, EXTRA))).toEqual([["=AJ10*2"]]);
    expect(wb.values(addressOf(SHEET, TABLE_TOP + 2, EXTRA))).toEqual([[120]]);
    // Ranks among the current reps only: Hal 100 and Ivy 100 share 1st, Bo 60 is 3rd.
    expect(rows.slice(1).map((r) => [r.total, r.grade, r.rank])).toEqual([[60, "D", 3], [100, "A", 1], [100, "A", 1]]);

    // Ann, kept: her cells as she left them, the mark in "Missing metrics", no rank; her live figures are not kept
    // (they were formulas over source row 2, which is Bo's now). What was a value stays.
    const ann = rows[0];
    expect([ann.repName, ann.position, ann.period, ann.comment, ann.signedOff, ann.total, ann.grade, ann.rank]).toEqual(["Ann", "Junior", "2026-07", "Great month", 46240, "", "", ""]);
    expect(ann.missing).toBe("Kept from an earlier version: this rep is no longer in the source data.");
    expect(wb.numberFormats(addressOf(SHEET, TABLE_TOP + 1, SIGNED))).toEqual([["yyyy-mm-dd"]]);
    expect(wb.values(addressOf(SHEET, TABLE_TOP + 1, EXTRA))).toEqual([["call back"]]);
    expect(wb.sheet(SHEET).styles.get(TABLE_TOP + 1, 0, "fontColor")).toBe("#7F7F7F");

    // The note beside stays in AV2. The table grew by a row, so what is below it moved down a row, as Excel moves it.
    expect(wb.values(addressOf(SHEET, 1, 47))).toEqual([["Reviewed with HR"]]);
    expect(wb.values(addressOf(SHEET, 39, 0, 2, 1))).toEqual([[""], ["Q3 plan"]]);
  });

  it("writes nothing but its own cells: text typed anywhere, a manager's fills and fonts, the header block's other cells all stay", async () => {
    const wb = await reviewedJuly();
    const sheet = wb.sheet(SHEET);
    // Text in the header block's empty cells, in the gap between the table and the summary, in the summary's
    // spacer column and under the chart; a fill on a comment, bold on a rep's total.
    wb.put(addressOf(SHEET, 1, 2), [["ask HR about revision"]]);
    wb.put(addressOf(SHEET, 6, 0), [["row 7 note"]]);
    wb.put(addressOf(SHEET, TABLE_TOP + 4, 3), [["between table and summary"]]);
    wb.put(addressOf(SHEET, TABLE_TOP + 7, 5), [["spacer note"]]);
    wb.put(addressOf(SHEET, 30, 15), [["under the chart"]]);
    wb.workbook.setStyle(sheet, rect(TABLE_TOP + 2, COMMENT), "fill", "#FFFF00");
    wb.workbook.setStyle(sheet, rect(TABLE_TOP + 3, col("total")), "bold", true);
    wb.workbook.endBatch();
    const before = snapshot(wb, SHEET);

    await generate();
    const after = new Map(snapshot(wb, SHEET).map((c) => [c.at, c]));
    const ours = new Set(["B3"]); // "Generated at": the one cell of the header block a regeneration changes here
    const changed = before.filter((c) => !ours.has(c.at.split("!")[1]) && JSON.stringify(after.get(c.at)) !== JSON.stringify(c));
    expect(changed).toEqual([]);
    expect(wb.values(addressOf(SHEET, 1, 2))).toEqual([["ask HR about revision"]]);
    expect(sheet.styles.get(TABLE_TOP + 2, COMMENT, "fill")).toBe("#FFFF00");
  });

  it("with no user given, keeps what the sheet says under Generated by", async () => {
    const wb = await reviewedJuly();
    expect(wb.values(addressOf(SHEET, 3, 1))).toEqual([["Mei Chen"]]);
    await generate("live", null);
    expect(wb.values(addressOf(SHEET, 3, 1))).toEqual([["Mei Chen"]]);
  });

  it("follows the user's sort: each rep's figures are written in the row that has the rep's id", async () => {
    const wb = await reviewedJuly();
    const sheet = wb.sheet(SHEET);
    const table = wb.workbook.table("TeleScoreReview_2026_07")!;
    // The user sorts the table by total, descending: Ann, Hal, Bo (the host's Range.sort, as Excel sorts).
    wb.workbook.sortRows(sheet, table.bodyArea, [{ key: col("total"), ascending: false }]);
    wb.workbook.endBatch();
    expect(reviewRows(wb, SHEET, 3).map((r) => r.repId)).toEqual(["E001", "E008", "E002"]);
    await generate();
    const rows = reviewRows(wb, SHEET, 3);
    expect(rows.map((r) => [r.repId, r.comment, r.total])).toEqual([["E001", "Great month", expect.closeTo(100.83721875, 6)], ["E008", "", 100], ["E002", "=talk about leave", 60]]);
  });

  it("in a values-only review, a kept row keeps its figures as they were", async () => {
    const wb = await reviewWorkbook(dataSheet(JULY));
    wb.table("Data!A1:U4", "RepData");
    await generate("values");
    wb.put("Data!A2:U4", [JULY[1], JULY[2], IVY]);
    await generate("values");
    const ann = reviewRows(wb, SHEET, 4)[0];
    // Ann's July as worked out in reviewMonth.test.ts: total 100.83721875, A; rank no longer given.
    expect([ann.repId, ann.grade, ann.rank]).toEqual(["E001", "A", ""]);
    expect(ann.total).toBeCloseTo(100.83721875, 9);
  });

  it("keeps the sheet's name and place when the user renamed or moved it", async () => {
    const wb = await reviewedJuly();
    wb.workbook.renameSheet(wb.sheet(SHEET), "July review");
    wb.workbook.moveSheet(wb.sheet("July review"), 0);
    wb.workbook.endBatch();
    const outcome = await generate("values");
    expect(outcome).toMatchObject({ sheetName: "July review", requestedName: SHEET, regenerated: true });
    expect(wb.sheetNames()).toEqual(["July review", "Data"]);
    expect(reviewRows(wb, "July review", 3).map((r) => [r.repId, r.comment])).toEqual([["E001", "Great month"], ["E002", "=talk about leave"], ["E008", ""]]);
  });

  it("without its record, finds its columns by their headers and still writes only those", async () => {
    const wb = await reviewedJuly();
    wb.workbook.deleteSetting(REVIEWS_KEY);
    wb.workbook.endBatch();
    const outcome = await generate();
    expect(outcome).toMatchObject({ sheetName: SHEET, regenerated: true });
    expect(wb.sheetNames()).toEqual(["Data", SHEET]);
    expect(wb.values(addressOf(SHEET, 39, 0))).toEqual([["Q3 plan"]]);
    expect(reviewRows(wb, SHEET, 3).map((r) => r.comment)).toEqual(["Great month", "=talk about leave", ""]);
    expect(wb.formulas(addressOf(SHEET, TABLE_TOP + 2, EXTRA))).toEqual([["=AJ10*2"]]);
  });

  it("a metric the policy gains is a new column beside TeleScore's; a manager's formula over Rep ID still reads Rep ID", async () => {
    const wb = await reviewedJuly();
    wb.put(addressOf(SHEET, TABLE_TOP + 1, EXTRA, 1, 1), [["=A9"]]);
    const policy: Policy = structuredClone(defaultPolicy());
    const sales = policy.dimensions.find((d) => d.key === "sales")!;
    sales.metrics.push({ ...sales.metrics[0], key: "upsell", label: { en: "Upsell", zh: "追加销售" } });
    setPolicy(policy);
    const columns = reviewColumns(policy, parsePeriod("2026-07"));
    await generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode: "live", locale: "en", user: null, policy });
    // Three columns more (actual, target, points of the new metric), inserted among TeleScore's; the manager's column is last.
    const headers = reviewHeaders(wb, SHEET, columns.length + 1);
    expect(headers).toEqual([...columns.map((c) => c.header.en), "Follow-up"]);
    expect(wb.values(addressOf(SHEET, TABLE_TOP + 1, columns.length))).toEqual([["E001"]]);
    expect(wb.formulas(addressOf(SHEET, TABLE_TOP + 1, columns.length))).toEqual([["=A9"]]);
    // A third run with the same policy adds nothing.
    await generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode: "live", locale: "en", user: null, policy });
    expect(wb.workbook.table("TeleScoreReview_2026_07")!.area.cols).toBe(columns.length + 1);
  });

  it("keeps a manager's hyperlinks, comments, notes and validation rules with their cells, on the manager's cells and on TeleScore's, through a new rep, a metric the policy gained and Reconcile › Allocate", async () => {
    const wb = await reviewedJuly();
    const sheet = wb.sheet(SHEET);
    const TOTAL = col("total");
    const GRADE = col("grade");
    // Links on Bo's comment, in the header block's spare C2, on the note below the review and in the manager's column (Ann's row).
    wb.workbook.setHyperlink(sheet, rect(TABLE_TOP + 2, COMMENT), { address: "https://hr.example/bo" });
    wb.workbook.setHyperlink(sheet, rect(1, 2), { address: "https://hr.example/memo", textToDisplay: "policy memo" });
    wb.workbook.setHyperlink(sheet, rect(39, 0), { address: "https://hr.example/q3" });
    wb.workbook.setHyperlink(sheet, rect(TABLE_TOP + 1, EXTRA), { address: "https://hr.example/ann" });
    wb.workbook.endBatch();
    // Threaded comments, notes and validation rules, through Excel's own API (ExcelApi 1.8, 1.10, 1.18), on
    // the manager's cells (Bo's comment, the note below the review, the Signed off cells) and on cells
    // TeleScore writes (Bo's and Hal's totals, the Grade header).
    await Excel.run(async (context) => {
      const review = context.workbook.worksheets.getItem(SHEET);
      context.workbook.comments.add(addressOf(SHEET, TABLE_TOP + 2, COMMENT), "said he will call back");
      context.workbook.comments.add(addressOf(SHEET, TABLE_TOP + 2, TOTAL), "checked with finance");
      review.notes.add(addressOf(SHEET, 39, 0), "agreed with HR");
      review.notes.add(addressOf(SHEET, TABLE_TOP, GRADE), "grades per the 2026 policy");
      review.getRange(addressOf(SHEET, TABLE_TOP + 1, SIGNED, 3, 1)).dataValidation.rule = { list: { inCellDropDown: true, source: "Yes,No" } };
      review.getRange(addressOf(SHEET, TABLE_TOP + 3, TOTAL)).dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      await context.sync();
    });
    const repIds = wb.values(addressOf(SHEET, TABLE_TOP + 1, 0, 3, 1));
    const linkAt = (row: number, column: number) => wb.workbook.annotation<Excel.RangeHyperlink>(sheet, row, column, "hyperlink")?.address ?? null;
    /** Every comment and note with its cell, and the cells with a rule (and which). */
    const annotations = () =>
      Excel.run(async (context) => {
        const comments = context.workbook.comments.load("items");
        const notes = context.workbook.worksheets.getItem(SHEET).notes.load("items");
        await context.sync();
        const cells = [...comments.items, ...notes.items].map((item) => ({ item, at: item.getLocation().load("address") }));
        await context.sync();
        return {
          texts: cells.map(({ item, at }) => [at.address, item.content]).sort(),
          rules: sheet.styles.cells("dataValidation").map(({ row, col }) => [addressOf(SHEET, row, col), Object.keys(wb.workbook.annotation<object>(sheet, row, col, "dataValidation")!)[0]]),
        };
      });

    // Ivy joins: the table grows a row, what is below it moves down (A40 to A41).
    wb.put("Data!A5:U5", [IVY]);
    wb.workbook.resizeTable(wb.workbook.table("RepData")!, rect(0, 0, 5, 21));
    wb.workbook.endBatch();
    await generate();
    // The policy gains a metric: three columns inserted among TeleScore's, the comment and manager's columns move right.
    const policy: Policy = structuredClone(defaultPolicy());
    const sales = policy.dimensions.find((d) => d.key === "sales")!;
    sales.metrics.push({ ...sales.metrics[0], key: "upsell", label: { en: "Upsell", zh: "追加销售" } });
    setPolicy(policy);
    await generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode: "live", locale: "en", user: null, policy });
    const columns = reviewColumns(policy, parsePeriod("2026-07"));
    // Where each column is after Allocate inserts its column right of net profit (every column used here is right of it).
    const at = (key: string): number => columns.findIndex((c) => c.key === key) + 1;
    const comment = at("comment") - 1;
    expect(wb.values(addressOf(SHEET, TABLE_TOP + 2, comment))).toEqual([["=talk about leave"]]);

    // Allocate: a sheet column is inserted beside net profit, everything right of it moves one more column.
    const netProfit = (await findReviewNetProfit())!;
    const request: ReconcileRequest = { netProfit, ledger: { kind: "amount", value: 43499.27 }, unassigned: { kind: "amount", value: null }, tolerance: 0.05, reconciledBy: "Mei", at: new Date(2026, 7, 3), locale: "en" };
    await allocateOnSheet(request, -0.02);
    await generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode: "live", locale: "en", user: null, policy });

    expect(linkAt(TABLE_TOP + 2, at("comment"))).toBe("https://hr.example/bo");
    expect(wb.values(addressOf(SHEET, TABLE_TOP + 2, at("comment")))).toEqual([["=talk about leave"]]);
    expect([linkAt(1, 2), wb.values(addressOf(SHEET, 1, 2))[0][0]]).toEqual(["https://hr.example/memo", "policy memo"]);
    expect([linkAt(40, 0), wb.values(addressOf(SHEET, 40, 0))[0][0]]).toEqual(["https://hr.example/q3", "Q3 plan"]);
    expect([linkAt(TABLE_TOP + 1, columns.length + 1), wb.values(addressOf(SHEET, TABLE_TOP + 1, columns.length + 1))[0][0]]).toEqual(["https://hr.example/ann", "call back"]);
    // Nowhere else: the four links, no copies.
    const used = wb.workbook.usedArea(sheet)!;
    let links = 0;
    for (let r = used.row; r <= used.row + used.rows - 1; r++) for (let c = used.col; c <= used.col + used.cols - 1; c++) if (linkAt(r, c) !== null) links++;
    expect(links).toBe(4);
    // Each comment, note and rule on the same rep's (or header's) cell, once; Ann, Bo and Hal are still rows 9 to 11.
    expect(wb.values(addressOf(SHEET, TABLE_TOP + 1, 0, 3, 1))).toEqual(repIds);
    expect(wb.values(addressOf(SHEET, TABLE_TOP, at("grade")))).toEqual([["Grade"]]);
    expect(await annotations()).toEqual({
      texts: [
        [addressOf(SHEET, 40, 0), "agreed with HR"],
        [addressOf(SHEET, TABLE_TOP, at("grade")), "grades per the 2026 policy"],
        [addressOf(SHEET, TABLE_TOP + 2, at("comment")), "said he will call back"],
        [addressOf(SHEET, TABLE_TOP + 2, at("total")), "checked with finance"],
      ].sort(),
      rules: [
        [addressOf(SHEET, TABLE_TOP + 1, at("signedOff")), "list"],
        [addressOf(SHEET, TABLE_TOP + 2, at("signedOff")), "list"],
        [addressOf(SHEET, TABLE_TOP + 3, at("total")), "decimal"],
        [addressOf(SHEET, TABLE_TOP + 3, at("signedOff")), "list"],
      ],
    });
  });

  it("two metrics with one label do not add columns on every run", async () => {
    const policy: Policy = structuredClone(defaultPolicy());
    const sales = policy.dimensions.find((d) => d.key === "sales")!;
    sales.metrics.push({ ...sales.metrics[0], key: "revenue_again" }); // same label as revenue
    const wb = await reviewWorkbook(dataSheet(JULY), policy);
    wb.table("Data!A1:U4", "RepData");
    const run = () => generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode: "live", locale: "en", user: null, policy });
    await run();
    const width = wb.workbook.table("TeleScoreReview_2026_07")!.area.cols;
    await run();
    await run();
    expect(wb.workbook.table("TeleScoreReview_2026_07")!.area.cols).toBe(width);
  });

  it("a grade named like an object property, and text far away on the sheet, do not stop a run", async () => {
    const policy: Policy = structuredClone(defaultPolicy());
    policy.bands[0].grade = "constructor";
    policy.targetDistribution = { constructor: 0.2, toString: 0.3 };
    const wb = await reviewWorkbook(dataSheet(JULY), policy);
    wb.table("Data!A1:U4", "RepData");
    await generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode: "live", locale: "en", user: null, policy });
    wb.put(addressOf(SHEET, 199999, 0), [["far below"]]);
    wb.put(addressOf(SHEET, 1048575, 51), [["the last cell"]]);
    await expect(generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode: "live", locale: "en", user: null, policy })).resolves.toMatchObject({ regenerated: true });
    expect(wb.values(addressOf(SHEET, 199999, 0))).toEqual([["far below"]]);
    expect(wb.values(addressOf(SHEET, 1048575, 51))).toEqual([["the last cell"]]);
  });

  it("makes no sheet when no row can be scored, and says why", async () => {
    const wb = await reviewWorkbook(dataSheet([["E001", "Ann", "Nobody", "'2026-07", 1800]]));
    wb.table("Data!A1:U2", "RepData");
    const run = generate();
    await expect(run).rejects.toBeInstanceOf(ReviewError);
    await expect(run).rejects.toMatchObject({ problem: "nothingScored" });
    expect(wb.sheetNames()).toEqual(["Data"]);
  });

  it("leaves a sheet a user named like TeleScore's old staging sheets alone", async () => {
    const wb = await reviewWorkbook({ ...dataSheet(JULY), "TeleScore staging 1": [["mine"]] });
    wb.table("Data!A1:U4", "RepData");
    await generate();
    await generate();
    expect(wb.sheetNames()).toEqual(["Data", "TeleScore staging 1", SHEET]);
  });
});
