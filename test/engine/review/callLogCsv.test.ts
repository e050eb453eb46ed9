import type { CellValue } from "../../../src/engine/input";
import { defaultPolicy } from "../../../src/engine/policy";
import { aggregateCallLog, CallLogAggregator, callLogTable, mapCallLogHeaders } from "../../../src/engine/review/callLog";
import { CallLogCsv } from "../../../src/engine/review/callLogCsv";
import { DEFAULT_CALL_LOG_RULES, type CallLogRules } from "../../../src/engine/review/callLogRules";
import type { SourceTable } from "../../../src/engine/review/records";
import { CHINESE_EXPORT, ENGLISH_EXPORT } from "../../fixtures/dialerExport";

const policy = defaultPolicy();

/** The sheet as a dialer would export it to CSV: a cell's text, quoted when it must be, blanks empty. */
function toCsv(table: SourceTable, eol = "\r\n"): string {
  const field = (v: CellValue): string => {
    const text = v === null || v === undefined ? "" : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [table.headers, ...table.rows].map((r) => r.map(field).join(",")).join(eol) + eol;
}

function fromCsv(text: string, rules: CallLogRules, chunk: number) {
  const log = new CallLogCsv((headers) => new CallLogAggregator(mapCallLogHeaders(headers), policy, rules));
  for (let i = 0; i < text.length; i += chunk) log.push(text.slice(i, i + chunk));
  log.end();
  return log.sink?.finish() ?? null;
}

/** The user's confirmations: yymmdd dates and what the outcome words mean. */
const CONFIRMED: CallLogRules = { ...DEFAULT_CALL_LOG_RULES, dateForm: "yymmdd", answeredValues: { agent: true, hang: false, phantom: false } };

describe("a call log streamed from a CSV file", () => {
  it.each([
    ["English export", ENGLISH_EXPORT],
    ["Chinese export", CHINESE_EXPORT],
  ])("gives the same rep-month table, problems and report as the sheet (%s)", (_, sheet) => {
    const expected = aggregateCallLog(sheet, mapCallLogHeaders(sheet.headers), policy, CONFIRMED);
    expect(expected.agents.length).toBe(2);
    for (const chunk of [1, 7, 1 << 20]) {
      const got = fromCsv(toCsv(sheet), CONFIRMED, chunk);
      expect(got).not.toBeNull();
      expect(callLogTable(got!.agents, "en")).toEqual(callLogTable(expected.agents, "en"));
      expect(got!.problems.map((p) => [p.row, p.error.message])).toEqual(expected.problems.map((p) => [p.row, p.error.message]));
      expect(got!.report).toEqual(expected.report);
    }
  });

  it("reads the English fixture's figures worked out by hand", () => {
    const got = fromCsv(toCsv(ENGLISH_EXPORT), CONFIRMED, 5)!;
    // Ann, 1999-02: rows 2, 3, 5 (row 4 repeats row 3); Bob, 1999-03: rows 9, 10, 12, 13 (row 11 is 1985).
    expect(got.agents.map((a) => [a.agent, a.period, a.calls, a.answered, a.talkMinutes, a.customers])).toEqual([
      ["Ann", "1999-02", 3, 2, 3, 2],
      ["Bob", "1999-03", 4, 3, 7.5, 2],
    ]);
    expect(got.report.duplicates).toEqual([{ row: 4, repeats: 3 }]);
    expect(got.problems.map((p) => p.row)).toEqual([11]);
    expect(got.report.pseudoAgents.reduce((n, p) => n + p.calls, 0)).toBe(3);
  });

  it("numbers rows as a sheet would when a quoted value holds a line break", () => {
    const text = 'Agent,Date,Note\r\nAnn,2021-01-05,"two\r\nlines"\r\nAnn,not a date,x\r\n';
    const got = fromCsv(text, DEFAULT_CALL_LOG_RULES, 4)!;
    expect(got.problems.map((p) => p.row)).toEqual([3]);
    expect(got.agents.map((a) => [a.agent, a.period, a.calls])).toEqual([["Ann", "2021-01", 1]]);
  });

  it("reads only the header when asked for the headers", () => {
    const log = new CallLogCsv();
    expect(log.push("Agent;Date;Talk time (s)\r\nAnn;2021")).toBe(false);
    expect(log.headers).toEqual(["Agent", "Date", "Talk time (s)"]);
    expect(new CallLogCsv().sink).toBeNull();
  });
});

describe("repeated rows in a long log", () => {
  it("finds every repeat, and only repeats, among thousands of distinct rows", () => {
    const lines = ["Agent,Date,Call ID"];
    for (let i = 1; i <= 5000; i++) lines.push(`Rep${i % 7},2021-0${1 + (i % 3)}-05,C${i}`);
    // rows 5002.. repeat the calls of rows 2, 1002, 2002, 3002, 4002 (call ids C1, C1001...)
    for (const i of [1, 1001, 2001, 3001, 4001]) lines.push(`Rep${i % 7},2021-0${1 + (i % 3)}-05,C${i}`);
    const got = fromCsv(lines.join("\n"), DEFAULT_CALL_LOG_RULES, 4096)!;
    expect(got.report.duplicates).toEqual([1, 1001, 2001, 3001, 4001].map((i, k) => ({ row: 5002 + k, repeats: i + 1 })));
    expect(got.agents.reduce((n, a) => n + a.calls, 0)).toBe(5000);
  });
});
