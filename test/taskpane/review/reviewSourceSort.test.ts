/**
 * A live month review reads the data's cells by address (docs/review.md, 4.3). Sorting the DATA
 * moves other reps' figures under those addresses while the review's IDs and names stay: each row
 * checks that the data row it reads still holds its rep and month, and shows #N/A with the reason
 * when it does not, never another rep's figures. Sorting the REVIEW moves each row's formulas with
 * it, so every rep keeps reading their own data. The sorts are the host's Range.sort, as Excel sorts.
 */
import { DetailedCellError } from "hyperformula";
import { defaultPolicy } from "../../../src/engine/policy";
import { rect } from "../../../src/engine/sheet/address";
import { excelExplainWorkbook } from "../../../src/taskpane/explain/excel/explainWorkbook";
import { explainSelection } from "../../../src/taskpane/explain/explainSelection";
import { generateReview } from "../../../src/taskpane/review/excel/reviewSheet";
import { TABLE_TOP } from "../../../src/taskpane/review/plan/reviewPlan";
import { dataSheet, HEADERS, JULY, JULY_COLUMNS, manyReps, Q3_COLUMNS, reviewRows } from "./fixtures";
import { addressOf, reviewWorkbook, type TestWorkbook } from "./reviewHarness";

const SHEET = "Review 2026-07";
const REPS = JULY.length;
const MOVED_EN = "The data rows moved (the data was sorted or changed): generate the review again.";

/** Every cell of a rep's row that comes from the data or from a score: what must never show another rep's figure. */
const FIGURES = JULY_COLUMNS.filter((c) => !["repId", "repName", "position", "period", "missing", "comment", "signedOff"].includes(c.key)).map((c) => c.key);

const generate = (mode: "live" | "values" = "live", period = "2026-07") =>
  generateReview({ source: { kind: "table", name: "RepData" }, period, mode, locale: "en", user: null });

async function julyReview(mode: "live" | "values" = "live"): Promise<TestWorkbook> {
  const wb = await reviewWorkbook(dataSheet(JULY));
  wb.table(`Data!A1:U${REPS + 1}`, "RepData");
  await generate(mode);
  return wb;
}

/** Sorts a block (header row first) by one of its columns, through Office.js (Range.sort.apply, ExcelApi 1.2). */
async function sortBlock(sheet: string, address: string, key: number, ascending = true): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).sort.apply([{ key, ascending }], false, true);
    await context.sync();
  });
}

const isError = (v: unknown): boolean => typeof v === "string" && /^#[A-Z/0]+[!?]?$/.test(v);

/** The message HyperFormula holds for an error cell of the review (what Excel shows beside #N/A). */
function errorMessage(wb: TestWorkbook, row: number, col: number): string | undefined {
  const engine = wb.workbook.engine;
  const value = engine.getCellValue({ sheet: engine.getSheetId(SHEET)!, row, col });
  return value instanceof DetailedCellError ? value.message : undefined;
}

const column = (key: string): number => JULY_COLUMNS.findIndex((c) => c.key === key);

