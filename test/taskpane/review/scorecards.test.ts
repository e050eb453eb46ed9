/**
 * Rep scorecards (docs/explain.md, "Rep scorecards") for the workbench's 24-rep sample, against the
 * emulated Excel: every page's figures are the review sheet's (read back from the sheets the review
 * adapter wrote), the team median is worked out here from those sheets, each quarter page has a
 * line chart over its months, the sheet is set up for A4 with a page break above every rep, and a
 * manager's notes survive a regeneration.
 */
import "../../support/customFunctionsGlobal";
import { HAN, notTraditional } from "../../support/traditional";
import type { Locale } from "../../../src/engine/locale";
import { defaultPolicy } from "../../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../../src/engine/policyStore";
import { MAX_COLUMNS, rect } from "../../../src/engine/sheet/address";
import { createCustomFunctionsShim } from "../../../src/workbench/customFunctionsShim";
import { createExcelHost } from "../../../src/workbench/excel/host";
import type { Workbook } from "../../../src/workbench/excel/workbook";
import { createOfficeShim } from "../../../src/workbench/officeShim";
import { sampleWorkbook } from "../../../src/workbench/sampleWorkbook";
import { teleWorkbook } from "../../../src/workbench/teleWorkbook";
import { replaceContent } from "../../../src/workbench/workbookContent";
import { generateReview } from "../../../src/taskpane/review/excel/reviewSheet";
import { generateScorecards, listReviewSheets, ScorecardError } from "../../../src/taskpane/review/scorecard/excel/scorecardSheet";
import { associateTeleFunctions } from "../../workbench/teleFunctions";

const REVIEW = "TeleScoreReview_2026_Q3";
const CARDS = "Scorecards 2026-Q3";
const NOW = new Date(2026, 9, 5, 9, 30);

let metadata: Awaited<ReturnType<typeof associateTeleFunctions>>;
let shim: ReturnType<typeof createCustomFunctionsShim>;
let workbook: Workbook;
let uninstall: () => void;
let host: ReturnType<typeof createExcelHost>;

beforeAll(async () => {
  shim = createCustomFunctionsShim();
  metadata = await associateTeleFunctions(shim);
});

beforeEach(() => {
  resetPolicyStoreForTests();
  setPolicy(defaultPolicy());
  workbook = teleWorkbook(metadata, shim.implementations);
  replaceContent(workbook, sampleWorkbook());
  host = createExcelHost(workbook);
  uninstall = host.install();
  (globalThis as { Office?: unknown }).Office = createOfficeShim("en-US");
});

afterEach(() => {
  uninstall();
  delete (globalThis as { Office?: unknown }).Office;
  resetPolicyStoreForTests();
});

const sheet = (name: string) => workbook.sheet(name)!;
const cells = (name: string) => workbook.values(sheet(name), workbook.usedArea(sheet(name))!);

/** The review table's rows by rep id, as the review sheet shows them: header -> value. */
function reviewTable(name: string): Map<string, Record<string, unknown>> {
  const rows = cells(name);
  const top = rows.findIndex((r) => r[0] === "Rep ID");
  const header = rows[top].map(String);
  const out = new Map<string, Record<string, unknown>>();
  for (const r of rows.slice(top + 1)) {
    if (r[0] === "" || r[0] === null) break;
    out.set(String(r[0]), Object.fromEntries(header.map((h, i) => [h, r[i]])));
  }
  return out;
}

async function review(period: string, locale: Locale = "en", mode: "values" | "live" = "values") {
  return generateReview({ source: { kind: "table", name: "RepData" }, period, mode, locale, user: null, now: NOW });
}

/** The pages of a scorecard sheet: each page's rows, by the rep id its second row names. */
function pages(name: string, pageRows: number): Map<string, unknown[][]> {
  const rows = cells(name);
  const out = new Map<string, unknown[][]>();
  for (let top = 0; top < rows.length; top += pageRows) out.set(String(rows[top + 1][1]), rows.slice(top, top + pageRows));
  return out;
}

