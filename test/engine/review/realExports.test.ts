/**
 * Reading real exports (docs/review.md, "Reading real exports"), on the made-up dialer exports of
 * test/fixtures/dialerExport.ts: units in words, compact and implausible dates, pseudo-agents,
 * duplicate rows, zero-second calls, customers handled and outcome words.
 */
import * as fs from "fs";
import { defaultPolicy } from "../../../src/engine/policy";
import { aggregateCallLog, answerValues, callDateForm, callLogTable, mapCallLogHeaders, talkDurationUnit } from "../../../src/engine/review/callLog";
import { DEFAULT_CALL_LOG_RULES, parseCallLogRules, type CallLogRules } from "../../../src/engine/review/callLogRules";
import { mapHeaders, normalizeHeader } from "../../../src/engine/review/headerMapping";
import { detectCompactForm, parseMonth } from "../../../src/engine/review/period";
import { durationUnitsOf, readRecords } from "../../../src/engine/review/records";
import { CHINESE_EXPORT, ENGLISH_EXPORT } from "../../fixtures/dialerExport";
import { externalData } from "../../support/externalData";

const policy = defaultPolicy();
const WORDS = { agent: true, hang: false, phantom: false };
const confirmed: CallLogRules = { ...DEFAULT_CALL_LOG_RULES, dateForm: "yymmdd", answeredValues: WORDS };

describe("units written in words", () => {
  it.each([
    ["Talk time (in seconds)", "seconds"],
    ["Call Duration (in minutes)", "minutes"],
    ["Duration (in hours)", "hours"],
    ["Duration (in secs)", "seconds"],
    ["Talk (in mins)", "minutes"],
    ["Talk time (unit: min)", "minutes"],
    ["通话时长(秒)", "seconds"],
    ["时长(秒)", "seconds"],
    ["通话时长（分钟）", "minutes"],
    ["通话时长(分)", "minutes"],
    ["通话时长【小时】", "hours"],
    ["通话时长(单位：秒)", "seconds"],
    ["talk time in minutes", "minutes"],
  ])("%j states %s", (header, unit) => {
    expect(normalizeHeader(header).unit).toBe(unit);
  });

  it("reads 90,000 under “(in seconds)” as 1,500 minutes, in a call log and in a rep-period table", () => {
    const log = { headers: ["Agent", "Date", "Talk time (in seconds)"], rows: [["Ann", "2021-01-05", 90000]], firstRow: 2 };
    expect(aggregateCallLog(log, mapCallLogHeaders(log.headers), policy).agents[0].talkMinutes).toBe(1500);
    const table = { headers: ["Name", "Position", "Month", "Talk time (in seconds)"], rows: [["Ann", "Junior", "2021-01", 90000]], firstRow: 2 };
    expect(readRecords(table, mapHeaders(table.headers)).records[0].values.talkMinutes).toBe(1500);
  });

  it("reads a “(in minutes)” call-log column as minutes, not seconds", () => {
    const log = { headers: ["Agent", "Date", "Call Duration (in minutes)"], rows: [["Ann", "2021-01-05", 3]], firstRow: 2 };
    expect(aggregateCallLog(log, mapCallLogHeaders(log.headers), policy).agents[0].talkMinutes).toBe(3);
  });

  it("reports the unit chosen and where it came from", () => {
    expect(talkDurationUnit(ENGLISH_EXPORT, mapCallLogHeaders(ENGLISH_EXPORT.headers))).toEqual({ unit: "seconds", source: "header" });
    const plain = { headers: ["Agent", "Date", "Duration"], rows: [["Ann", "2021-01-05", 90]], firstRow: 2 };
    const mapping = mapCallLogHeaders(plain.headers);
    expect(talkDurationUnit(plain, mapping)).toEqual({ unit: "seconds", source: "guess" });
    expect(talkDurationUnit({ ...plain, numberFormats: [null, null, "h:mm:ss"] }, mapping)).toEqual({ unit: "time", source: "format" });
    expect(talkDurationUnit(plain, mapping, { talkUnit: "minutes" })).toEqual({ unit: "minutes", source: "chosen" });
    // the user's unit is the one used
    expect(aggregateCallLog(plain, mapping, policy, { ...DEFAULT_CALL_LOG_RULES, talkUnit: "minutes" }).agents[0].talkMinutes).toBe(90);
    const rep = { headers: ["Name", "Position", "Month", "Talk"], rows: [["Ann", "Junior", "2021-01", 9]], firstRow: 2 };
    expect(durationUnitsOf(rep, mapHeaders(rep.headers))).toEqual({ 3: { unit: "minutes", source: "guess" } });
  });
});

