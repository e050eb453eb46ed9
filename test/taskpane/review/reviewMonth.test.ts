/**
 * Generating a month's review sheet in the emulated Excel (TELE functions registered, so the live
 * formulas compute): the numbers worked out by hand, the sheet's layout and formatting, the
 * summary, values-only mode, text that must stay text, rows that cannot be scored, and sheets the
 * add-in did not make.
 */
import { renamePolicy } from "../../../src/taskpane/policy/editor/policyEdits";
import { reasonText } from "../../../src/engine/review/reviewRows";
import { generateReview } from "../../../src/taskpane/review/excel/reviewSheet";
import { TABLE_TOP } from "../../../src/taskpane/review/plan/reviewPlan";
import { dataSheet, HEADERS, JULY, JULY_COLUMNS, reviewHeaders, reviewRows, type Row } from "./fixtures";
import { addressOf, reviewWorkbook } from "./reviewHarness";
import { HAN, notTraditional } from "../../support/traditional";
import { createOfficeShim } from "../../../src/workbench/officeShim";
import { rect } from "../../../src/engine/sheet/address";
import { defaultPolicy } from "../../../src/engine/policy";
import { savePolicy } from "../../../src/taskpane/policy/excel/policyStorage";

/** Runs `work` with Office present, saying ExcelApi 1.9 is there (the review's page setup needs it). */
async function withOffice<T>(work: () => Promise<T>): Promise<T> {
  const global = globalThis as { Office?: unknown };
  global.Office = createOfficeShim("en-US");
  try {
    return await work();
  } finally {
    delete global.Office;
  }
}

// 2026-08-03 14:05 local: serial 46237 (2026-01-01 is 46023; + 212 days of January to July + 2) plus 845 / 1440 of a day.
const NOW = new Date(2026, 7, 3, 14, 5, 0);
const NOW_SERIAL = 46237 + 845 / 1440;
const SHEET = "Review 2026-07";

async function julyWorkbook(rows: Row[] = JULY) {
  const wb = await reviewWorkbook(dataSheet(rows));
  wb.table(`Data!A1:U${rows.length + 1}`, "RepData");
  return wb;
}

const generate = (mode: "live" | "values" = "live", extra: Partial<Parameters<typeof generateReview>[0]> = {}) =>
  generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode, locale: "en", user: "Mei Chen", now: NOW, ...extra });

/**
 * Ann, Junior, July 2026, worked out by hand from docs/method.md and its default policy:
 * presence (22 − 0) / 22 = 1, so the baselines are not prorated.
 * calls 1800 / 1800 = 1 -> 100; talk 1200 / 1500 = 0.8 -> 80; customers 150 / 120 = 1.25, capped at 1.2 -> 120.
 * workload = (40·100 + 30·80 + 30·120) / 100 = (4000 + 2400 + 3600) / 100 = 100.
 * revenue 100000 / 80000 = 1.25 -> 120.
 * net profit = 100000 − 60000 − 1000.50 − 500.25 − 0 = 38499.25; / 40000 = 0.9624812… -> 96.248125.
 * CSAT 90 / 90 = 1 -> 100.
 * sales = (50·120 + 30·96.248125 + 20·100) / 100 = (6000 + 2887.44375 + 2000) / 100 = 108.8744375.
 * ratings 4, 5, 3 -> 80, 100, 60; initiatives = (30·80 + 40·100 + 30·60) / 100 = 82.
 * total = (30·100 + 50·108.8744375 + 20·82) / 100 = (3000 + 5443.721875 + 1640) / 100 = 100.83721875 -> A.
 */
