import ExcelJS from "exceljs";
import { defaultPolicy } from "../../../src/engine/policy";
import type { CellValue } from "../../../src/engine/input";
import { aggregateCallLog, answerMeaning, callLogTable, mapCallLogHeaders, readAnswered } from "../../../src/engine/review/callLog";
import { mapHeaders } from "../../../src/engine/review/headerMapping";
import { DEFAULT_CALL_LOG_RULES } from "../../../src/engine/review/callLogRules";
import { externalData } from "../../support/externalData";

const policy = defaultPolicy(); // rating scale 5, CSAT top2
const day = (seconds: number): number => seconds / 86400; // an h:mm:ss cell as Excel stores it

const HEADERS = ["Call Id", "Agent", "Date", "Time", "Answered (Y/N)", "AvgTalkDuration", "Satisfaction rating"];
const ROWS: CellValue[][] = [
  ["C1", "Jim", "2021-01-01", 0.4, "Y", day(143), 5],
  ["C2", "  jim ", "2021-01-15", 0.5, "N", null, null],
  ["C3", "JIM", 44198, 0.5, "y", day(61), 4], // serial 44198 = 2021-01-02
  ["C4", "Jim", "2021-02-01", 0.5, "Y", day(30), 2],
  ["C5", "Becky", "2021-01-03", 0.5, "是", day(1800), 3],
  ["C6", "Becky", "2021-01-04", 0.5, "否", "", ""],
  ["C7", "", "2021-01-05", 0.5, "Y", day(10), 5],
  ["C8", "Becky", "not a date", 0.5, "Y", day(10), 5],
  ["C9", "Becky", "2021-01-06", 0.5, "Y", day(10), 6],
  [null, null, null, null, null, null, null],
  ["C11", "Becky", "2021-01-07", 0.5, "maybe", day(10), 5],
  ["C12", "Becky", "2021-01-08", 0.5, true, day(20), null],
  ["C13", "Becky", "2021-01-08", 0.5, 1, day(40), 4],
  ["C14", "Becky", "2021-01-09", 0.5, 0, null, null],
];
const table = { headers: HEADERS, rows: ROWS, firstRow: 2 };

describe("call log header mapping", () => {
  it("maps a dialer export's headers", () => {
    const m = mapCallLogHeaders(HEADERS);
    expect(m.headers.map((h) => h.field)).toEqual(["callId", "agent", "date", "time", "answered", "talkDuration", "satisfaction"]);
    expect(m.missing).toEqual([]);
    expect(mapCallLogHeaders(["坐席", "日期", "是否接通", "通话时长(秒)", "满意度评分"]).headers.map((h) => [h.field, h.unit])).toEqual([
      ["agent", null],
      ["date", null],
      ["answered", null],
      ["talkDuration", "seconds"],
      ["satisfaction", null],
    ]);
    expect(mapCallLogHeaders(["Agent", "Topic"]).missing).toEqual([["date"]]);
  });

  it("reads answered flags in their usual spellings", () => {
    expect(["Y", "yes", "是", "TRUE", "1", true, 1].map((v) => readAnswered(v, "a"))).toEqual(Array(7).fill(true));
    expect(["N", "no", "否", "false", "0", false, 0].map((v) => readAnswered(v, "a"))).toEqual(Array(7).fill(false));
    expect(readAnswered("", "a")).toBeNull();
    expect(() => readAnswered("maybe", "Answered")).toThrow(/"maybe" is not an answered flag for Answered/);
  });
});