describe("compact and implausible dates", () => {
  it("refuses yymmdd and yyyymmdd until the form is confirmed, naming the form", () => {
    expect(() => parseMonth(990201, "Date")).toThrow(/"990201" for Date gives the year 9902, outside 1990–2100\. It looks like a yymmdd date/);
    expect(() => parseMonth("990215", "Date")).toThrow(/gives the year 4611.*yymmdd/); // a date serial, unconfirmed
    expect(() => parseMonth(20190801, "Date")).toThrow(/20190801 for Date looks like a yyyymmdd date: confirm/);
    const yymmdd = { years: { from: 1990, to: 2100 }, compact: "yymmdd" as const };
    expect(parseMonth(990201, "Date", yymmdd)).toEqual({ year: 1999, month: 2 });
    expect(parseMonth("050315", "Date", yymmdd)).toEqual({ year: 2005, month: 3 });
    // a number has lost the leading zero, or is a date serial (31108 is 1985-03-02): refused, never guessed
    expect(() => parseMonth(50315, "Date", yymmdd)).toThrow(/50315 for Date could be the yymmdd date 050315 or an Excel date/);
    expect(parseMonth(44198, "Date", yymmdd)).toEqual({ year: 2021, month: 1 }); // 044198 is no yymmdd date: a serial
    expect(parseMonth(202607, "Date", yymmdd)).toEqual({ year: 2026, month: 7 }); // no yymmdd date: still yyyymm
    expect(parseMonth(20190801, "Date", { ...yymmdd, compact: "yyyymmdd" })).toEqual({ year: 2019, month: 8 });
  });

  it("refuses dates outside the plausible years, which the user may widen", () => {
    expect(() => parseMonth("1985-03-02", "Date")).toThrow(/gives the year 1985, outside 1990–2100\. Dates must fall in 1990–2100/);
    expect(() => parseMonth(2958465, "Date")).toThrow(/year 9999/); // Excel's last date serial
    expect(parseMonth("1985-03-02", "Date", { years: { from: 1980, to: 2100 }, compact: null })).toEqual({ year: 1985, month: 3 });
    expect(parseMonth(202607)).toEqual({ year: 2026, month: 7 });
  });

  it("detects the compact form of a column, and takes plain yyyymm months for none", () => {
    expect(detectCompactForm([990201, "990203", null, "x"])).toEqual({ form: "yymmdd", count: 2, example: "990201" });
    expect(detectCompactForm([20190801, 20190802])).toEqual({ form: "yyyymmdd", count: 2, example: "20190801" });
    expect(detectCompactForm([202601, "202602", 44198])).toBeNull();
    expect(callDateForm(ENGLISH_EXPORT, mapCallLogHeaders(ENGLISH_EXPORT.headers))).toEqual({ form: "yymmdd", count: 11, example: "990201" });
  });

  it("makes a rep-period row with an implausible period a row problem, never a period", () => {
    const table = { headers: ["Name", "Position", "Month"], rows: [["Ann", "Junior", 990201], ["Bob", "Junior", "2026-07"]], firstRow: 2 };
    const { records, problems } = readRecords(table, mapHeaders(table.headers));
    expect(records.map((r) => r.repName)).toEqual(["Bob"]);
    expect(problems.map((p) => [p.row, p.period])).toEqual([[2, null]]);
    expect(problems[0].reasons[0].message).toMatch(/yymmdd/);
  });
});