const ANN: Record<string, string | number> = {
  repId: "E001", repName: "Ann", position: "Junior", period: "2026-07", presence: 1,
  "calls.actual": 1800, "calls.target": 1800, "calls.points": 100,
  "talk_minutes.actual": 1200, "talk_minutes.target": 1500, "talk_minutes.points": 80,
  "customers.actual": 150, "customers.target": 120, "customers.points": 120,
  "revenue.actual": 100000, "revenue.target": 80000, "revenue.points": 120,
  "net_profit.actual": 38499.25, "net_profit.target": 40000, "net_profit.points": 96.248125,
  "satisfaction.actual": 90, "satisfaction.target": 90, "satisfaction.points": 100,
  "team_building.actual": 4, "team_building.target": 5, "team_building.points": 80,
  "customer_service.actual": 5, "customer_service.target": 5, "customer_service.points": 100,
  "sales_skills.actual": 3, "sales_skills.target": 5, "sales_skills.points": 60,
  "dimension.workload": 100, "dimension.sales": 108.8744375, "dimension.initiatives": 82,
  total: 100.83721875, grade: "A", rank: 1, missing: "", comment: "", signedOff: "",
};

function expectRow(got: Record<string, unknown>, want: Record<string, string | number>): void {
  for (const [key, value] of Object.entries(want)) {
    if (typeof value === "number") expect([key, got[key]]).toEqual([key, expect.closeTo(value, 6)]);
    else expect([key, got[key]]).toEqual([key, value]);
  }
}

