import { kindOf } from "../../support/scoreErrors";
import { inPeriod, monthKey, monthsOf, parseMonth, parsePeriod, periodKey } from "../../../src/engine/review/period";

describe("parseMonth", () => {
  it.each([
    ["2026-07", 2026, 7],
    ["2026/7", 2026, 7],
    ["2026.7", 2026, 7],
    ["2026年7月", 2026, 7],
    ["２０２６年７月", 2026, 7], // full width
    ["2026年7月15日", 2026, 7],
    ["202607", 2026, 7],
    ["2021-01-01", 2021, 1], // the PwC log's text dates
    ["2019-08-04 00:00:00+03:00", 2019, 8], // a dialer's timestamp with a zone
    ["7/2026", 2026, 7],
    ["15/07/2026", 2026, 7], // 15 cannot be a month
    ["07/15/2026", 2026, 7],
    ["Jul 2026", 2026, 7],
    ["July-2026", 2026, 7],
    ["2026 Sept", 2026, 9],
  ])("reads %j as %i-%i", (text, year, month) => {
    expect(parseMonth(text)).toEqual({ year, month });
  });

  it("reads Excel date serials, yyyymm numbers and JS dates (UTC)", () => {
    // serial 46218 = 2026-07-15: 46218 days after 1899-12-30
    expect(parseMonth(46218)).toEqual({ year: 2026, month: 7 });
    expect(parseMonth(46218.75)).toEqual({ year: 2026, month: 7 }); // a time of day
    expect(parseMonth("46218")).toEqual({ year: 2026, month: 7 });
    expect(parseMonth(202607)).toEqual({ year: 2026, month: 7 });
    expect(parseMonth(new Date(Date.UTC(2026, 6, 31, 23, 59)))).toEqual({ year: 2026, month: 7 });
  });

  it("gives null for blank", () => {
    expect(parseMonth(null)).toBeNull();
    expect(parseMonth(undefined)).toBeNull();
    expect(parseMonth("  ")).toBeNull();
  });

  it("rejects what is no month with #VALUE! naming the column", () => {
    expect(kindOf(() => parseMonth("abc", "月份"))).toBe("value");
    expect(() => parseMonth("abc", "月份")).toThrow(/"abc" is not a month for 月份/);
    expect(kindOf(() => parseMonth(true))).toBe("value");
    expect(kindOf(() => parseMonth("2026-13"))).toBe("value");
    expect(kindOf(() => parseMonth(2026))).toBe("value"); // a year, not a date serial of 1905
    expect(() => parseMonth(2026.07)).toThrow(/looks like a year/);
    expect(() => parseMonth("07/08/2026")).toThrow(/could be day\/month or month\/day/);
    expect(kindOf(() => parseMonth(new Date(NaN)))).toBe("value");
    expect(kindOf(() => parseMonth(-1))).toBe("value");
  });
});

describe("period keys and quarters", () => {
  it("names months and quarters", () => {
    expect(monthKey({ year: 2026, month: 7 })).toBe("2026-07");
    expect(periodKey({ kind: "month", year: 2026, month: 12 })).toBe("2026-12");
    expect(periodKey({ kind: "quarter", year: 2026, quarter: 3 })).toBe("2026-Q3");
  });

  it("lists a quarter's months", () => {
    expect(monthsOf({ kind: "quarter", year: 2026, quarter: 3 })).toEqual([
      { year: 2026, month: 7 },
      { year: 2026, month: 8 },
      { year: 2026, month: 9 },
    ]);
    expect(monthsOf({ kind: "quarter", year: 2026, quarter: 1 }).map((m) => m.month)).toEqual([1, 2, 3]);
    expect(monthsOf({ kind: "month", year: 2026, month: 7 })).toEqual([{ year: 2026, month: 7 }]);
  });

  it("tells whether a month is in a period", () => {
    const q3 = { kind: "quarter", year: 2026, quarter: 3 } as const;
    expect(inPeriod({ year: 2026, month: 9 }, q3)).toBe(true);
    expect(inPeriod({ year: 2026, month: 10 }, q3)).toBe(false);
    expect(inPeriod({ year: 2025, month: 8 }, q3)).toBe(false);
    expect(inPeriod({ year: 2026, month: 7 }, { kind: "month", year: 2026, month: 7 })).toBe(true);
  });

  it.each(["2026-Q3", "2026q3", "2026 Q3", "Q3 2026", "q3-2026", "2026年第3季度", "2026年第三季度", "2026年Q3", "２０２６－Ｑ３"])(
    "parses the quarter %j",
    (text) => {
      expect(parsePeriod(text)).toEqual({ kind: "quarter", year: 2026, quarter: 3 });
    },
  );

  it("parses a month period and rejects nonsense", () => {
    expect(parsePeriod("2026年7月")).toEqual({ kind: "month", year: 2026, month: 7 });
    expect(kindOf(() => parsePeriod("2026 Q5"))).toBe("value");
    expect(kindOf(() => parsePeriod(""))).toBe("value");
  });
});