describe("aggregateCallLog", () => {
  const { agents, problems } = aggregateCallLog(table, mapCallLogHeaders(HEADERS), policy);

  it("aggregates per agent per month, agents matched ignoring case and spacing", () => {
    expect(agents.map((a) => [a.agent, a.period])).toEqual([
      ["Jim", "2021-01"],
      ["Jim", "2021-02"],
      ["Becky", "2021-01"],
    ]);
    // Jim, January: rows C1, C2, C3 -> 3 calls; answered Y, y -> 2; talk 143 + 61 = 204 s = 3.4 min;
    // ratings 5, 4 -> top2 (>= 4) 2 of 2 = 100 %.
    expect(agents[0]).toMatchObject({ calls: 3, answered: 2, talkMinutes: 3.4, rated: 2, csat: 100 });
    // Jim, February: C4 -> 1 call, answered, 30 s = 0.5 min, rating 2 -> 0 of 1 = 0 %.
    expect(agents[1]).toMatchObject({ calls: 1, answered: 1, talkMinutes: 0.5, rated: 1, csat: 0 });
    // Becky, January: C5, C6, C12, C13, C14 -> 5 calls; answered 是, TRUE, 1 -> 3;
    // talk 1800 + 20 + 40 = 1860 s = 31 min; ratings 3, 4 -> 1 of 2 = 50 %.
    expect(agents[2]).toMatchObject({ calls: 5, answered: 3, talkMinutes: 31, rated: 2, csat: 50 });
  });

  it("shows the most frequent spelling of an agent", () => {
    // "Jim" twice (C1, C4), "jim" (trimmed) once, "JIM" once
    expect(agents[0].agent).toBe("Jim");
    const { agents: other } = aggregateCallLog(
      { headers: ["Agent", "Date"], rows: [["mary ann", "2021-01-01"], ["Mary Ann", "2021-01-02"], ["MaryAnn", "2021-01-03"], ["Mary Ann", "2021-01-04"]], firstRow: 2 },
      mapCallLogHeaders(["Agent", "Date"]),
      policy,
    );
    expect(other).toHaveLength(1);
    expect(other[0]).toMatchObject({ agent: "Mary Ann", calls: 4, answered: null, talkMinutes: null, rated: 0, csat: null });
  });

  it("lists the rows it cannot read with their sheet row numbers, and skips blank rows silently", () => {
    expect(problems.map((p) => p.row)).toEqual([9, 10, 12]);
    expect(problems[0].error.message).toMatch(/"not a date" is not a month for Date/);
    expect(problems[1].error.message).toMatch(/Satisfaction rating must be a whole number from 1 to 5 \(got 6\)/);
    expect(problems[2].error.message).toMatch(/"maybe" is not an answered flag/);
  });

  it("leaves a blank agent out as a pseudo-agent and counts its call, unless blank is taken off the list", () => {
    expect(aggregateCallLog(table, mapCallLogHeaders(HEADERS), policy).report.pseudoAgents).toEqual([{ agent: "", calls: 1 }]);
    const strict = aggregateCallLog(table, mapCallLogHeaders(HEADERS), policy, { ...DEFAULT_CALL_LOG_RULES, excludedAgents: [] });
    expect(strict.problems.map((p) => [p.row, p.error.message])).toContainEqual([8, "The agent is blank."]);
  });

  it("uses the policy's CSAT method", () => {
    const mean = aggregateCallLog(table, mapCallLogHeaders(HEADERS), { ...policy, csatMethod: "mean" }).agents;
    // Becky: ratings 3 and 4, mean 3.5 -> 100 × (3.5 − 1) / (5 − 1) = 62.5
    expect(mean[2].csat).toBe(62.5);
  });

  it("reads durations in seconds from the header's unit, or guesses seconds for whole numbers", () => {
    const rows: CellValue[][] = [
      ["Ann", "2021-03-01", 143],
      ["Ann", "2021-03-02", "61"],
      ["Ann", "2021-03-03", "0:01:00"],
    ];
    // 143 + 61 + 60 = 264 s = 4.4 min, whether the header says seconds or not
    for (const h of ["通话时长(秒)", "Talk duration"]) {
      const got = aggregateCallLog({ headers: ["Agent", "Date", h], rows, firstRow: 2 }, mapCallLogHeaders(["Agent", "Date", h]), policy);
      expect(got.agents[0].talkMinutes).toBe(4.4);
    }
    // an h:mm:ss number format makes a whole number a fraction of a day: 1 = 24 h = 1440 min
    const timed = aggregateCallLog(
      { headers: ["Agent", "Date", "Talk duration"], rows: [["Ann", "2021-03-01", 1]], firstRow: 2, numberFormats: [null, null, "[h]:mm:ss"] },
      mapCallLogHeaders(["Agent", "Date", "Talk duration"]),
      policy,
    );
    expect(timed.agents[0].talkMinutes).toBe(1440);
  });

  it("refuses a mapping without agent or date", () => {
    expect(() => aggregateCallLog(table, mapCallLogHeaders(["Agent"]), policy)).toThrow(/Map a column to Date before aggregating the call log/);
  });
});