describe("a month, live", () => {
  it("gives Ann's row as worked out by hand, and ranks and grades the others", async () => {
    const wb = await julyWorkbook();
    const outcome = await generate();
    expect(outcome).toMatchObject({ sheetName: SHEET, requestedName: SHEET, nameTaken: false, regenerated: false, period: "2026-07", reps: 3 });
    const [ann, bo, hal] = reviewRows(wb, SHEET, 3);
    expectRow(ann, ANN);
    // Bo, Senior, leave 5 of 20 days: presence 0.75, baselines 2000, 1800, 160 × 0.75 = 1500, 1350, 120;
    // 1000/1500 = 900/1350 = 80/120 = 2/3 -> 66.67 each, workload 66.67. Revenue 50000/100000 -> 50;
    // net profit 50000 − 45000 = 5000 / 10000 -> 50; CSAT 72/90 = 0.8 -> 80; sales (2500 + 1500 + 1600)/100 = 56.
    // No ratings: total = (30·66.67 + 50·56) / 80 = (2000 + 2800) / 80 = 60 -> D.
    expectRow(bo, { presence: 0.75, "calls.points": 200 / 3, "dimension.workload": 200 / 3, "dimension.sales": 56, "dimension.initiatives": "", total: 60, grade: "D", rank: 3 });
    // Missing metrics by their labels, in the sheet's language (not the policy's keys).
    expect(bo.missing).toBe("Team building, Customer service, Sales skills");
    // Hal: presence 5/20 = 0.25 < 0.5, the workload is not evaluated (blank, never 0); revenue 80000/80000 -> 100 is all
    // that is scored: total 100 -> A, rank 2 behind Ann's 100.84.
    expectRow(hal, { presence: 0.25, "calls.points": "", "dimension.workload": "", "revenue.points": 100, total: 100, grade: "A", rank: 2 });
  });

  it("writes live formulas: TELE functions over the source cells, the rank over the table", async () => {
    const wb = await julyWorkbook();
    await generate();
    const [ann] = reviewRows(wb, SHEET, 1, "formulas");
    // Ann is in the source's row 2; on the review she is in sheet row 9 (header row 8). Calls is column F, presence E.
    // Source cells are pinned ($E$2): sorting the review moves a formula with its row and would shift a relative reference to another row.
    // The period cell checks that Data row 2 still holds Ann's July (sorting the data moves other reps there); the cells that read the data read it only then.
    expect(ann.period).toBe('=TELE.SOURCE_ROW("2026-07",Data!$D$2,A9,B9,Data!$A$2,Data!$B$2)');
    expect(ann["calls.actual"]).toBe('=IF(LEN(D9),IF(Data!$E$2="","",Data!$E$2))');
    expect(ann["calls.target"]).toBe('=IF(LEN(D9),TELE.BASELINE("calls",Data!$C$2,7))');
    expect(ann["calls.points"]).toBe("=TELE.MONTH_SCORE(F9,G9,Data!$H$2,Data!$I$2)");
    expect(ann.total).toBe("=TELE.TOTAL_SCORE(AG9,AH9,AI9)");
    expect(ann.rank).toBe('=IF(ISNUMBER(AJ9),RANK.EQ(AJ9,$AJ$9:$AJ$11),"")');
  });

  it("a corrected input flows through the live sheet", async () => {
    const wb = await julyWorkbook();
    await generate();
    // Ann's talk time 1200 -> 1500 minutes: 1500/1500 -> 100 points; workload (4000 + 3000 + 3600) / 100 = 106;
    // total (30·106 + 5443.721875 + 1640) / 100 = 102.63721875.
    wb.put("Data!F2", [[1500]]);
    const [ann] = reviewRows(wb, SHEET, 1);
    expectRow(ann, { "talk_minutes.points": 100, "dimension.workload": 106, total: 102.63721875 });
  });

  it("lays out the header block, the table, number formats, frozen panes, conditional formats and widths", async () => {
    const wb = await julyWorkbook();
    const outcome = await generate();
    expect(wb.values(addressOf(SHEET, 0, 0, 6, 2))).toEqual([
      ["TeleScore review 2026-07", ""],
      ["Policy", "TeleScore default (revision 1)"],
      ["Generated at", expect.closeTo(NOW_SERIAL, 6)],
      ["Generated by", "Mei Chen"],
      ["Source", "Data!A1:U4 (table RepData)"],
      ["Mode", "Live (TELE formulas): the cells need the TeleScore add-in; to send the review, generate it Values only"],
    ]);
    expect(wb.numberFormats(addressOf(SHEET, 2, 1))).toEqual([["yyyy-mm-dd hh:mm"]]);
    expect(reviewHeaders(wb, SHEET, JULY_COLUMNS.length)).toEqual(JULY_COLUMNS.map((c) => c.header.en));

    const table = wb.workbook.table("TeleScoreReview_2026_07")!;
    expect(table.sheet.name).toBe(SHEET);
    // Header row 8 (index 7) and three reps: A8 to AO11, 41 columns.
    expect(outcome.tableAddress).toBe("'Review 2026-07'!A8:AO11");
    expect(table.area).toEqual({ row: TABLE_TOP, col: 0, rows: 4, cols: JULY_COLUMNS.length });

    const formats = wb.numberFormats(addressOf(SHEET, TABLE_TOP + 1, 0, 1, JULY_COLUMNS.length))[0];
    const formatOf = (key: string) => formats[JULY_COLUMNS.findIndex((c) => c.key === key)];
    expect([formatOf("presence"), formatOf("calls.actual"), formatOf("talk_minutes.actual"), formatOf("calls.points")]).toEqual(["0%", "#,##0", "#,##0.0", "0.0"]);
    expect([formatOf("revenue.actual"), formatOf("satisfaction.actual"), formatOf("total"), formatOf("grade")]).toEqual(["#,##0.00", '0.0"%"', "0.0", "General"]);

    const sheet = wb.sheet(SHEET);
    expect(sheet.freeze).toEqual({ rows: TABLE_TOP + 1, columns: 2 });
    const total = JULY_COLUMNS.findIndex((c) => c.key === "total");
    const grade = JULY_COLUMNS.findIndex((c) => c.key === "grade");
    const rules = sheet.conditionalFormats.map((f) => ({ type: f.type, col: f.area.col, rows: f.area.rows, rule: (f.spec.cellValue as { rule?: unknown } | undefined)?.rule }));
    expect(rules).toEqual(
      expect.arrayContaining([
        { type: "ColorScale", col: total, rows: 3, rule: undefined },
        { type: "CellValue", col: grade, rows: 3, rule: { formula1: '="A"', operator: "EqualTo" } },
        { type: "CellValue", col: grade, rows: 3, rule: { formula1: '="E"', operator: "EqualTo" } },
      ]),
    );
    // Autofit: the long metric headers widen their columns beyond Excel's default 48 points.
    expect(sheet.columnWidth(JULY_COLUMNS.findIndex((c) => c.key === "satisfaction.actual"))).toBeGreaterThan(48);
    // Excel fits a whole column (the emulation too): the title in A1 runs over and does not widen the
    // ID column to its 24 bold characters (about 154 pt); "Generated at", the widest label, sets it.
    expect(sheet.columnWidth(0)).toBeLessThan(100);
    expect(wb.values(addressOf(SHEET, 0, 0))).toEqual([["TeleScore review 2026-07"]]);
    expect(wb.workbook.activeSheet.name).toBe(SHEET);
  });

  it("prints as a signed record: landscape, one page wide, the header block and the table's header on every page (its policy line is live), table and summary as the print area", async () => {
    const wb = await julyWorkbook();
    await withOffice(() => generate());
    const page = wb.sheet(SHEET).pageLayout;
    expect(page.orientation).toBe("Landscape");
    expect(page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    // Rows 1..8: a page footer is fixed text, so the live policy line is repeated instead.
    expect(page.printTitleRows).toEqual(rect(0, 0, TABLE_TOP + 1, 16384));
    // Rows 1..20 (header block, table of 3 reps, summary of 8 rows from row 13), columns A..AO.
    expect(page.printArea).toEqual(rect(0, 0, 20, JULY_COLUMNS.length));
    const [[title]] = wb.values(addressOf(SHEET, 0, 0));
    expect([page.centerHeader, page.centerFooter]).toEqual([title, ""]);
  });

  it("names in its header the policy revision its live cells compute with now, after the policy is saved again", async () => {
    const wb = await julyWorkbook();
    await generate();
    const [annBefore] = reviewRows(wb, SHEET, 1);
    // Revision 2: another name (with a quote, which a formula literal would have to escape) and other dimension weights.
    // Renamed as the editor does, so that its English name (a label) follows.
    const next = renamePolicy(defaultPolicy(), 'HR "Q3" plan');
    next.dimensions[0].weight = 40;
    next.dimensions[1].weight = 40;
    await savePolicy(next, { note: "weights", user: null });
    await wb.workbook.whenCalculated();

    const [annAfter] = reviewRows(wb, SHEET, 1);
    expect(annAfter.total).not.toBeCloseTo(annBefore.total as number, 6);
    expect(wb.values(addressOf(SHEET, 1, 0, 1, 2))).toEqual([["Policy", 'HR "Q3" plan (revision 2)']]);
    // The policy's words are read by TELE.POLICY_INFO, never written into the formula.
    const [[line]] = wb.formulas(addressOf(SHEET, 1, 1));
    expect(line).toContain("TELE.POLICY_INFO");
    expect(line).not.toMatch(/Q3|default/);
    // Regenerated with revision 2: still the live line, still true.
    await generate();
    expect(wb.values(addressOf(SHEET, 1, 1))).toEqual([['HR "Q3" plan (revision 2)']]);
  });

  it("regenerated in the other mode, prints the policy as that mode does: a values-only footer is never left on a live review", async () => {
    const wb = await julyWorkbook();
    await withOffice(() => generate("values"));
    expect(wb.sheet(SHEET).pageLayout.centerFooter).toBe("Policy TeleScore default (revision 1)");
    await withOffice(() => generate("live"));
    const page = wb.sheet(SHEET).pageLayout;
    expect([page.centerFooter, page.printTitleRows]).toEqual(["", rect(0, 0, TABLE_TOP + 1, 16384)]);
    // And back, after the policy was saved again: the footer names the revision used now.
    const next = defaultPolicy();
    next.dimensions[0].weight = 40;
    next.dimensions[1].weight = 40;
    await savePolicy(next, { note: "weights", user: null });
    await wb.workbook.whenCalculated();
    await withOffice(() => generate("values"));
    expect([wb.sheet(SHEET).pageLayout.centerFooter, wb.sheet(SHEET).pageLayout.printTitleRows]).toEqual(["Policy TeleScore default (revision 2)", rect(TABLE_TOP, 0, 1, 16384)]);
  });

  it("names the policy revision in Chinese too", async () => {
    const wb = await julyWorkbook();
    await generate("live", { locale: "zh" });
    expect(wb.values(addressOf("考核 2026-07", 1, 1))).toEqual([["TeleScore 默认方案（第 1 版）"]]);
  });

  it("opened where the add-in is not installed (TELE cells #NAME?), the summary shows the error, never 0 reps", async () => {
    const wb = await julyWorkbook();
    await generate();
    // What Excel shows once it recalculates a TELE formula without the add-in: #NAME? in every total.
    const total = JULY_COLUMNS.findIndex((c) => c.key === "total");
    wb.put(addressOf(SHEET, TABLE_TOP + 1, total, 3, 1), [["=NOSUCHFUNCTION()"], ["=NOSUCHFUNCTION()"], ["=NOSUCHFUNCTION()"]]);
    const top = TABLE_TOP + 1 + 3 + 1;
    const block = wb.values(addressOf(SHEET, top, 0, 8, 12));
    expect(block.slice(2, 8).map((r) => r[1])).toEqual(new Array(6).fill("#NAME?"));
    expect(block.slice(2, 5).map((r) => [r[7], r[8]])).toEqual(new Array(3).fill(["#NAME?", "#NAME?"]));
    // And the header says the live cells need the add-in, and how to make a copy to send.
    expect(wb.values(addressOf(SHEET, 5, 1))[0][0]).toMatch(/need the TeleScore add-in.*Values only/);
    // That sentence (over 90 characters, 500 pt and more at the 5.6 pt a character autofit estimates) runs over into
    // the empty cells beside it: column B fits its names and the header block's other values, not the sentence.
    expect(wb.sheet(SHEET).columnWidth(1)).toBeLessThan(300);
  });

  it("summarises grades, positions and team totals (exact to the cent), with a column chart of the grades", async () => {
    const wb = await julyWorkbook();
    const outcome = await generate();
    // Ann 100.84 A, Bo 60 D, Hal 100 A: 3 scored, A 2 (2/3), D 1 (1/3).
    expect(outcome.summary.grades.map((g) => [g.grade, g.reps])).toEqual([["A", 2], ["B", 0], ["C", 0], ["D", 1], ["E", 0]]);
    // Juniors Ann and Hal: (100.83721875 + 100) / 2 = 100.418609375; Senior Bo 60; no Team Lead.
    // Revenue 100000 + 50000 + 80000 = 230000; net profit 38499.25 + 5000 (Hal has no cost, so none) = 43499.25.
    const top = TABLE_TOP + 1 + 3 + 1;
    expect(outcome.summaryAddress).toBe(`'${SHEET}'!A${top + 1}:L${top + 8}`);
    const block = wb.values(addressOf(SHEET, top, 0, 8, 12));
    expect(block[0][0]).toBe("Summary");
    expect(block[1].slice(0, 5)).toEqual(["Grade", "Reps", "Share", "Expected at most", "Calibration"]);
    expect(block.slice(2, 8).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["A", 2, expect.closeTo(2 / 3, 9)],
      ["B", 0, 0],
      ["C", 0, 0],
      ["D", 1, expect.closeTo(1 / 3, 9)],
      ["E", 0, 0],
      ["Scored", 3, ""],
    ]);
    expect(block.slice(1, 5).map((r) => r.slice(6, 9))).toEqual([
      ["Position", "Reps", "Average total"],
      ["Junior", 2, expect.closeTo(100.418609375, 6)],
      ["Senior", 1, 60],
      ["Team Lead", 0, ""],
    ]);
    expect(block.slice(1, 4).map((r) => r.slice(10, 12))).toEqual([["Team totals", ""], ["Revenue", 230000], ["Net profit", 43499.25]]);
    expect(outcome.summary).toMatchObject({ scored: 3, calibration: [] });
    // The team totals: the policy's money metrics, each summed to the cent.
    expect(outcome.summary.moneyTotals.map((m) => [m.key, m.total])).toEqual([
      ["revenue", 230000],
      ["net_profit", 43499.25],
    ]);

    const [chart] = wb.sheet(SHEET).charts;
    expect(chart.chartType).toBe("ColumnClustered");
    // The chart's data: the grades and their counts, header included: A(top+2):B(top+7).
    expect(chart.source!.area).toEqual({ row: top + 1, col: 0, rows: 6, cols: 2 });
    expect((chart.spec.title as { text: string }).text).toBe("Grade distribution");
  });

  it("warns when a grade's share is above the policy's target distribution", async () => {
    const { defaultPolicy } = await import("../../../src/engine/policy");
    const policy = { ...defaultPolicy(), targetDistribution: { A: 0.2 } };
    const wb = await reviewWorkbook(dataSheet(JULY), policy);
    wb.table("Data!A1:U4", "RepData");
    const outcome = await generate("live", { policy });
    // 2 of 3 reps got A: 66.7% > 20%.
    expect(outcome.summary.calibration).toEqual([{ grade: "A", reps: 2, share: 2 / 3, expectedAtMost: 0.2, aboveExpected: true }]);
    const top = TABLE_TOP + 1 + 3 + 1;
    expect(wb.values(addressOf(SHEET, top + 2, 0, 2, 5))).toEqual([
      ["A", 2, expect.closeTo(2 / 3, 9), 0.2, "Above the expected share"],
      ["B", 0, 0, "", ""],
    ]);
  });

  it("in Chinese: the sheet's name, headers and labels", async () => {
    const wb = await julyWorkbook();
    const outcome = await generate("live", { locale: "zh" });
    expect(outcome.sheetName).toBe("考核 2026-07");
    expect(reviewHeaders(wb, outcome.sheetName, 5)).toEqual(["工号", "姓名", "岗位", "期间", "出勤率"]);
    expect(wb.values(addressOf(outcome.sheetName, 0, 0, 2, 2))).toEqual([["TeleScore 考核 2026-07", ""], ["考核方案", "TeleScore 默认方案（第 1 版）"]]);
  });

  it("in Traditional Chinese: Taiwan's headers and labels, and no Simplified-only character anywhere on the sheet", async () => {
    const wb = await julyWorkbook();
    const outcome = await generate("live", { locale: "zh-Hant" });
    expect(outcome.sheetName).toBe("考核 2026-07");
    expect(reviewHeaders(wb, outcome.sheetName, 8)).toEqual(["員工編號", "姓名", "職位", "期間", "出勤率", "外撥通數實際", "外撥通數基準數", "外撥通數得分"]);
    expect(wb.values(addressOf(outcome.sheetName, 0, 0, 2, 2))).toEqual([["TeleScore 考核 2026-07", ""], ["考核方案", "TeleScore 預設方案（第 1 版）"]]);
    const sheet = wb.sheet(outcome.sheetName);
    const used = wb.workbook.usedArea(sheet, true)!;
    const texts = wb.workbook.values(sheet, used).flat().filter((v): v is string => typeof v === "string" && HAN.test(v));
    expect(texts).toEqual(expect.arrayContaining(["缺漏指標", "主管評語", "簽核", "總分", "摘要", "佔比", "團隊合計"]));
    expect(notTraditional(texts)).toEqual([]);
    expect((sheet.charts[0].spec.title as { text: string }).text).toBe("等級分佈");
  });
});

