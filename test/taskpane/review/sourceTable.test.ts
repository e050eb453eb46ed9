/**
 * Reading a source from the emulated workbook (a table by name, a range address, the selection),
 * mapping its headers in English and Chinese, and remembering the user's mapping in the workbook.
 */
import { mapHeaders } from "../../../src/engine/review/headerMapping";
import { rect } from "../../../src/engine/sheet/address";
import { choicesToOverrides, loadChoices, mappingSettingKey, readMappedSource, saveChoices } from "../../../src/taskpane/review/excel/mappingStorage";
import { generateReview } from "../../../src/taskpane/review/excel/reviewSheet";
import { readSource, SourceError } from "../../../src/taskpane/review/excel/sourceTable";
import { dataSheet, HEADERS, JULY, reviewRows } from "./fixtures";
import { reviewWorkbook } from "./reviewHarness";

const ZH_HEADERS = [
  "工号", "姓名", "岗位", "月份", "呼出量", "通话时长(秒)", "客户数", "出勤天数", "请假天数", "销售额", "销售目标", "成本", "退款",
  "售后成本", "投诉赔偿", "利润目标", "满意度", "团队建设", "客户服务", "销售技巧",
];
// 2026-07-15 as an Excel date: 2026-01-01 is serial 46023, plus 181 days of January to June, plus 14.
const JULY_15 = 46218;
/** Ann's July (reviewMonth.test.ts) as a Chinese export: talk time in seconds (1200 min = 72000 s), CSAT 0.9 in a % cell, the month a date. */
const ANN_ZH = ["E001", "安", "Junior", JULY_15, 1800, 72000, 150, 22, 0, 100000, 80000, 60000, 1000.5, 500.25, 0, 40000, 0.9, 4, 5, 3];

describe("readSource", () => {
  it("reads an Excel table: headers, rows, the sheet row of the first row, number formats and the address", async () => {
    const wb = await reviewWorkbook(dataSheet(JULY));
    wb.table("Data!A1:U4", "RepData");
    wb.workbook.writeNumberFormat(wb.sheet("Data"), rect(1, 16), [["0%"]]);
    wb.host.resetCounters();
    const block = await readSource({ kind: "table", name: "RepData" });
    // One sync for the shape, one for the values.
    expect(wb.host.syncCount).toBe(2);
    expect(block).toMatchObject({ address: "Data!A1:U4", sheetName: "Data", firstColumn: 0, firstRow: 2, tableName: "RepData", key: "table:RepData", ref: { kind: "table", name: "RepData" } });
    expect(block.headers).toEqual(HEADERS);
    expect(block.rows[0].slice(0, 6)).toEqual(["E001", "Ann", "Junior", "2026-07", 1800, 1200]);
    expect(block.rows).toHaveLength(3);
    expect(block.numberFormats[16]).toBe("0%");
    expect(block.numberFormats[4]).toBe("General");
  });

  it("reads the selection, trimmed to the cells that hold values, and remembers it as the address it had", async () => {
    const wb = await reviewWorkbook({ Data: [[], ...[HEADERS, ...JULY].map((r) => [null, null, ...r])] });
    // The user selects columns A:Z; the data is at C2:W5.
    wb.workbook.select(wb.sheet("Data"), rect(0, 0, 1_048_576, 26));
    const block = await readSource({ kind: "selection" });
    expect(block).toMatchObject({ address: "Data!C2:W5", firstColumn: 2, firstRow: 3, key: "sheet:Data", ref: { kind: "range", address: "Data!C2:W5" } });
    expect(block.rows.map((r) => r[0])).toEqual(["E001", "E002", "E008"]);
  });

  it("says what is wrong with a source it cannot read", async () => {
    await reviewWorkbook({ Data: [["Rep ID"]], Empty: [] });
    await expect(readSource({ kind: "table", name: "Nope" })).rejects.toEqual(new SourceError("noTable", "Nope"));
    await expect(readSource({ kind: "range", address: "Gone!A1:B2" })).rejects.toMatchObject({ problem: "noSheet", subject: "Gone" });
    await expect(readSource({ kind: "range", address: "A1:?" })).rejects.toMatchObject({ problem: "badAddress" });
    await expect(readSource({ kind: "range", address: "Empty!A1:D9" })).rejects.toMatchObject({ problem: "empty" });
    // A header row alone is no data either.
    await expect(readSource({ kind: "range", address: "Data!A1:A5" })).rejects.toMatchObject({ problem: "empty" });
  });
});

