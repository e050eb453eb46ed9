import { mapHeaders, normalizeHeader, overridesFromSaved, overridesToSaved } from "../../../src/engine/review/headerMapping";
import type { FieldKey } from "../../../src/engine/review/fields";

/** field of each header, in order (null = unmatched). */
const fieldsOf = (headers: string[], overrides?: Record<number, FieldKey | null>) => mapHeaders(headers, overrides).headers.map((h) => h.field);

describe("normalizeHeader", () => {
  it("reads the units of Traditional Chinese exports: 分鐘, 小時, 單位, 時:分:秒", () => {
    expect(normalizeHeader("通話時間(分鐘)")).toEqual({ text: "通話時間", unit: "minutes" });
    expect(normalizeHeader("通話時間（單位：小時）")).toEqual({ text: "通話時間", unit: "hours" });
    expect(normalizeHeader("通話時間【時】")).toEqual({ text: "通話時間", unit: "hours" });
    expect(normalizeHeader("通話時間(時:分:秒)")).toEqual({ text: "通話時間", unit: "time" });
    expect(normalizeHeader("通話分鐘數").unit).toBe("minutes");
    expect(normalizeHeader("通話小時數").unit).toBe("hours");
  });

  it("maps the headers TeleScore writes in Traditional Chinese back to their fields", () => {
    expect(fieldsOf(["員工編號", "姓名", "職位", "月份", "外撥通數", "通話時間", "品質評分", "客訴賠償"])).toEqual([
      "repId", "repName", "position", "period", "calls", "talkMinutes", "quality", "complaintCost",
    ]);
  });

  it("folds width, case, spacing and punctuation, and remembers a bracketed unit", () => {
    expect(normalizeHeader("通话时长(秒)")).toEqual({ text: "通话时长", unit: "seconds" });
    expect(normalizeHeader("通话时长（秒）")).toEqual({ text: "通话时长", unit: "seconds" }); // full-width brackets
    expect(normalizeHeader("通话时长【分钟】")).toEqual({ text: "通话时长", unit: "minutes" });
    expect(normalizeHeader("Ｔａｌｋ＿Ｔｉｍｅ（ｍｉｎ）")).toEqual({ text: "talk time", unit: "minutes" });
    expect(normalizeHeader("Talk time (h:mm:ss)")).toEqual({ text: "talk time", unit: "time" });
    expect(normalizeHeader("  Rep   ID ")).toEqual({ text: "rep id", unit: null });
    expect(normalizeHeader("rep_id").text).toBe("rep id");
    expect(normalizeHeader("REP-ID").text).toBe("rep id");
    expect(normalizeHeader("RepID").text).toBe("rep id"); // camelCase split
    expect(normalizeHeader("AvgTalkDuration").text).toBe("avg talk duration");
    expect(normalizeHeader("坐席ID").text).toBe("坐席 id");
    expect(normalizeHeader("工 号").text).toBe("工号");
    expect(normalizeHeader("ＣＳＡＴ　％").text).toBe("csat");
  });

  it("reads a unit written as a word", () => {
    expect(normalizeHeader("talk seconds")).toEqual({ text: "talk seconds", unit: "seconds" });
    expect(normalizeHeader("通话秒数").unit).toBe("seconds");
    expect(normalizeHeader("Talk hours").unit).toBe("hours");
    expect(normalizeHeader("团队建设(评分)").unit).toBeNull(); // 评分 is a score, not 分 (minutes)
  });
});