describe("values only", () => {
  it("records the policy revision it was computed with, in its header and its printed footer, after the policy is saved again", async () => {
    const wb = await julyWorkbook();
    await withOffice(() => generate("values"));
    const [annBefore] = reviewRows(wb, SHEET, 1);
    const next = defaultPolicy();
    next.dimensions[0].weight = 40;
    next.dimensions[1].weight = 40;
    await savePolicy(next, { note: "weights", user: null });
    await wb.workbook.whenCalculated();
    expect(wb.values(addressOf(SHEET, 1, 0, 1, 2))).toEqual([["Policy", "TeleScore default (revision 1)"]]);
    expect(wb.formulas(addressOf(SHEET, 1, 1))).toEqual([["TeleScore default (revision 1)"]]);
    expect(reviewRows(wb, SHEET, 1)[0].total).toBe(annBefore.total);
    const page = wb.sheet(SHEET).pageLayout;
    expect(page.printTitleRows).toEqual(rect(TABLE_TOP, 0, 1, 16384));
    expect(page.centerFooter).toBe("Policy TeleScore default (revision 1)");
  });

  it("has no formula anywhere, and shows what the live sheet shows", async () => {
    const live = await julyWorkbook();
    await generate("live");
    const liveRows = reviewRows(live, SHEET, 3);
    const liveSummary = live.values(addressOf(SHEET, TABLE_TOP + 5, 0, 8, 12));

    const values = await julyWorkbook();
    await generate("values");
    const sheet = values.sheet(SHEET);
    const used = values.workbook.usedArea(sheet, true)!;
    const formulas = values.workbook.formulas(sheet, used).flat();
    expect(formulas.filter((f) => typeof f === "string" && f.startsWith("="))).toEqual([]);
    expect(values.values(addressOf(SHEET, 5, 1))).toEqual([["Values only (no formulas)"]]);

    const same = (a: unknown, b: unknown) => (typeof a === "number" ? expect(b).toBeCloseTo(a, 6) : expect(b).toEqual(a));
    reviewRows(values, SHEET, 3).forEach((row, r) => JULY_COLUMNS.forEach((c) => same(liveRows[r][c.key], row[c.key])));
    values.values(addressOf(SHEET, TABLE_TOP + 5, 0, 8, 12)).forEach((line, r) => line.forEach((cell, c) => same(liveSummary[r][c], cell)));
  });
});