/** A labelled line of a page: its cells after the label. */
const lineOf = (page: unknown[][], label: string): unknown[] => {
  const line = page.find((r) => String(r[0]).trim() === label);
  if (!line) throw new Error(`no line ${label}`);
  return line.slice(1);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

describe("a quarter's scorecards for the 24-rep sample", () => {
  it.each(["values", "live"] as const)("puts each rep's figures from the review sheet (%s) on a page of their own, with the team's median", async (mode) => {
    await review("2026-Q3", "en", mode);
    const outcome = await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    const none = { reps: 0, names: [] };
    expect(outcome).toMatchObject({ sheets: [CARDS], reps: 24, kept: 0, regenerated: false, leftAsTheyWere: [], reviewPolicy: null, differsFromReview: none, notCompared: none });

    const table = reviewTable("Review 2026-Q3");
    const pageRows = cells(CARDS).length / 24;
    expect(Number.isInteger(pageRows)).toBe(true);
    const byRep = pages(CARDS, pageRows);
    expect([...byRep.keys()].sort()).toEqual([...table.keys()].sort());

    const totals = [...table.values()].map((r) => r.Total as number);
    const teamTotal = median(totals);
    const callsMedian = median([...table.values()].map((r) => r["Calls dialed – points"] as number).filter((x) => typeof x === "number"));
    for (const [id, page] of byRep) {
      const row = table.get(id)!;
      expect(page[0][0]).toBe(`Scorecard: ${row.Name}`);
      expect(lineOf(page, "Total").slice(0, 5)).toEqual([row.Total, "Grade", row.Grade, "Rank", `${row.Rank} of 24`]);
      expect(lineOf(page, "Team median total")[0]).toBeCloseTo(teamTotal, 9);
      // Calls: actual, target, points as the review has them, the team's median points, the weight 40 %.
      expect(lineOf(page, "Calls dialed")).toEqual([row["Calls dialed – actual"], row["Calls dialed – target"], row["Calls dialed – points"], expect.closeTo(callsMedian, 9), 0.4]);
      expect(lineOf(page, "Sales results")[2]).toBe(row["Sales results score"]);
      expect(page[2].slice(0, 2)).toEqual(["Policy", "TeleScore default (revision 1)"]);
    }
  });

  it("charts each rep's total month by month against the team's median, from the month reviews' own totals", async () => {
    await review("2026-Q3");
    for (const month of ["2026-07", "2026-08", "2026-09"]) await review(month);
    await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    const months = ["2026-07", "2026-08", "2026-09"].map((m) => reviewTable(`Review ${m}`));
    const pageRows = cells(CARDS).length / 24;
    const charts = sheet(CARDS).charts;
    expect(charts).toHaveLength(24);
    let top = 0;
    for (const [id, page] of pages(CARDS, pageRows)) {
      const header = page.findIndex((r) => r[2] === "Team median");
      const trend = page.slice(header + 1, header + 4);
      expect(trend.map((r) => r[0])).toEqual(["2026-07", "2026-08", "2026-09"]);
      trend.forEach((r, i) => {
        const own = months[i].get(id)?.Total;
        expect(r[1]).toBe(typeof own === "number" ? own : "");
        expect(r[2]).toBeCloseTo(median([...months[i].values()].map((x) => x.Total).filter((x): x is number => typeof x === "number")), 9);
      });
      // The page's chart reads exactly that block: the series names in its first row, the months in its first column.
      const chart = charts.find((c) => c.source?.area.row === top + header)!;
      expect(chart).toBeDefined();
      expect([chart.chartType, chart.seriesBy, chart.source?.sheet.name, chart.source?.area]).toEqual(["LineMarkers", "Columns", CARDS, rect(top + header, 0, 4, 3)]);
      expect(page[header][1]).toBe(String(page[0][0]).replace("Scorecard: ", ""));
      top += pageRows;
    }
  });

  it("talks to Excel in a fixed number of exchanges, each under 5 MB: records, the source's shape, its values, the pages, the finish", async () => {
    await review("2026-Q3");
    host.resetCounters();
    await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    // 24 pages and 72 source rows are one chunk each.
    expect(host.syncLog).toHaveLength(5);
    expect(Math.max(...host.syncLog.map((r) => Math.max(r.requestBytes, r.responseBytes)))).toBeLessThan(5 * 1024 * 1024);
  });

  it("is set up for A4 portrait, one rep a page: a break above every page but the first, the pages as the print area, period and policy in header and footer", async () => {
    await review("2026-Q3");
    await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    const pageRows = cells(CARDS).length / 24;
    const page = sheet(CARDS).pageLayout;
    expect(page).toMatchObject({ paperSize: "A4", orientation: "Portrait", zoom: { scale: 100 }, printArea: rect(0, 0, 24 * pageRows, 6) });
    expect(page.rowBreaks).toEqual(Array.from({ length: 23 }, (_, i) => (i + 1) * pageRows));
    expect(page.centerHeader).toBe("Scorecards 2026-Q3");
    expect(page.centerFooter).toBe("Policy TeleScore default (revision 1)");
    // A page fits A4 at 100 %: its rows' heights within the printable height, its columns within the width.
    const height = Array.from({ length: pageRows }, (_, r) => sheet(CARDS).rowHeight(r)).reduce((a, b) => a + b, 0);
    expect(height).toBe((pageRows + 1) * 15);
    expect(height).toBeLessThanOrEqual(842 - 2 * 54 - 2 * 21.6);
    expect([0, 1, 2, 3, 4, 5].reduce((w, c) => w + sheet(CARDS).columnWidth(c), 0)).toBeLessThanOrEqual(595 - 2 * 50.4);
  });

  it("leaves print setup alone where Excel lacks ExcelApi 1.9", async () => {
    delete (globalThis as { Office?: unknown }).Office;
    await review("2026-Q3");
    await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    expect(sheet(CARDS).pageLayout).toMatchObject({ paperSize: null, printArea: null, rowBreaks: [] });
  });
});

describe("regenerating", () => {
  it("keeps what the manager typed anywhere on the sheet and updates the figures in place", async () => {
    await review("2026-Q3");
    await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    const pageRows = cells(CARDS).length / 24;
    const s = sheet(CARDS);
    const first = pages(CARDS, pageRows).get("TS1001")!;
    const comment = first.findIndex((r) => r[0] === "Manager comment") + 1;
    const signOff = first.findIndex((r) => r[0] === "Manager sign-off");
    const blankInTable = first.findIndex((r) => String(r[0]).trim() === "Calls dialed");
    // The manager's words: on a comment line, beside the sign-off, in a blank cell of the header block, right of the page, below the last page.
    workbook.write(s, rect(comment, 0), [["Strong quarter; coach on talk time."]]);
    workbook.write(s, rect(signOff, 1), [["M. Li"]]);
    workbook.write(s, rect(signOff, 3), [["2026-10-06"]]);
    workbook.write(s, rect(2, 2), [["see HR file"]]);
    // In cells that look empty on the page: the status line, beside a dimension's score, the trend block's corner.
    const workloadRow = first.findIndex((r) => r[0] === "Workload");
    const corner = first.findIndex((r) => r[2] === "Team median");
    workbook.write(s, rect(5, 0), [["talked 2026-10-06"]]);
    workbook.write(s, rect(workloadRow, 1), [["up from Q2"]]);
    workbook.write(s, rect(corner, 0), [["see chart"]]);
    workbook.write(s, rect(blankInTable, 7), [["note beside the page"]]);
    workbook.write(s, rect(24 * pageRows + 2, 0), [["note below all pages"]]);
    workbook.endBatch();
    const typed = () => [
      workbook.values(s, rect(comment, 0))[0][0],
      workbook.values(s, rect(signOff, 1))[0][0],
      workbook.formulas(s, rect(signOff, 3))[0][0],
      workbook.values(s, rect(2, 2))[0][0],
      workbook.values(s, rect(blankInTable, 7))[0][0],
      workbook.values(s, rect(24 * pageRows + 2, 0))[0][0],
      workbook.values(s, rect(5, 0))[0][0],
      workbook.values(s, rect(first.findIndex((r) => r[0] === "Workload"), 1))[0][0],
      workbook.values(s, rect(first.findIndex((r) => r[2] === "Team median"), 0))[0][0],
    ];
    const before = typed();

    // Li Wei's July calls corrected in the data, the review made again, then the scorecards.
    const data = sheet("Rep data");
    workbook.write(data, rect(1, 4), [[3000]]);
    workbook.endBatch();
    await review("2026-Q3");
    const outcome = await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    expect(outcome).toMatchObject({ sheets: [CARDS], reps: 24, regenerated: true, leftAsTheyWere: [] });
    expect(typed()).toEqual(before);
    expect(workbook.sheets.filter((x) => x.name.startsWith("Scorecards"))).toHaveLength(1);
    expect(s.charts).toHaveLength(24);
    const row = reviewTable("Review 2026-Q3").get("TS1001")!;
    expect(lineOf(pages(CARDS, pageRows).get("TS1001")!, "Calls dialed").slice(0, 3)).toEqual([row["Calls dialed – actual"], row["Calls dialed – target"], row["Calls dialed – points"]]);
    expect(s.pageLayout.rowBreaks).toHaveLength(23);
  });

  it("keeps the page of a rep who left, marked, and gives a new rep a page at the end", async () => {
    await review("2026-Q3");
    await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    const pageRows = cells(CARDS).length / 24;
    const oldTotal = lineOf(pages(CARDS, pageRows).get("TS1001")!, "Total")[0];
    // TS1001's rows are given to a new rep, TS2001.
    const data = sheet("Rep data");
    for (const r of [1, 25, 49]) workbook.write(data, rect(r, 0, 1, 2), [["TS2001", "New Rep"]]);
    workbook.endBatch();
    const ids = workbook.values(data, rect(1, 0, 72, 1)).map((r) => r[0]);
    expect(ids.filter((id) => id === "TS2001")).toHaveLength(3);
    await review("2026-Q3");
    const outcome = await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    expect(outcome).toMatchObject({ reps: 24, kept: 1, regenerated: true });
    const byRep = pages(CARDS, pageRows);
    expect(byRep.size).toBe(25);
    const gone = byRep.get("TS1001")!;
    expect(gone[5][0]).toMatch(/^No longer in the review/);
    expect(lineOf(gone, "Total")[0]).toBe(oldTotal);
    expect([...byRep.keys()].pop()).toBe("TS2001");
    expect(sheet(CARDS).pageLayout.rowBreaks).toEqual(Array.from({ length: 24 }, (_, i) => (i + 1) * pageRows));
    expect(sheet(CARDS).charts).toHaveLength(25);

    // TS1001 is back: the mark goes, the figures are the review's again.
    for (const r of [1, 25, 49]) workbook.write(data, rect(r, 0, 1, 2), [["TS1001", "Li Wei"]]);
    workbook.endBatch();
    await review("2026-Q3");
    expect(await generateScorecards({ review: REVIEW, locale: "en", now: NOW })).toMatchObject({ reps: 24, kept: 1 });
    const back = pages(CARDS, pageRows).get("TS1001")!;
    expect(back[5][0]).toBe("");
    expect(lineOf(back, "Total")[0]).toBe(reviewTable("Review 2026-Q3").get("TS1001")!.Total);
    expect(pages(CARDS, pageRows).get("TS2001")![5][0]).toMatch(/^No longer in the review/);
  });

  it("leaves scorecards whose rows a person moved as they are, unmarked, and makes new ones beside them", async () => {
    await review("2026-Q3");
    await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    const s = sheet(CARDS);
    // A row inserted above the first page: every page moved down by one.
    workbook.insertCells(s, rect(0, 0, 1, MAX_COLUMNS), "Down");
    workbook.write(s, rect(0, 0), [["my own line"]]);
    workbook.endBatch();
    const before = cells(CARDS);
    const outcome = await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    expect(outcome).toMatchObject({ sheets: ["Scorecards 2026-Q3 (2)"], regenerated: false, leftAsTheyWere: [CARDS] });
    expect(cells(CARDS)).toEqual(before);
    expect(workbook.nameFormula(workbook.definedName("TeleScoreCards_2026_Q3_1")!)).toMatch(/Scorecards 2026-Q3 \(2\)/);
  });
});

describe("in Chinese and for a month", () => {
  it("writes the scorecards in the pane's language", async () => {
    await review("2026-Q3", "zh");
    const outcome = await generateScorecards({ review: REVIEW, locale: "zh", now: NOW });
    expect(outcome.sheets).toEqual(["评分卡 2026-Q3"]);
    // The Chinese review's columns are found by the headers it wrote: every page agrees with it.
    expect(outcome.differsFromReview).toEqual({ reps: 0, names: [] });
    const rows = cells("评分卡 2026-Q3");
    expect(rows[0][0]).toMatch(/^评分卡：/);
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(["总分", "团队总分中位数", "主管评语", "主管签字", "员工签字"]));
    expect(sheet("评分卡 2026-Q3").pageLayout.centerHeader).toBe("评分卡 2026-Q3");
  });

  it("writes them in Traditional Chinese for a Traditional pane, the policy's names in their Traditional form", async () => {
    await review("2026-Q3", "zh-Hant");
    const outcome = await generateScorecards({ review: REVIEW, locale: "zh-Hant", now: NOW });
    expect(outcome.sheets).toEqual(["評分卡 2026-Q3"]);
    const rows = cells("評分卡 2026-Q3");
    expect(rows[0][0]).toMatch(/^評分卡：/);
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(["總分", "團隊總分中位數", "主管評語", "主管簽核", "員工簽名", "工作量", "  外撥通數"]));
    const texts = rows.flat().filter((v): v is string => typeof v === "string" && HAN.test(v));
    expect(notTraditional(texts)).toEqual([]);
  });

  it("shows a month's dimension scores and total against the team's medians as columns", async () => {
    await review("2026-08");
    // A month review's rows agree with its pages too (reps not scored that month included).
    expect((await generateScorecards({ review: "TeleScoreReview_2026_08", locale: "en", now: NOW })).differsFromReview).toEqual({ reps: 0, names: [] });
    const table = reviewTable("Review 2026-08");
    const name = "Scorecards 2026-08";
    const pageRows = cells(name).length / table.size;
    const page = pages(name, pageRows).get("TS1002")!;
    const header = page.findIndex((r) => r[2] === "Team median");
    expect(page.slice(header + 1, header + 5).map((r) => [r[0], r[1]])).toEqual([
      ["Workload", table.get("TS1002")!["Workload score"]],
      ["Sales results", table.get("TS1002")!["Sales results score"]],
      ["Key initiatives", table.get("TS1002")!["Key initiatives score"]],
      ["Total", table.get("TS1002")!.Total],
    ]);
    expect(sheet(name).charts[0].chartType).toBe("ColumnClustered");
  });

  it("lists the reviews to choose from and says plainly when there is none", async () => {
    await expect(generateScorecards({ review: REVIEW, locale: "en" })).rejects.toThrow(ScorecardError);
    await review("2026-Q3");
    await generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode: "values", locale: "en", user: null, now: new Date(2026, 9, 6) });
    expect(await listReviewSheets()).toEqual([
      { table: "TeleScoreReview_2026_07", period: "2026-07", sheetName: "Review 2026-07" },
      { table: REVIEW, period: "2026-Q3", sheetName: "Review 2026-Q3" },
    ]);
  });
});

