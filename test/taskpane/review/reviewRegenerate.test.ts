/**
 * Regenerating a review: it is updated in place, keyed by rep id, and nothing a person wrote is
 * lost: comments, sign-offs, a column the manager added to the table, notes beside and below it.
 * A rep no longer in the data keeps their row, marked, with the old figures frozen as values.
 */
import { rect } from "../../../src/engine/sheet/address";
import { generateReview } from "../../../src/taskpane/review/excel/reviewSheet";
import { REVIEWS_KEY } from "../../../src/taskpane/review/excel/reviewRegistry";
import { TABLE_TOP } from "../../../src/taskpane/review/plan/reviewPlan";
import { dataSheet, JULY, JULY_COLUMNS, reviewHeaders, reviewRows, type Row } from "./fixtures";
import { addressOf, reviewWorkbook } from "./reviewHarness";

const SHEET = "Review 2026-07";
const col = (key: string): number => JULY_COLUMNS.findIndex((c) => c.key === key);
const COMMENT = col("comment");
const SIGNED = col("signedOff");
const EXTRA = JULY_COLUMNS.length; // the manager's column goes right after TeleScore's 41
const IVY: Row = ["E009", "Ivy", "Junior", "'2026-07", 1800, 1500, 120, null, null, null, null, null, null, null, null, null, null, null, null, null, null];

const generate = (mode: "live" | "values" = "live") =>
  generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode, locale: "en", user: "Mei Chen" });

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

describe("regenerating a review", () => {
  it("keeps comments, sign-offs, the manager's column and notes; moves a rep's cells with the rep; marks a rep no longer in the data", async () => {
    const wb = await reviewedJuly();
    // Bo's extra cell shows 2 × 60 = 120 before anything changes.
    expect(wb.values(addressOf(SHEET, TABLE_TOP + 2, EXTRA))).toEqual([[120]]);
    // The new data: Ann is gone, Bo and Hal stay, Ivy is new.
    wb.put("Data!A2:U4", [JULY[1], JULY[2], IVY]);

    const outcome = await generate();
    expect(outcome).toMatchObject({ sheetName: SHEET, regenerated: true, reps: 3, kept: [{ repId: "E001", repName: "Ann", reason: "removed" }], previousKeptAs: null });
    expect(wb.sheetNames()).toEqual(["Data", SHEET]);
    expect(reviewHeaders(wb, SHEET, EXTRA + 1)).toEqual([...JULY_COLUMNS.map((c) => c.header.en), "Follow-up"]);

    // Previous order first (Bo, Hal), then the new rep (Ivy), then the kept row (Ann).
    const rows = reviewRows(wb, SHEET, 4);
    expect(rows.map((r) => r.repId)).toEqual(["E002", "E008", "E009", "E001"]);
    // Bo: his comment (text that looked like a formula stays text); his formula moved with him from row 10 to row 9.
    expect(rows[0].comment).toBe("=talk about leave");
    expect(wb.formulas(addressOf(SHEET, TABLE_TOP + 1, EXTRA))).toEqual([["=AJ9*2"]]);
    expect(wb.values(addressOf(SHEET, TABLE_TOP + 1, EXTRA))).toEqual([[120]]);
    // Ranks among the current reps only: Hal 100 and Ivy 100 share 1st (Ivy: 1800/1800, 1500/1500, 120/120 -> 100 each), Bo 60 is 3rd.
    expect(rows.slice(0, 3).map((r) => [r.total, r.grade, r.rank])).toEqual([[60, "D", 3], [100, "A", 1], [100, "A", 1]]);

    // Ann, kept: her cells as she left them, the mark in "Missing metrics", no rank. Her live figures are not kept:
    // they were formulas over source row 2, which is Bo's now. What was a value stays (id, name, position, period).
    const ann = rows[3];
    expect([ann.repName, ann.position, ann.period, ann.comment, ann.signedOff, ann.total, ann.grade, ann.rank]).toEqual(["Ann", "Junior", "2026-07", "Great month", 46240, "", "", ""]);
    expect(ann.missing).toBe("Kept from an earlier version: this rep is no longer in the source data.");
    expect(wb.numberFormats(addressOf(SHEET, TABLE_TOP + 4, SIGNED))).toEqual([["yyyy-mm-dd"]]);
    expect(wb.values(addressOf(SHEET, TABLE_TOP + 4, EXTRA))).toEqual([["call back"]]);
    expect(wb.sheet(SHEET).styles.get(TABLE_TOP + 4, 0, "fontColor")).toBe("#7F7F7F");

    // The note beside stays in AV2. TeleScore's area grew by one row (four table rows instead of three: 28 -> 29 rows),
    // so the note below moves from A40 to A41.
    expect(wb.values(addressOf(SHEET, 1, 47))).toEqual([["Reviewed with HR"]]);
    expect(wb.values(addressOf(SHEET, 39, 0, 2, 1))).toEqual([[""], ["Q3 plan"]]);
  });

  it("in a values-only review, a kept row keeps its figures as they were", async () => {
    const wb = await reviewWorkbook(dataSheet(JULY));
    wb.table("Data!A1:U4", "RepData");
    await generate("values");
    wb.put("Data!A2:U4", [JULY[1], JULY[2], IVY]);
    await generate("values");
    const ann = reviewRows(wb, SHEET, 4)[3];
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

  it("works when the review is the only visible sheet (the data sheet hidden)", async () => {
    const wb = await reviewedJuly();
    wb.workbook.setVisibility(wb.sheet("Data"), "Hidden");
    wb.workbook.endBatch();
    const outcome = await generate();
    expect(outcome.regenerated).toBe(true);
    expect(wb.sheetNames()).toEqual(["Data", SHEET]);
    expect(reviewRows(wb, SHEET, 1)[0].comment).toBe("Great month");
  });

  it("keeps an earlier version it has no record of under another name, rather than deleting cells it cannot tell apart", async () => {
    const wb = await reviewedJuly();
    wb.workbook.deleteSetting(REVIEWS_KEY);
    wb.workbook.endBatch();
    const outcome = await generate();
    expect(outcome).toMatchObject({ sheetName: SHEET, regenerated: true, previousKeptAs: "Review 2026-07 (old)" });
    expect(wb.values(addressOf("Review 2026-07 (old)", 39, 0))).toEqual([["Q3 plan"]]);
    // The comments still come across, matched by the current headers.
    expect(reviewRows(wb, SHEET, 3).map((r) => r.comment)).toEqual(["Great month", "=talk about leave", ""]);
    expect(wb.workbook.table("TeleScoreReview_2026_07")!.sheet.name).toBe(SHEET);
  });
});