describe("the English dialer export", () => {
  const mapping = mapCallLogHeaders(ENGLISH_EXPORT.headers);

  it("maps its columns, leaving the task id unused", () => {
    expect(mapping.headers.map((h) => h.field)).toEqual([null, "callId", "agent", "date", "customer", "answered", "talkDuration"]);
  });

  it("reads nothing as a made-up period while the date form is unconfirmed", () => {
    const { agents, problems } = aggregateCallLog(ENGLISH_EXPORT, mapping, policy, { ...DEFAULT_CALL_LOG_RULES, answeredValues: WORDS });
    expect(agents).toEqual([]);
    // every agent row but the duplicate (row 4) and the pseudo-agents' (6-8) is a problem: 8 rows
    expect(problems.map((p) => p.row)).toEqual([2, 3, 5, 9, 10, 11, 12, 13]);
    expect(problems[0].error.message).toMatch(/yymmdd/);
  });

  it("lists the outcome words for the user to give them a meaning, and refuses a row whose word has none", () => {
    expect(answerValues(ENGLISH_EXPORT, mapping)).toEqual([
      { value: "AGENT", key: "agent", calls: 6, answered: null, by: null },
      { value: "HANG", key: "hang", calls: 4, answered: null, by: null },
      { value: "PHANTOM", key: "phantom", calls: 2, answered: null, by: null },
    ]);
    expect(answerValues(ENGLISH_EXPORT, mapping, WORDS)?.map((v) => [v.value, v.answered, v.by])).toEqual([
      ["AGENT", true, "you"],
      ["HANG", false, "you"],
      ["PHANTOM", false, "you"],
    ]);
    const { problems } = aggregateCallLog(ENGLISH_EXPORT, mapping, policy, { ...confirmed, answeredValues: {} });
    expect(problems[0].error.message).toMatch(/"AGENT" is not an answered flag for Outcome\. Say in the mapping step whether it means answered/);
  });

  it("aggregates with the form confirmed and the words mapped: pseudo-agents, duplicates and zero-second calls reported", () => {
    const { agents, problems, report } = aggregateCallLog(ENGLISH_EXPORT, mapping, policy, confirmed);
    // Ann, Feb 1999: rows 2, 3, 5 (row 4 repeats row 3): AGENT twice; 120 + 0 + 60 s = 3 min; customers K1, K2 (k1 is K1).
    // Bob, Mar 1999: rows 9, 10, 12, 13: AGENT 3 times; 300 + 90 + 15 + 45 s = 7.5 min; customers K4, K5 (row 13 has none).
    expect(agents.map((a) => [a.agent, a.period, a.calls, a.answered, a.talkMinutes, a.customers])).toEqual([
      ["Ann", "1999-02", 3, 2, 3, 2],
      ["Bob", "1999-03", 4, 3, 7.5, 2],
    ]);
    expect(problems.map((p) => p.row)).toEqual([11]);
    expect(problems[0].error.message).toMatch(/1985-03-02.*outside 1990–2100/);
    expect(report).toEqual({
      pseudoAgents: [
        { agent: "NO_SERVER", calls: 1 },
        { agent: "-", calls: 1 },
        { agent: "", calls: 1 },
      ],
      duplicates: [{ row: 4, repeats: 3 }],
      duplicatesDropped: true,
      zeroSecondCalls: 1,
      talkUnit: { unit: "seconds", source: "header" },
      dateForm: { form: "yymmdd", count: 11, example: "990201", confirmed: true },
      customers: true,
    });
  });

  it("keeps duplicates when asked (still reporting them), and pseudo-agents the user takes off the list", () => {
    const kept = aggregateCallLog(ENGLISH_EXPORT, mapping, policy, { ...confirmed, dropDuplicates: false, excludedAgents: ["NO_SERVER", ""] });
    expect(kept.report.duplicates).toEqual([{ row: 4, repeats: 3 }]);
    expect(kept.report.duplicatesDropped).toBe(false);
    expect(kept.agents.find((a) => a.agent === "Ann")).toMatchObject({ calls: 4, answered: 2, customers: 2 });
    // "-" is now an agent of its own, its call counted
    expect(kept.agents.find((a) => a.agent === "-")).toMatchObject({ calls: 1, answered: 0 });
    expect(kept.report.pseudoAgents).toEqual([
      { agent: "NO_SERVER", calls: 1 },
      { agent: "", calls: 1 },
    ]);
  });

  it("writes customers handled into the rep-period table, blank without a customer column", () => {
    const { agents } = aggregateCallLog(ENGLISH_EXPORT, mapping, policy, confirmed);
    const table = callLogTable(agents, "en");
    const customers = table.headers.indexOf("Customers");
    expect(table.rows.map((r) => r[customers])).toEqual([2, 2]);
    const noCustomer = mapCallLogHeaders(ENGLISH_EXPORT.headers, { 4: null });
    const without = aggregateCallLog(ENGLISH_EXPORT, noCustomer, policy, confirmed);
    expect(without.report.customers).toBe(false);
    expect(callLogTable(without.agents, "en").rows.map((r) => r[customers])).toEqual([null, null]);
  });
});