describe("header mapping from a real table", () => {
  it("recognises Chinese headers, talk time in seconds and a % CSAT, and scores as the English table does", async () => {
    const wb = await reviewWorkbook({ 数据: [ZH_HEADERS, ANN_ZH] });
    wb.table("数据!A1:T2", "坐席月度");
    wb.workbook.writeNumberFormat(wb.sheet("数据"), rect(1, 16), [["0%"]]);
    const block = await readSource({ kind: "table", name: "坐席月度" });
    const mapping = mapHeaders(block.headers);
    expect(mapping.missing).toEqual([]);
    expect(mapping.headers.map((h) => h.field)).toEqual([
      "repId", "repName", "position", "period", "calls", "talkMinutes", "customers", "workdays", "leaveDays", "revenue", "salesTarget", "cost",
      "refunds", "afterSalesCost", "complaintCost", "profitTarget", "satisfaction", "teamBuilding", "customerService", "salesSkills",
    ]);
    expect(mapping.headers[5].unit).toBe("seconds");

    const outcome = await generateReview({ source: { kind: "table", name: "坐席月度" }, period: "2026-07", mode: "live", locale: "zh", user: null });
    const [ann] = reviewRows(wb, outcome.sheetName, 1);
    // 72000 s = 1200 min; 0.9 in a % cell = 90 %: the same row as Ann's in English, total 100.83721875.
    expect([ann["talk_minutes.actual"], ann["satisfaction.actual"], ann.grade]).toEqual([1200, 90, "A"]);
    expect(ann.total).toBeCloseTo(100.83721875, 6);
    expect(ann.repName).toBe("安");
  });

  it("reports two headers for one field, and a choice saved in the workbook settles it, after a move and a full-width retype too", async () => {
    const wb = await reviewWorkbook({ Data: [["Rep ID", "Position", "Month", "Calls", "Dials"], ["E001", "Junior", "'2026-07", 1800, 900]] });
    wb.table("Data!A1:E2", "Calls");
    const block = await readSource({ kind: "table", name: "Calls" });
    expect(mapHeaders(block.headers).ambiguous).toEqual([{ field: "calls", indexes: [3, 4], chosen: 3 }]);

    // The user says Dials is the calls, and Calls is not used.
    await saveChoices("repPeriod", block.key, block.headers, { 3: null, 4: "calls" });
    expect(JSON.parse(wb.workbook.settings.get(mappingSettingKey("repPeriod", "table:Calls"))!)).toBe(JSON.stringify({ calls: null, dials: "calls" }));
    // Someone swaps the two columns and retypes Dials in full-width capitals: the choice still applies.
    wb.put("Data!D1:E2", [["ＤＩＡＬＳ", "Calls"], [900, 1800]]);
    const again = await readSource({ kind: "table", name: "Calls" });
    const mapping = mapHeaders(again.headers, choicesToOverrides(again.headers, await loadChoices("repPeriod", again.key)));
    expect([mapping.columns.calls, mapping.ambiguous]).toEqual([3, []]);
    // What the pane reads in one go: the source and the mapping with the saved choice, marked as the user's.
    const shown = await readMappedSource({ kind: "table", name: "Calls" }, "repPeriod");
    expect(shown.mapping.headers.slice(3).map((h) => [h.header, h.field, h.match])).toEqual([["ＤＩＡＬＳ", "calls", "manual"], ["Calls", null, null]]);

    // generateReview uses the saved choice when none is passed: calls 900 against the Junior baseline 1800 -> 50 points.
    const outcome = await generateReview({ source: { kind: "table", name: "Calls" }, period: "2026-07", mode: "values", locale: "en", user: null });
    expect(reviewRows(wb, outcome.sheetName, 1)[0]["calls.points"]).toBe(50);
  });

  it("keeps choices made for headers the table no longer has, and forgets a choice the user takes back", async () => {
    await reviewWorkbook({ Data: [["x"]] });
    await saveChoices("callLog", "sheet:Log", ["Agent", "Who"], { 1: "agent" });
    await saveChoices("callLog", "sheet:Log", ["Agent", "When"], { 1: "date" });
    expect(await loadChoices("callLog", "sheet:Log")).toEqual({ who: "agent", when: "date" });
    await saveChoices("callLog", "sheet:Log", ["Agent", "When"], {});
    expect(await loadChoices("callLog", "sheet:Log")).toEqual({ who: "agent" });
  });
});