describe("a live month review when the data is sorted", () => {
  it("shows #N/A with the reason in every rep's row, never another rep's figures, and reads the right rows again once regenerated", async () => {
    const wb = await julyReview();
    const before = reviewRows(wb, SHEET, REPS);
    expect(before.map((r) => [r.repId, r.grade])).toEqual([["E001", "A"], ["E002", "D"], ["E008", "A"]]);

    // Revenue ascending: Bo (50,000), Hal (80,000), Ann (100,000): every data row now holds another rep.
    await sortBlock("Data", `A1:U${REPS + 1}`, HEADERS.indexOf("Revenue"));
    expect(wb.values(`Data!A2:A${REPS + 1}`).flat()).toEqual(["E002", "E008", "E001"]);

    const after = reviewRows(wb, SHEET, REPS);
    for (const [i, row] of after.entries()) {
      // Who the row is stays; the row says its data moved.
      expect([row.repId, row.repName]).toEqual([before[i].repId, before[i].repName]);
      expect([row.repId, row.period, row.total, row.grade]).toEqual([row.repId, "#N/A", "#N/A", "#N/A"]);
      expect(errorMessage(wb, TABLE_TOP + 1 + i, column("period"))).toBe(MOVED_EN);
      // No cell shows a figure that is not this rep's: each is the rep's own (a constant: a fixed target, a scale) or an error or blank.
      for (const key of FIGURES) {
        const v = row[key];
        if (!isError(v) && v !== "") expect([row.repId, key, v]).toEqual([row.repId, key, before[i][key]]);
      }
      for (const key of ["presence", "calls.actual", "calls.target", "revenue.actual", "revenue.target", "net_profit.actual"]) expect([row.repId, key, row[key]]).toEqual([row.repId, key, "#N/A"]);
    }

    // The summary counts the errors: it shows #N/A, never "0 reps" or "Scored 0".
    const summary = wb.values(addressOf(SHEET, TABLE_TOP + REPS + 2, 0, 10, 2));
    const scored = summary.find((line) => line[0] === "Scored");
    expect(scored).toEqual(["Scored", "#N/A"]);
    expect(summary.filter((line) => ["A", "B", "C", "D", "E"].includes(String(line[0]))).map((line) => line[1])).toEqual(["#N/A", "#N/A", "#N/A", "#N/A", "#N/A"]);

    // Generated again: each rep's row reads their own data row where it is now, as before the sort.
    await generate();
    const again = reviewRows(wb, SHEET, REPS);
    expect(again.map((r) => r.repId)).toEqual(["E001", "E002", "E008"]);
    for (const [i, row] of again.entries()) {
      for (const key of [...FIGURES, "period"]) {
        const want = before[i][key];
        if (typeof want === "number") expect([row.repId, key, row[key]]).toEqual([row.repId, key, expect.closeTo(want, 9)]);
        else expect([row.repId, key, row[key]]).toEqual([row.repId, key, want]);
      }
    }
    expect(wb.values(addressOf(SHEET, TABLE_TOP + REPS + 2, 0, 10, 2)).find((line) => line[0] === "Scored")).toEqual(["Scored", REPS]);
  });

  it("the pane's Explain of such a row gives the reason, not a recomputation from its error cells", async () => {
    const wb = await julyReview();
    const explainAnn = async () => {
      wb.workbook.select(wb.sheet(SHEET), rect(TABLE_TOP + 1, column("total")));
      const explained = explainSelection(await excelExplainWorkbook.read(), defaultPolicy());
      if (explained.kind !== "reviewRow") throw new Error(`not a review row: ${explained.kind}`);
      return explained;
    };
    expect((await explainAnn()).sourceMoved).toBe(false);
    await sortBlock("Data", `A1:U${REPS + 1}`, HEADERS.indexOf("Revenue"));
    expect(await explainAnn()).toMatchObject({ rep: "Ann · E001", sourceMoved: true });
  });

  it("a rep whose data row did not move keeps their figures; the others show the error", async () => {
    const wb = await julyReview();
    const before = reviewRows(wb, SHEET, REPS);
    // Calls ascending: Hal (900), Bo (1,000), Ann (1,800): Bo stays in data row 3.
    await sortBlock("Data", `A1:U${REPS + 1}`, HEADERS.indexOf("Calls"));
    const after = reviewRows(wb, SHEET, REPS);
    expect(after.map((r) => [r.repId, r.total])).toEqual([["E001", "#N/A"], ["E002", before[1].total], ["E008", "#N/A"]]);
  });

  it("a period read from other forms (a date, 2026年7月, an ID typed with spaces) is this rep's month: no error", async () => {
    const rows = JULY.map((r) => [...r]);
    rows[0][0] = " e001 ";
    rows[1][3] = 46218; // 2026-07-15 as a date serial
    rows[2][3] = "2026年7月";
    const wb = await reviewWorkbook(dataSheet(rows));
    wb.table(`Data!A1:U${REPS + 1}`, "RepData");
    await generate();
    const got = reviewRows(wb, SHEET, REPS);
    expect(got.map((r) => [r.repId, r.period, r.grade])).toEqual([["e001", "2026-07", "A"], ["E002", "2026-07", "D"], ["E008", "2026-07", "A"]]);
  });

  it("a data row of the same rep for another month is not read as this month's", async () => {
    // Ann's June row sits under July's first: the data sorted by month puts June where July was.
    const june = [...JULY[0]];
    june[3] = "'2026-06";
    june[4] = 5000;
    const wb = await reviewWorkbook(dataSheet([...JULY, june]));
    wb.table(`Data!A1:U${REPS + 2}`, "RepData");
    await generate();
    const before = reviewRows(wb, SHEET, REPS);
    await sortBlock("Data", `A1:U${REPS + 2}`, HEADERS.indexOf("Month"));
    expect(wb.values("Data!A2:D2")).toEqual([["E001", "Ann", "Junior", "2026-06"]]);
    const ann = reviewRows(wb, SHEET, REPS)[0];
    expect([ann.repId, ann["calls.actual"], ann.total]).toEqual(["E001", "#N/A", "#N/A"]);
    expect(before[0]["calls.actual"]).toBe(1800);
  });
});

describe("sorting the review itself", () => {
  it("keeps every rep reading their own data, with no error", async () => {
    const wb = await julyReview();
    const before = new Map(reviewRows(wb, SHEET, REPS).map((r) => [r.repId, r]));
    // Total descending: Ann 100.8, Hal 100, Bo 60.
    await sortBlock(SHEET, addressOf(SHEET, TABLE_TOP, 0, REPS + 1, JULY_COLUMNS.length).split("!")[1], column("total"), false);
    const after = reviewRows(wb, SHEET, REPS);
    expect(after.map((r) => r.repId)).toEqual(["E001", "E008", "E002"]);
    for (const row of after) {
      const want = before.get(row.repId)!;
      for (const key of [...FIGURES, "period"]) {
        if (key === "rank") continue;
        expect([row.repId, key, row[key]]).toEqual([row.repId, key, want[key]]);
      }
    }
  });
});

describe("values-only and quarter reviews", () => {
  it("hold values: sorting the data changes nothing on them", async () => {
    const wb = await julyReview("values");
    const before = reviewRows(wb, SHEET, REPS, "formulas");
    expect(before.flatMap((r) => Object.values(r)).filter((v) => typeof v === "string" && v.startsWith("="))).toEqual([]);
    await sortBlock("Data", `A1:U${REPS + 1}`, HEADERS.indexOf("Revenue"));
    expect(reviewRows(wb, SHEET, REPS, "formulas")).toEqual(before);
  });
});

describe("a live quarter review", () => {
  it("reads no data cell: its rows hold the quarter's sums as values", async () => {
    const wb = await reviewWorkbook(dataSheet(manyReps(REPS, ["2026-07", "2026-08", "2026-09"])));
    wb.table(`Data!A1:U${REPS * 3 + 1}`, "RepData");
    await generate("live", "2026-Q3");
    const formulas = reviewRows(wb, "Review 2026-Q3", REPS, "formulas", Q3_COLUMNS).flatMap((r) => Object.values(r));
    expect(formulas.filter((f) => typeof f === "string" && f.includes("Data!"))).toEqual([]);
    expect(formulas.filter((f) => typeof f === "string" && f.startsWith("=TELE.QUARTER_SCORE")).length).toBeGreaterThan(0);
  });
});