describe("the Chinese dialer export", () => {
  it("reads minutes in full-width brackets, 已接通/未接通, and counts customers per rep-month", () => {
    const mapping = mapCallLogHeaders(CHINESE_EXPORT.headers);
    expect(mapping.headers.map((h) => h.field)).toEqual([null, "agent", "date", "customer", "answered", "talkDuration"]);
    const { agents, problems, report } = aggregateCallLog(CHINESE_EXPORT, mapping, policy, { ...DEFAULT_CALL_LOG_RULES, dateForm: "yymmdd" });
    expect(problems).toEqual([]);
    // 张三, Feb 1999: rows 2, 3 (row 4 repeats 3): one 已接通; 2 + 0 min; A1, A2.
    // 李四, Mar 1999: rows 6, 7: both 已接通; 1.5 + 0.5 min; A1 twice.
    expect(agents.map((a) => [a.agent, a.period, a.calls, a.answered, a.talkMinutes, a.customers])).toEqual([
      ["张三", "1999-02", 2, 1, 2, 2],
      ["李四", "1999-03", 2, 2, 2, 1],
    ]);
    expect(report).toMatchObject({
      pseudoAgents: [{ agent: "SYSTEM", calls: 1 }],
      duplicates: [{ row: 4, repeats: 3 }],
      zeroSecondCalls: 1,
      talkUnit: { unit: "minutes", source: "header" },
    });
  });
});

describe("the stored rules", () => {
  it("reads what the workbook holds field by field, with defaults for what is missing or wrong", () => {
    expect(parseCallLogRules(undefined)).toEqual(DEFAULT_CALL_LOG_RULES);
    expect(parseCallLogRules("not json")).toEqual(DEFAULT_CALL_LOG_RULES);
    expect(DEFAULT_CALL_LOG_RULES).toMatchObject({ excludedAgents: ["NO_SERVER", "SYSTEM", "QUEUE", "-", ""], dropDuplicates: true, dateForm: null, years: { from: 1990, to: 2100 } });
    const stored = JSON.stringify({ dropDuplicates: false, dateForm: "ddmmyy", years: { from: 2100, to: 1990 }, answeredValues: { hang: false }, extra: 1 });
    expect(parseCallLogRules(stored)).toEqual({ ...DEFAULT_CALL_LOG_RULES, dropDuplicates: false, answeredValues: { hang: false } });
  });
});

// The CallMeMaybe operator log (shared test data, never copied into the repo): 53,902 rows, 8,172
// with no operator, 4,900 exact repeats (docs of the data set: ../shared/data/external/SOURCES.md).
const CALLMEMAYBE = externalData("callmemaybe_operator_daily.csv");
(CALLMEMAYBE ? describe : describe.skip)("a real operator log", () => {
  it("accounts for every row: operators' calls, no-operator rows and repeats, with nothing unread", () => {
    const lines = fs.readFileSync(CALLMEMAYBE as string, "utf8").split(/\r?\n/).filter((l) => l !== "");
    const headers = lines[0].split(",");
    const rows = lines.slice(1).map((l) => l.split(",").map((v) => (v === "" ? null : v)));
    const table = { headers, rows, firstRow: 2 };
    // operator_id is the agent, user_id the client account; duplicates are judged on the mapped columns, so whole-line repeats are among them
    const mapping = mapCallLogHeaders(headers, { 0: "customer" });
    expect(mapping.columns.agent).toBe(headers.indexOf("operator_id"));
    expect(mapping.columns.talkDuration).toBe(headers.indexOf("call_duration"));
    const { agents, problems, report } = aggregateCallLog(table, mapping, policy);
    // Independent counts with a plain loop: whole lines seen before, and first-seen lines with no operator.
    const seen = new Set<string>();
    let repeats = 0;
    let noOperator = 0;
    for (const line of lines.slice(1)) {
      if (seen.has(line)) repeats += 1;
      else if (line.split(",")[4] === "") noOperator += 1;
      seen.add(line);
    }
    expect(repeats).toBeGreaterThan(4000); // the loop found what the data set's notes describe
    expect(problems).toEqual([]);
    expect(report.duplicates.length).toBeGreaterThanOrEqual(repeats);
    expect(report.pseudoAgents).toHaveLength(1);
    expect(report.pseudoAgents[0].agent).toBe("");
    expect(report.pseudoAgents[0].calls).toBeLessThanOrEqual(noOperator); // fewer when a no-operator row repeats another on the mapped columns
    expect(agents.reduce((s, a) => s + a.calls, 0) + report.pseudoAgents[0].calls + report.duplicates.length).toBe(rows.length);
    expect(report.talkUnit).toEqual({ unit: "seconds", source: "guess" });
  });
});