describe("checking the scorecards against the signed review sheet", () => {
  /** The status line of each rep's page (the line under the team's median total), by rep id. */
  const statusLines = (): Map<string, unknown> => {
    const rows = cells(CARDS);
    const pageRows = rows.length / 24;
    const status = rows.findIndex((r) => r[0] === "Team median total") + 1;
    return new Map([...pages(CARDS, pageRows)].map(([id, page]) => [id, page[status][0]]));
  };

  it("names the one rep whose data changed after a values-only review, marks only that page, and clears the mark once the review is made again", async () => {
    await review("2026-Q3");
    const signed = reviewTable("Review 2026-Q3").get("TS1001")!.Total;
    // Li Wei's July calls corrected in the data after the review was made (and signed).
    workbook.write(sheet("Rep data"), rect(1, 4), [[3000]]);
    workbook.endBatch();

    const outcome = await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    expect(outcome.differsFromReview).toEqual({ reps: 1, names: ["Li Wei"] });
    expect(outcome.notCompared).toEqual({ reps: 0, names: [] });
    // The scorecards are made all the same, with the current figures; only Li Wei's page says it differs.
    expect(outcome.reps).toBe(24);
    const pageRows = cells(CARDS).length / 24;
    expect(lineOf(pages(CARDS, pageRows).get("TS1001")!, "Total")[0]).not.toBe(signed);
    const status = statusLines();
    expect(status.get("TS1001")).toMatch(/^Differs from the review sheet/);
    expect([...status].filter(([id]) => id !== "TS1001").map(([, line]) => line)).toEqual(new Array(23).fill(""));

    await review("2026-Q3");
    const again = await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    expect(again.differsFromReview).toEqual({ reps: 0, names: [] });
    expect(statusLines().get("TS1001")).toBe("");
  });

  it("does not compare totals a live review shows as errors (the add-in not loaded), and says whose", async () => {
    await review("2026-Q3", "en", "live");
    // What Excel shows once it recalculates a TELE formula without the add-in: #NAME? in the total.
    const rows = cells("Review 2026-Q3");
    const header = rows.findIndex((r) => r[0] === "Rep ID");
    const total = rows[header].indexOf("Total");
    const byId = rows.findIndex((r) => r[0] === "TS1002");
    workbook.write(sheet("Review 2026-Q3"), rect(byId, total), [["=NOSUCHFUNCTION()"]]);
    workbook.endBatch();
    expect(cells("Review 2026-Q3")[byId][total]).toBe("#NAME?");

    const outcome = await generateScorecards({ review: REVIEW, locale: "en", now: NOW });
    expect(outcome.notCompared).toEqual({ reps: 1, names: [rows[byId][1]] });
    expect(outcome.differsFromReview).toEqual({ reps: 0, names: [] });
    expect(statusLines().get("TS1002")).toBe("");
  });
});