describe("mapHeaders", () => {
  it("maps an English export", () => {
    const headers = [
      "Rep ID", "Name", "Position", "Month", "Calls", "Talk time (min)", "Customers", "Workdays", "Leave days", "Revenue",
      "Sales target", "Cost", "Refunds", "After-sales cost", "Complaint cost", "Profit target", "CSAT %", "Team building",
      "Customer service", "Sales skills",
    ];
    const m = mapHeaders(headers);
    expect(m.headers.map((h) => h.field)).toEqual([
      "repId", "repName", "position", "period", "calls", "talkMinutes", "customers", "workdays", "leaveDays", "revenue",
      "salesTarget", "cost", "refunds", "afterSalesCost", "complaintCost", "profitTarget", "satisfaction", "teamBuilding",
      "customerService", "salesSkills",
    ]);
    expect(m.headers.every((h) => h.match === "exact" && h.used)).toBe(true);
    expect(m.headers[5].unit).toBe("minutes");
    expect(m.ambiguous).toEqual([]);
    expect(m.missing).toEqual([]);
    expect(m.columns.revenue).toBe(9);
  });

  it("maps a Chinese export, with the seconds unit of 通话时长(秒)", () => {
    const headers = [
      "工号", "姓名", "岗位", "月份", "呼出量", "通话时长(秒)", "客户数", "出勤天数", "请假天数", "销售额", "销售目标", "成本", "退款",
      "售后成本", "投诉赔偿", "利润目标", "满意度", "团队建设", "客户服务", "销售技巧",
    ];
    const m = mapHeaders(headers);
    expect(m.headers.map((h) => h.field)).toEqual([
      "repId", "repName", "position", "period", "calls", "talkMinutes", "customers", "workdays", "leaveDays", "revenue",
      "salesTarget", "cost", "refunds", "afterSalesCost", "complaintCost", "profitTarget", "satisfaction", "teamBuilding",
      "customerService", "salesSkills",
    ]);
    expect(m.headers[5].unit).toBe("seconds");
    expect(m.missing).toEqual([]);
  });

  it("maps the Chinese synonyms docs/review.md lists, and common variants", () => {
    expect(
      fieldsOf(["员工编号", "坐席工号", "坐席", "员工姓名", "职位", "期间", "拨打量", "外呼数", "通话分钟", "处理客户数", "工作日", "病假", "事假"]),
    ).toEqual([
      "repId", "repId", "repName", "repName", "position", "period", "calls", "calls", "talkMinutes", "customers", "workdays",
      "leaveDays", "leaveDays",
    ]);
    expect(fieldsOf(["Agent", "Period", "Talk time", "Sales", "CSAT", "Calls"])).toEqual([
      "repName", "period", "talkMinutes", "revenue", "satisfaction", "calls",
    ]);
  });

  it("handles full-width and spacing variants", () => {
    expect(fieldsOf(["（工 号）", "姓　名", "ＰＯＳＩＴＩＯＮ", " month ", "呼出量（次）", "Sales_Target", "after sales  cost"])).toEqual([
      null, // a header that is only a bracket is a unit, no name
      "repName",
      "position",
      "period",
      "calls",
      "salesTarget",
      "afterSalesCost",
    ]);
  });

  it("falls back to the longest synonym contained in the header", () => {
    const m = mapHeaders(["本月呼出量", "目标销售额(元)", "销售额目标", "投诉赔偿成本", "Total Calls Dialed", "paid"]);
    expect(m.headers.map((h) => [h.field, h.match])).toEqual([
      ["calls", "contains"],
      ["salesTarget", "exact"], // the unit bracket is dropped before matching
      ["salesTarget", "exact"],
      ["complaintCost", "contains"], // 投诉赔偿 (4) beats 成本 (2)
      ["calls", "contains"], // "calls dialed" (12 chars) beats "total calls" (11)
      [null, null], // a Latin synonym must be whole words: no "id" in "paid"
    ]);
  });

  it("lists two headers for one field as ambiguous, chooses the first and flags it", () => {
    const m = mapHeaders(["工号", "姓名", "岗位", "月份", "呼出量", "外呼数"]);
    expect(m.ambiguous).toEqual([{ field: "calls", indexes: [4, 5], chosen: 4 }]);
    expect(m.columns.calls).toBe(4);
    expect([m.headers[4].used, m.headers[5].used]).toEqual([true, false]);
  });

  it("prefers an exact match over a contained one, still flagging both", () => {
    const m = mapHeaders(["有效呼出量", "呼出量"]);
    expect(m.columns.calls).toBe(1);
    expect(m.ambiguous).toEqual([{ field: "calls", indexes: [0, 1], chosen: 1 }]);
  });

  it("reports missing required fields, the id/name pair as one choice", () => {
    expect(mapHeaders(["Calls", "Revenue"]).missing).toEqual([["repId", "repName"], ["position"], ["period"]]);
    expect(mapHeaders(["姓名", "月份"]).missing).toEqual([["position"]]);
    expect(mapHeaders(["工号", "岗位", "月份"]).missing).toEqual([]);
  });

  it("reports unmatched headers", () => {
    const m = mapHeaders(["工号", "备注", ""]);
    expect(m.headers.slice(1).map((h) => [h.field, h.match, h.used])).toEqual([
      [null, null, false],
      [null, null, false],
    ]);
  });

  it("lets the user's overrides beat the guess", () => {
    const headers = ["Agent code", "Name", "Role?", "Period", "Dials", "Notes"];
    expect(fieldsOf(headers)).toEqual(["repName", "repName", "position", "period", "calls", null]);
    const m = mapHeaders(headers, { 0: "repId", 4: null, 5: "quality" });
    expect(m.headers.map((h) => [h.field, h.match])).toEqual([
      ["repId", "manual"],
      ["repName", "exact"],
      ["position", "exact"], // "?" is punctuation
      ["period", "exact"],
      [null, null],
      ["quality", "manual"],
    ]);
    expect(m.columns.calls).toBeUndefined();
    expect(m.ambiguous).toEqual([]); // "Agent code" no longer competes with "Name"
  });

  it("a manual choice takes the field from guessed columns without an ambiguity flag", () => {
    const m = mapHeaders(["工号", "员工编号"], { 1: "repId" });
    expect(m.columns.repId).toBe(1);
    expect(m.ambiguous).toEqual([]);
    expect([m.headers[0].used, m.headers[1].used]).toEqual([false, true]);
    // two manual choices for one field are still ambiguous
    expect(mapHeaders(["a", "b"], { 0: "calls", 1: "calls" }).ambiguous).toEqual([{ field: "calls", indexes: [0, 1], chosen: 0 }]);
  });

  it("keeps overrides by header text, so they survive reordering and retyping", () => {
    const saved = overridesToSaved(["Agent code", "Ｎｏｔｅｓ"], { 0: "repId", 1: null });
    expect(saved).toEqual({ "agent code": "repId", notes: null });
    expect(overridesFromSaved(["Notes", "x", "AGENT  CODE"], saved)).toEqual({ 0: null, 2: "repId" });
  });
});