describe("callLogTable", () => {
  it("lays the aggregate out as a rep-period table that maps back exactly", () => {
    const { agents } = aggregateCallLog(table, mapCallLogHeaders(HEADERS), policy);
    for (const lang of ["en", "zh", "zh-Hant"] as const) {
      const out = callLogTable(agents, lang);
      const m = mapHeaders(out.headers);
      expect(m.headers.every((h) => h.match === "exact")).toBe(true);
      expect(m.missing).toEqual([]);
      const row = out.rows[0];
      expect([row[m.columns.repName!], row[m.columns.period!], row[m.columns.calls!], row[m.columns.answered!]]).toEqual(["Jim", "2021-01", 3, 2]);
      expect([row[m.columns.talkMinutes!], row[m.columns.satisfaction!], row[m.columns.position!], row[m.columns.revenue!]]).toEqual([3.4, 100, null, null]);
    }
    expect(callLogTable(agents, "zh").headers.slice(0, 4)).toEqual(["姓名", "岗位", "月份", "呼出量"]);
    expect(callLogTable(agents, "zh-Hant").headers.slice(0, 4)).toEqual(["姓名", "職位", "月份", "外撥通數"]);
  });
});

// The PwC "Call Centre Trends" log (one row per call): shared test data, never copied into the repo.
const PWC = externalData("pwc_call_center_calls.xlsx");
const describeWithData = PWC ? describe : describe.skip;

describeWithData("aggregateCallLog on the PwC call-centre log", () => {
  const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
  let headers: string[] = [];
  let raw: unknown[][] = [];
  let formats: (string | undefined)[] = [];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(PWC as string);
    const sheet = wb.getWorksheet("Sheet1")!;
    const width = sheet.getRow(1).cellCount;
    const cells = (r: number) => Array.from({ length: width }, (_, c) => sheet.getRow(r).getCell(c + 1).value);
    headers = cells(1).map(String);
    raw = Array.from({ length: sheet.rowCount - 1 }, (_, i) => cells(i + 2));
    formats = Array.from({ length: width }, (_, c) => sheet.getRow(2).getCell(c + 1).numFmt);
  });

  /** What Excel's Range.values gives: a date or time cell is its serial number (exceljs builds a Date). */
  const asRangeValues = (rows: unknown[][]): CellValue[][] =>
    rows.map((r) => r.map((v) => (v instanceof Date ? (v.getTime() - EXCEL_EPOCH) / 86_400_000 : (v as CellValue))));

  it("matches counts made with a plain loop over the sheet for Jim in January", () => {
    const col = (name: string) => headers.indexOf(name);
    // Independent figures: Jim's January rows, answered ones, talk seconds from the Date objects, top-2 ratings.
    let calls = 0;
    let answered = 0;
    let seconds = 0;
    let rated = 0;
    let top2 = 0;
    for (const r of raw) {
      if (r[col("Agent")] !== "Jim" || !String(r[col("Date")]).startsWith("2021-01")) continue;
      calls += 1;
      if (r[col("Answered (Y/N)")] === "Y") answered += 1;
      const talk = r[col("AvgTalkDuration")];
      if (talk instanceof Date) seconds += Math.round((talk.getTime() - EXCEL_EPOCH) / 1000);
      const rating = r[col("Satisfaction rating")];
      if (typeof rating === "number") {
        rated += 1;
        if (rating >= 4) top2 += 1;
      }
    }
    expect(calls).toBeGreaterThan(100); // the loop found the data it was meant to

    const mapping = mapCallLogHeaders(headers);
    expect(mapping.missing).toEqual([]);
    const { agents, problems } = aggregateCallLog({ headers, rows: asRangeValues(raw), firstRow: 2, numberFormats: formats }, mapping, policy);
    expect(problems).toEqual([]);
    const jim = agents.find((a) => a.agent === "Jim" && a.period === "2021-01")!;
    expect(jim).toMatchObject({ calls, answered, rated, talkMinutes: seconds / 60, csat: (100 * top2) / rated });
    // every call is counted once: 5,000 rows, 8 agents, 3 months
    expect(agents.reduce((s, a) => s + a.calls, 0)).toBe(raw.length);
    expect(new Set(agents.map((a) => a.agent)).size).toBe(8);
    expect(new Set(agents.map((a) => a.period))).toEqual(new Set(["2021-01", "2021-02", "2021-03"]));
  });
});

describe("answered words of Traditional Chinese exports", () => {
  it("knows 無人接聽 and 佔線 as not answered, as their Simplified forms", () => {
    for (const word of ["無人接聽", "佔線", "无人接听", "占线"]) expect(answerMeaning(word)).toEqual({ answered: false, by: "known" });
    expect(answerMeaning("已接通")).toEqual({ answered: true, by: "known" });
  });
});