describe("text from the data stays text", () => {
  it.each(["live", "values"] as const)("names and ids that look like formulas, numbers or dates (%s)", async (mode) => {
    const NAMES = ['=HYPERLINK("http://example.com/x","click")', "+1", "@x", "-Bob", "2026-07-01", "TRUE"];
    // Pasted as text (the apostrophe is how a typed cell keeps them text); ids "00123" etc. keep their zeros.
    const rows: Row[] = NAMES.map((name, i) => [`'0012${i}`, `'${name}`, "Junior", "'2026-07", 1800, 1500, 120, null, null, null, null, null, null, null, null, null, null, null, null, null, null]);
    const wb = await julyWorkbook(rows);
    await generate(mode);
    const shown = reviewRows(wb, SHEET, NAMES.length);
    const typed = reviewRows(wb, SHEET, NAMES.length, "formulas");
    expect(shown.map((r) => [r.repId, r.repName])).toEqual(NAMES.map((name, i) => [`0012${i}`, name]));
    // No cell became a formula: Range.formulas reads the same text back.
    expect(typed.map((r) => [r.repId, r.repName])).toEqual(NAMES.map((name, i) => [`0012${i}`, name]));
  });
});

describe("rows that cannot be scored", () => {
  it("are listed with their reasons, duplicates too, and the other reps are generated", async () => {
    const rows: Row[] = [
      ...JULY,
      ["E003", "Cy", "Junior", "'2026-07", "lots", 1000, 100, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["E004", "Di", "Wizard", "'2026-07", 1000, 1000, 100, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["E005", "Ed", "Junior", "'2026-07", 1000, 1000, 100, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
      ["E005", "Ed", "Junior", "'2026-07", 1200, 1000, 100, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
    ];
    const wb = await julyWorkbook(rows);
    const outcome = await generate();
    expect(outcome.reps).toBe(3);
    expect(reviewRows(wb, SHEET, 3).map((r) => r.repId)).toEqual(["E001", "E002", "E008"]);
    // Source rows: Cy is sheet row 5, Di row 6, Ed rows 7 and 8.
    expect(outcome.unscorable.map((u) => [u.rows, u.repId])).toEqual([[[5], "E003"], [[6], "E004"]]);
    expect(reasonText(outcome.unscorable[0].reasons, "en")).toMatch(/"lots" is not a number/);
    expect(reasonText(outcome.unscorable[1].reasons, "en")).toMatch(/Wizard/);
    expect(outcome.duplicates).toEqual([{ repId: "E005", repName: "Ed", month: "2026-07", rows: [7, 8] }]);

    // Below the summary (8 rows from sheet row 13) and a blank row: the lists.
    const top = TABLE_TOP + 1 + 3 + 1 + 8 + 1;
    const lists = wb.values(addressOf(SHEET, top, 0, 8, 4));
    expect(lists[0][0]).toBe("Rows that could not be scored");
    expect(lists[1]).toEqual(["Rows", "Rep ID", "Name", "Reason"]);
    expect(lists.slice(2, 4).map((r) => r.slice(0, 3))).toEqual([["5", "E003", "Cy"], ["6", "E004", "Di"]]);
    expect(lists[3][3]).toBe(reasonText(outcome.unscorable[1].reasons, "en"));
    expect(lists.slice(5, 8)).toEqual([
      ["Duplicate rows (one rep, one month, several rows): not scored", "", "", ""],
      ["Rep ID", "Name", "Month", "Rows"],
      ["E005", "Ed", "2026-07", "7, 8"],
    ]);
  });
});

describe("sheets TeleScore did not make", () => {
  it("are never overwritten: the review goes to '(2)', and regenerating finds it there", async () => {
    const wb = await reviewWorkbook({ ...dataSheet(JULY), [SHEET]: [["My own notes"]] });
    wb.table("Data!A1:U4", "RepData");
    const first = await generate();
    expect(first).toMatchObject({ sheetName: "Review 2026-07 (2)", requestedName: SHEET, nameTaken: true });
    expect(wb.values(`'${SHEET}'!A1:B2`)).toEqual([["My own notes", ""], ["", ""]]);
    const again = await generate();
    expect(again).toMatchObject({ sheetName: "Review 2026-07 (2)", regenerated: true, nameTaken: false });
    expect(wb.sheetNames()).toEqual(["Data", SHEET, "Review 2026-07 (2)"]);
    expect(wb.values(`'${SHEET}'!A1`)).toEqual([["My own notes"]]);
  });
});

describe("the source", () => {
  it("can be a range address (whole columns are trimmed to the data); the live formulas point at its cells", async () => {
    const wb = await reviewWorkbook({ Notes: [["x"]], Data: [[], [], ...[HEADERS, ...JULY].map((r) => [null, ...r])] });
    // The data sits at B3:V6; a whole-column address is trimmed to it.
    const outcome = await generateReview({ source: { kind: "range", address: "Data!B:V" }, period: "2026-07", mode: "live", locale: "en", user: null, now: NOW });
    const [ann] = reviewRows(wb, outcome.sheetName, 1, "formulas");
    expect(ann["calls.actual"]).toBe('=IF(LEN(D9),IF(Data!$F$4="","",Data!$F$4))');
    expect(wb.values(addressOf(outcome.sheetName, 4, 1))).toEqual([["Data!B3:V6"]]);
    expectRow(reviewRows(wb, outcome.sheetName, 1)[0], { total: ANN.total, grade: "A" });
  });
});
