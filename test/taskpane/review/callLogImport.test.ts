/**
 * A dialer's per-call log summed per agent per month into a rep-period table sheet, in the emulated
 * workbook: dates as text and as Excel serials, blank cells for unanswered calls, agents spelt with
 * different spacing and case, unreadable rows listed; then a review made from that sheet.
 */
import { importCallLog, CallLogError } from "../../../src/taskpane/review/excel/callLogImport";
import { saveCallLogRules } from "../../../src/taskpane/review/excel/mappingStorage";
import { DEFAULT_CALL_LOG_RULES } from "../../../src/engine/review/callLogRules";
import { ENGLISH_EXPORT } from "../../fixtures/dialerExport";
import { generateReview } from "../../../src/taskpane/review/excel/reviewSheet";
import { reviewRows } from "./fixtures";
import { reviewWorkbook } from "./reviewHarness";

// Excel serials: 2021-01-01 is 44197, so 44200.5 is 2021-01-04 at noon and 44228 is 2021-02-01.
// 0:02:23 as an Excel time is 143 / 86400 of a day.
const LOG = [
  ["Agent", "Call date", "Answered", "Talk duration", "Satisfaction rating"],
  ["Jim", "2021-01-04 09:12:58", "Y", 143, 5],
  ["  jim ", 44200.5, "Y", 143 / 86400, 4],
  ["JIM", "'2021-01-05", "", "", ""],
  ["Ann", "'2021-01-06", "N", "", ""],
  ["Ann", 44228, "是", 60, 3],
  ["", "'2021-01-07", "Y", 30, 5],
  ["Bob", "not a date", "Y", 30, 5],
  ["Bob", "'2021-01-08", "maybe", 30, 5],
  ["Bob", "'2021-01-08", "Y", 30, 6],
];

const HEADERS = [
  "Name", "Position", "Period", "Calls", "Answered calls", "Talk minutes", "Customers", "CSAT", "Workdays", "Leave days", "Revenue", "Sales target", "Cost",
  "Refunds", "After-sales cost", "Complaint cost", "Profit target", "Team building", "Customer service", "Sales skills",
];

describe("importing a call log", () => {
  it("sums calls, answered calls, talk time and CSAT per agent per month into a new table sheet", async () => {
    const wb = await reviewWorkbook({ Log: LOG });
    const result = await importCallLog({ source: { kind: "range", address: "Log!A1:E10" }, locale: "en" });
    expect(result).toMatchObject({
      sheetName: "Rep data 2021-01 to 2021-02",
      tableName: "TeleScoreRepData_2021_01",
      tableAddress: "'Rep data 2021-01 to 2021-02'!A1:T4",
      source: { kind: "table", name: "TeleScoreRepData_2021_01" },
      rows: 3,
      months: ["2021-01", "2021-02"],
    });
    expect(wb.sheetNames()).toEqual(["Log", "Rep data 2021-01 to 2021-02"]);
    const sheet = `'${result.sheetName}'`;
    expect(wb.values(`${sheet}!A1:T1`)[0]).toEqual(HEADERS);
    // Jim, January ("Jim", "  jim ", "JIM" are one agent; each spelling once, so the first seen is shown):
    //   3 calls; 2 answered (the blank flag is not answered); talk 143 s + 143 s (the Excel time) + nothing = 286 s = 4.7666… min;
    //   ratings 5 and 4, both top-2: CSAT 2 / 2 = 100 %.
    // Ann, January: 1 call, not answered, no talk time (0 min: the column exists), no rating, so no CSAT.
    // Ann, February (the serial 44228): 1 call, answered (是), 60 s = 1 min, one rating of 3: CSAT 0 / 1 = 0 %.
    // The log has no customer column, so customers handled is left blank.
    expect(wb.values(`${sheet}!A2:H4`)).toEqual([
      ["Jim", "", "2021-01", 3, 2, expect.closeTo(286 / 60, 9), "", 100],
      ["Ann", "", "2021-01", 1, 0, 0, "", ""],
      ["Ann", "", "2021-02", 1, 1, 1, "", 0],
    ]);
    // The period is text, not a date Excel made of "2021-01".
    expect(wb.formulas(`${sheet}!C2`)).toEqual([["2021-01"]]);
    expect(wb.numberFormats(`${sheet}!D2:H2`)).toEqual([["#,##0", "#,##0", "#,##0.0", "#,##0", '0.0"%"']]);
    expect(wb.values(`${sheet}!I2:T2`)[0].every((v) => v === "")).toBe(true);
    expect(wb.workbook.table(result.tableName)!.area).toEqual({ row: 0, col: 0, rows: 4, cols: 20 });

    // Rows left out, with their sheet rows (the log's header is row 1): no date, a flag "maybe", a rating of 6;
    // the blank agent's call (row 7) is a pseudo-agent's, counted in one line at the end.
    expect(result.problems.map((p) => p.row)).toEqual([8, 9, 10]);
    expect(result.problems[1].error.message).toMatch(/"maybe" is not an answered flag/);
    expect(result.report.pseudoAgents).toEqual([{ agent: "", calls: 1 }]);
    expect(wb.values(`${sheet}!V1:W3`)).toEqual([
      ["Call log rows left out", ""],
      ["Rows", "Reason"],
      [8, expect.stringMatching(/"not a date" is not a month for Call date/)],
    ]);
    expect(wb.values(`${sheet}!V6:W6`)).toEqual([["", "1 call of a blank agent: no agent, left out."]]);
  });

  it("never takes an existing sheet's name, writes Chinese headers in Chinese, and a review can be made from the table once completed", async () => {
    const wb = await reviewWorkbook({ Log: LOG.slice(0, 5), "坐席数据 2021-01": [["mine"]] });
    const result = await importCallLog({ source: { kind: "range", address: "Log!A1:E5" }, locale: "zh" });
    expect([result.requestedName, result.sheetName]).toEqual(["坐席数据 2021-01", "坐席数据 2021-01 (2)"]);
    expect(wb.values("'坐席数据 2021-01'!A1")).toEqual([["mine"]]);
    const sheet = `'${result.sheetName}'`;
    expect(wb.values(`${sheet}!A1:H1`)[0]).toEqual(["姓名", "岗位", "月份", "呼出量", "接通数", "通话时长", "客户数", "满意度"]);

    // The user fills in the positions, and makes the January review from the table.
    wb.put(`${sheet}!B2:B3`, [["Junior"], ["Senior"]]);
    const review = await generateReview({ source: result.source, period: "2021-01", mode: "live", locale: "en", user: null });
    expect(review.reps).toBe(2);
    const [jim, ann] = reviewRows(wb, review.sheetName, 2);
    // Jim: 3 calls against the Junior baseline 1800; 286 s of talk; CSAT 100 % against 90 -> 111.1 points (under the 120 cap).
    expect([jim.repName, jim["calls.actual"], jim["satisfaction.actual"]]).toEqual(["Jim", 3, 100]);
    expect(jim["talk_minutes.actual"]).toBeCloseTo(286 / 60, 9);
    expect(jim["satisfaction.points"]).toBeCloseTo(1000 / 9, 6);
    expect([ann.repName, ann["calls.actual"], ann["satisfaction.actual"]]).toEqual(["Ann", 1, ""]);
  });

  it("writes Traditional headers and sheet name for a Traditional pane, and reads them back as the rep-period table", async () => {
    const wb = await reviewWorkbook({ Log: LOG.slice(0, 5) });
    const result = await importCallLog({ source: { kind: "range", address: "Log!A1:E5" }, locale: "zh-Hant" });
    expect(result.sheetName).toBe("電銷人員資料 2021-01");
    const sheet = `'${result.sheetName}'`;
    expect(wb.values(`${sheet}!A1:H1`)[0]).toEqual(["姓名", "職位", "月份", "外撥通數", "接通數", "通話時間", "客戶數", "滿意度"]);
    wb.put(`${sheet}!B2:B3`, [["Junior"], ["Senior"]]);
    const review = await generateReview({ source: result.source, period: "2021-01", mode: "live", locale: "zh-Hant", user: null });
    expect(review.reps).toBe(2);
  });

  it("says so when no row of the log can be read, and adds no sheet", async () => {
    const wb = await reviewWorkbook({ Log: [LOG[0], LOG[6], LOG[7]] });
    const run = importCallLog({ source: { kind: "range", address: "Log!A1:E3" }, locale: "en" });
    await expect(run).rejects.toBeInstanceOf(CallLogError);
    await expect(importCallLog({ source: { kind: "range", address: "Log!A1:E3" }, locale: "en" })).rejects.toMatchObject({ problems: [{ row: 3 }] });
    expect(wb.sheetNames()).toEqual(["Log"]);
  });

  it("reads the log by the rules saved for it: duplicates listed beside the table, customers counted, the sheet opened at A1", async () => {
    const wb = await reviewWorkbook({ Export: [ENGLISH_EXPORT.headers, ...ENGLISH_EXPORT.rows.map((r) => r.map((v) => v ?? ""))] });
    wb.workbook.select(wb.sheet("Export"), { row: 94, col: 3, rows: 1, cols: 1 });
    await saveCallLogRules("sheet:Export", { ...DEFAULT_CALL_LOG_RULES, dateForm: "yymmdd", answeredValues: { agent: true, hang: false, phantom: false } });
    const result = await importCallLog({ source: { kind: "range", address: "Export!A1:G13" }, locale: "en" });
    expect(result.months).toEqual(["1999-02", "1999-03"]);
    expect(result.report).toMatchObject({ duplicates: [{ row: 4, repeats: 3 }], zeroSecondCalls: 1, customers: true });
    const sheet = `'${result.sheetName}'`;
    // Customers (column G): Ann K1 and K2, Bob K4 and K5 (see test/engine/review/realExports.test.ts).
    expect(wb.values(`${sheet}!A2:G3`)).toEqual([
      ["Ann", "", "1999-02", 3, 2, 3, 2],
      ["Bob", "", "1999-03", 4, 3, 7.5, 2],
    ]);
    // Left out, by row: the repeated row 4, row 11's date (typed as 1985-03-02, so an Excel date 31108 that could also be
    // the yymmdd 031108); then the pseudo-agents' calls.
    expect(wb.values(`${sheet}!V3:W7`)).toEqual([
      [4, "Same as row 3 in every column read: left out as a duplicate."],
      [11, expect.stringMatching(/31108 for Call Date could be the yymmdd date 031108 or an Excel date/)],
      ["", "1 call of “NO_SERVER”: no agent, left out."],
      ["", "1 call of “-”: no agent, left out."],
      ["", "1 call of a blank agent: no agent, left out."],
    ]);
    const selected = wb.workbook.selection;
    expect([selected.sheet.name, selected.area]).toEqual([result.sheetName, { row: 0, col: 0, rows: 1, cols: 1 }]);
  });

  it("writes the reasons in Chinese on a Chinese sheet", async () => {
    const wb = await reviewWorkbook({ Log: LOG });
    const result = await importCallLog({ source: { kind: "range", address: "Log!A1:E10" }, locale: "zh" });
    const sheet = `'${result.sheetName}'`;
    expect(wb.values(`${sheet}!V1:W6`)).toEqual([
      ["未计入的通话记录行", ""],
      ["行号", "原因"],
      [8, "“not a date”不是 Call date 可用的月份。请将月份写成 2026-07、2026/7 或 2026年7月，或输入日期。"],
      [9, "“maybe”不是 Answered 可识别的接通标记。请在列对应步骤中说明它是否表示已接通（已识别：Y/N、是/否、TRUE/FALSE、1/0）。"],
      [10, "Satisfaction rating 必须是 1 到 5 的整数（当前为 6）。"],
      ["", "坐席为空的 1 次通话：非坐席，未计入。"],
    ]);
  });
});
