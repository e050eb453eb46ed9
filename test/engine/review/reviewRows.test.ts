import type { CellValue } from "../../../src/engine/input";
import { defaultPolicy } from "../../../src/engine/policy";
import { mapHeaders } from "../../../src/engine/review/headerMapping";
import { parsePeriod } from "../../../src/engine/review/period";
import { readRecords, type SourceTable } from "../../../src/engine/review/records";
import { buildReview, reasonText, type ReviewRow } from "../../../src/engine/review/reviewRows";

/*
 * Default policy (docs/method.md, "The default policy"): workload 30 (calls 40, talk_minutes 30, customers 30),
 * sales 50 (revenue 50, net_profit 30, satisfaction 20), initiatives 20 (team_building 30,
 * customer_service 40, sales_skills 30); cap 1.2, floor 0; CSAT target 90; ratings 1..5;
 * baselines Junior 1800/1500/120, Senior 2000/1800/160; min_presence 0.5; quality weight 0.3.
 */
const policy = defaultPolicy();

const HEADERS = [
  "Rep ID", "Name", "Position", "Month", "Calls", "Talk time (min)", "Customers", "Workdays", "Leave days", "Revenue",
  "Sales target", "Cost", "Refunds", "After-sales cost", "Complaint cost", "Profit target", "CSAT %", "Team building",
  "Customer service", "Sales skills", "Quality score",
];

type Row = Partial<Record<(typeof HEADERS)[number], CellValue>>;
const tableOf = (rows: Row[], headers = HEADERS): SourceTable => ({
  headers,
  rows: rows.map((r) => headers.map((h) => r[h] ?? null)),
  firstRow: 2, // headers in sheet row 1
});

const review = (table: SourceTable, period: string) => {
  const { records, problems } = readRecords(table, mapHeaders(table.headers));
  return buildReview(records, policy, parsePeriod(period), problems);
};

const metric = (row: ReviewRow, key: string) => row.metrics.find((m) => m.key === key)!;

const ann: Row = {
  "Rep ID": "E001", Name: "Ann", Position: "Junior", Month: "2026-07", Calls: 1800, "Talk time (min)": 1200, Customers: 150,
  Workdays: 22, "Leave days": 0, Revenue: 100000, "Sales target": 80000, Cost: 60000, Refunds: 1000.5, "After-sales cost": 500.25,
  "Complaint cost": 0, "Profit target": 40000, "CSAT %": 90, "Team building": 4, "Customer service": 5, "Sales skills": 3,
};
const bob: Row = {
  "Rep ID": "E002", Name: "Bob", Position: "senior ", Month: "2026/7", Calls: 1000, "Talk time (min)": 900, Customers: 80,
  Workdays: 20, "Leave days": 5, Revenue: 50000, "Sales target": 100000, Cost: 45000, "Profit target": 10000, "CSAT %": 72,
};
const hal: Row = { "Rep ID": "E008", Name: "Hal", Position: "Junior", Month: "2026-07", Calls: 900, Workdays: 20, "Leave days": 15, Revenue: 80000, "Sales target": 80000 };

describe("month review", () => {
  const table = tableOf([
    ann, // row 2
    bob, // row 3
    { "Rep ID": "E003", Name: "Cat", Position: "Intern", Month: "2026-07", Calls: 100 }, // row 4: unknown position
    { "Rep ID": "E004", Name: "Dan", Position: "Junior", Month: "2026-07", Calls: "-5" }, // row 5: negative count
    { "Rep ID": "E005", Name: "Eve", Position: "Junior", Month: "2026-07", Calls: "lots" }, // row 6: text for a number
    { "Rep ID": "E006", Name: "Fay", Position: "Junior", Month: "2026-07", Calls: 1000 }, // row 7: duplicate...
    { "Rep ID": "e006 ", Name: "Fay", Position: "Junior", Month: 46218, Calls: 1100 }, // row 8: ...same id, July (serial of 2026-07-15)
    { "Rep ID": "E007", Name: "Gus", Position: "Junior", Month: "2026-08", Calls: 1800 }, // row 9: another month
    hal, // row 10
    {}, // row 11: blank, ignored
  ]);
  const report = review(table, "2026-07");
  const [a, b, h] = report.rows;

  it("scores each rep against baselines, targets and ratings (Ann)", () => {
    expect(report.period).toBe("2026-07");
    expect(report.rows.map((r) => r.repName)).toEqual(["Ann", "Bob", "Hal"]);
    expect(a).toMatchObject({ repId: "E001", position: "Junior", period: "2026-07", sourceIndexes: [0], sourceRows: [2], presence: 1 });
    // calls 1800 / 1800 = 1 -> 100; talk 1200 / 1500 = 0.8 -> 80; customers 150 / 120 = 1.25 -> capped 120
    expect(metric(a, "calls")).toEqual({ key: "calls", dimension: "workload", actual: 1800, target: 1800, points: 100 });
    expect(metric(a, "talk_minutes")).toMatchObject({ actual: 1200, target: 1500, points: 80 });
    expect(metric(a, "customers")).toMatchObject({ actual: 150, target: 120, points: 120 });
    // workload = (40×100 + 30×80 + 30×120) / 100 = 100
    expect(a.dimensions.workload).toBeCloseTo(100, 10);
    // revenue 100,000 / 80,000 = 1.25 -> 120
    expect(metric(a, "revenue")).toMatchObject({ actual: 100000, target: 80000, points: 120 });
    // net profit = 100,000 − 60,000 − 1,000.50 − 500.25 − 0 = 38,499.25; / 40,000 = 0.96248125 -> 96.248125
    expect(metric(a, "net_profit").actual).toBe(38499.25);
    expect(metric(a, "net_profit").points).toBeCloseTo(96.248125, 10);
    // CSAT 90 / 90 -> 100
    expect(metric(a, "satisfaction")).toMatchObject({ actual: 90, target: 90, points: 100 });
    // sales = (50×120 + 30×96.248125 + 20×100) / 100 = 108.8744375
    expect(a.dimensions.sales).toBeCloseTo(108.8744375, 10);
    // ratings 4, 5, 3 -> 80, 100, 60; initiatives = (30×80 + 40×100 + 30×60) / 100 = 82
    expect(metric(a, "team_building")).toMatchObject({ actual: 4, target: 5, points: 80 });
    expect(a.dimensions.initiatives).toBeCloseTo(82, 10);
    // total = (30×100 + 50×108.8744375 + 20×82) / 100 = 100.83721875 -> A, rank 1
    expect(a.total).toBeCloseTo(100.83721875, 10);
    expect([a.grade, a.rank, a.missing]).toEqual(["A", 1, []]);
  });

  it("prorates baselines for leave and re-weights missing metrics (Bob)", () => {
    // presence = (20 − 5) / 20 = 0.75; the shown baseline is 2000, the points are against 2000 × 0.75 = 1500
    expect(b.presence).toBe(0.75);
    expect(metric(b, "calls")).toMatchObject({ actual: 1000, target: 2000 });
    // calls 1000 / 1500, talk 900 / (1800 × 0.75), customers 80 / (160 × 0.75): each 2/3 -> 66.67
    expect(metric(b, "calls").points).toBeCloseTo(200 / 3, 10);
    expect(metric(b, "talk_minutes").points).toBeCloseTo(200 / 3, 10);
    expect(metric(b, "customers").points).toBeCloseTo(200 / 3, 10);
    // revenue 0.5 -> 50; net profit (50,000 − 45,000) / 10,000 = 0.5 -> 50; CSAT 72 / 90 = 0.8 -> 80
    // sales = (50×50 + 30×50 + 20×80) / 100 = 56
    expect(metric(b, "net_profit")).toMatchObject({ actual: 5000, target: 10000, points: 50 });
    expect(b.dimensions.sales).toBeCloseTo(56, 10);
    // no ratings: initiatives blank, total re-weighted = (30×66.67 + 50×56) / (30 + 50) = 60 -> D, rank 3
    expect(b.dimensions.initiatives).toBeNull();
    expect(b.total).toBeCloseTo(60, 10);
    expect([b.grade, b.rank]).toEqual(["D", 3]);
    expect(b.missing).toEqual(["team_building", "customer_service", "sales_skills"]);
  });

  it("does not evaluate workload in a month below min_presence (Hal)", () => {
    // presence (20 − 15) / 20 = 0.25 < 0.5: calls not evaluated; revenue 80,000 / 80,000 -> 100
    expect(h.presence).toBe(0.25);
    expect(metric(h, "calls")).toMatchObject({ actual: 900, target: 1800, points: null });
    expect(h.dimensions.workload).toBeNull();
    expect(h.dimensions.sales).toBe(100);
    expect([h.total, h.grade, h.rank]).toEqual([100, "A", 2]);
    expect(h.missing).toEqual(["calls", "talk_minutes", "customers", "net_profit", "satisfaction", "team_building", "customer_service", "sales_skills"]);
  });

  it("lists unscorable rows with the reason and row number, and scores the rest", () => {
    expect(report.unscorable.map((u) => [u.rows, u.repName])).toEqual([
      [[5], "Dan"],
      [[6], "Eve"],
      [[4], "Cat"],
    ]);
    expect(reasonText(report.unscorable[0].reasons, "en")).toMatch(/Row 5: .*Calls must be 0 or more \(got -5\)/);
    expect(reasonText(report.unscorable[1].reasons, "en")).toMatch(/Row 6: "lots" is not a number for Calls/);
    expect(reasonText(report.unscorable[2].reasons, "en")).toMatch(/Unknown position "Intern"\. Use one of the policy's positions: Junior, Senior, Team Lead\./);
  });

  it("reports duplicate rep-period rows with both row numbers and leaves that rep unscored", () => {
    expect(report.duplicates).toEqual([{ repId: "E006", repName: "Fay", month: "2026-07", rows: [7, 8] }]);
    expect(report.rows.some((r) => r.repName === "Fay")).toBe(false);
    expect(report.unscorable.some((u) => u.repName === "Fay")).toBe(false);
  });
});

describe("reading the rep-period table", () => {
  it("reads Chinese headers, talk time in seconds or h:mm:ss, full-width numbers and CSAT as %", () => {
    const headers = ["工号", "姓名", "岗位", "月份", "呼出量", "通话时长(秒)", "客户数", "满意度"];
    const { records, problems } = readRecords(
      {
        headers,
        rows: [
          ["E001", "安", "Junior", "2026年7月", "１，８００", 72000, 150, "90%"], // 72,000 s = 1,200 min
          [1002, "博", "Junior", 202607, 1800, "20:00:00", 150, 0.9], // 20 h = 1,200 min; 0.9 under a % format = 90
        ],
        firstRow: 5,
        numberFormats: [null, null, null, null, null, null, null, "0%"],
      },
      mapHeaders(headers),
    );
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.row, r.repId, r.period, r.values.calls, r.values.talkMinutes, r.values.satisfaction])).toEqual([
      [5, "E001", { year: 2026, month: 7 }, 1800, 1200, 90],
      [6, "1002", { year: 2026, month: 7 }, 1800, 1200, 90],
    ]);
  });

  it("reads an h:mm:ss talk-time column through its number format", () => {
    const headers = ["Name", "Position", "Month", "Talk time"];
    const { records } = readRecords(
      { headers, rows: [["Ann", "Junior", "2026-07", 50 / 24]], firstRow: 2, numberFormats: [null, null, null, "[h]:mm:ss"] },
      mapHeaders(headers),
    );
    expect(records[0].values.talkMinutes).toBe(3000); // 50 h
  });

  it("lists a row without id and name, or without a period", () => {
    const headers = ["Name", "Position", "Month", "Calls"];
    const { records, problems } = readRecords(
      { headers, rows: [[null, "Junior", "2026-07", 5], ["Ann", "Junior", "", 5], ["Bo", "Junior", "2026-07", 5]], firstRow: 2 },
      mapHeaders(headers),
    );
    expect(records.map((r) => r.repName)).toEqual(["Bo"]);
    expect(problems.map((p) => [p.row, p.reasons.map((e) => e.message).join(" ")])).toEqual([
      [2, "The rep's id and name are both blank."],
      [3, "The period is blank."],
    ]);
  });

  it("lists a row without a position as unscorable, since its baselines are unknown", () => {
    const r = review(tableOf([{ Name: "Ann", Month: "2026-07", Calls: 100 }]), "2026-07");
    expect(r.rows).toEqual([]);
    expect(r.unscorable.map((u) => ({ ...u, reasons: reasonText(u.reasons, "en") }))).toEqual([
      { rows: [2], repId: null, repName: "Ann", reasons: "The position is blank in row 2. Enter the rep's position, one of: Junior, Senior, Team Lead." },
    ]);
  });

  it("refuses a mapping with required fields missing", () => {
    expect(() => readRecords(tableOf([], ["Name", "Calls"]), mapHeaders(["Name", "Calls"]))).toThrow(/Map a column to Position, Period/);
  });
});

describe("quarter review", () => {
  const annQ3: Row[] = [
    // Jul: presence 1
    { ...ann, "Talk time (min)": null, Customers: null },
    // Aug: presence (20 − 4) / 20 = 0.8; quality 80
    {
      "Rep ID": "E001", Name: "Ann", Position: "Junior", Month: "2026-08", Calls: 1500, Workdays: 20, "Leave days": 4, Revenue: 60000,
      "Sales target": 80000, Cost: 50000, "Profit target": 40000, "CSAT %": 80, "Team building": 5, "Customer service": 4, "Quality score": 80,
    },
    // Sep: presence (21 − 15) / 21 = 0.29 < 0.5, so its calls are left out
    {
      "Rep ID": "E001", Name: "Ann", Position: "Junior", Month: "2026-09", Calls: 2000, Workdays: 21, "Leave days": 15, Revenue: 90000,
      "Sales target": 80000, Cost: 70000, "Profit target": 40000, "Team building": 3, "Sales skills": 4,
    },
  ];
  // Ann's July has refunds 1,000.50 and after-sales 500.25: net profit 38,499.25; keep the arithmetic simple
  annQ3[0] = { ...annQ3[0], Refunds: null, "After-sales cost": null };

  const report = review(
    tableOf([
      ...annQ3, // rows 2-4
      { "Rep ID": "E002", Name: "Bob", Position: "Senior", Month: "2026-07", Calls: 1000 }, // row 5
      { "Rep ID": "E002", Name: "Bob", Position: "Senior", Month: "2026-08", Calls: 1000 }, // row 6: duplicate...
      { "Rep ID": "E002", Name: "Bob", Position: "Senior", Month: "2026-08", Calls: 900 }, // row 7: ...in August
      { "Rep ID": "E003", Name: "Cat", Position: "Junior", Month: "2026-07", Calls: 1000 }, // row 8
      { "Rep ID": "E003", Name: "Cat", Position: "Junior", Month: "2026-08", Calls: "n/a" }, // row 9: unreadable
      { "Rep ID": "E001", Name: "Ann", Position: "Junior", Month: "2026-10", Calls: 1 }, // row 10: Q4, ignored
    ]),
    "2026-Q3",
  );
  const a = report.rows[0];

  it("rolls months up from sums with the quality blend", () => {
    expect(report.period).toBe("2026-Q3");
    expect(report.rows.map((r) => r.repName)).toEqual(["Ann"]);
    expect(a).toMatchObject({ period: "2026-Q3", sourceRows: [2, 3, 4], quality: 80, presence: null });
    // calls: Jul 1800 vs 1800; Aug 1500 vs 1800 × 0.8 = 1440; Sep below min_presence, out of both sums.
    // base = 100 × 3300 / 3240 = 101.85…; blended 0.7 × 101.85… + 0.3 × 80 = 95.2962963
    expect(metric(a, "calls")).toMatchObject({ actual: 3300, target: 3240 });
    expect(metric(a, "calls").points).toBeCloseTo(95.2962962963, 9);
    // revenue 250,000 / 240,000 -> 104.1666…; 0.7 × that + 24 = 96.9166667
    expect(metric(a, "revenue")).toMatchObject({ actual: 250000, target: 240000 });
    expect(metric(a, "revenue").points).toBeCloseTo(96.9166666667, 9);
    // net profit 40,000 + 10,000 + 20,000 = 70,000 / 120,000 -> 58.333…; 0.7 × that + 24 = 64.8333333
    expect(metric(a, "net_profit")).toMatchObject({ actual: 70000, target: 120000 });
    expect(metric(a, "net_profit").points).toBeCloseTo(64.8333333333, 9);
    // CSAT: Jul 90 and Aug 80 against 90 each (Sep blank): 170 / 180 -> 94.444…; 0.7 × that + 24 = 90.1111111.
    // A percentage shows as the months' mean, 85 against 90, not the sums 170 and 180.
    expect(metric(a, "satisfaction")).toMatchObject({ actual: 85, target: 90 });
    expect(metric(a, "satisfaction").points).toBeCloseTo(90.1111111111, 9);
  });

  it("uses the mean of the monthly ratings present, without the blend", () => {
    // team building (4 + 5 + 3) / 3 = 4 -> 80; customer service (5 + 4) / 2 = 4.5 -> 90; sales skills (3 + 4) / 2 = 3.5 -> 70
    expect(metric(a, "team_building")).toMatchObject({ actual: 4, target: 5, points: 80 });
    expect(metric(a, "customer_service")).toMatchObject({ actual: 4.5, points: 90 });
    expect(metric(a, "sales_skills")).toMatchObject({ actual: 3.5, points: 70 });
    expect(a.dimensions.initiatives).toBeCloseTo(81, 10); // (30×80 + 40×90 + 30×70) / 100
  });

  it("totals the quarter", () => {
    // workload = calls only = 95.2962963; sales = (50×96.9166667 + 30×64.8333333 + 20×90.1111111) / 100 = 85.9305556
    expect(a.dimensions.workload).toBeCloseTo(95.2962962963, 9);
    expect(a.dimensions.sales).toBeCloseTo(85.9305555556, 9);
    // total = (30×95.2962963 + 50×85.9305556 + 20×81) / 100 = 87.7541667 -> B
    expect(a.total).toBeCloseTo(87.7541666667, 9);
    expect([a.grade, a.rank, a.missing]).toEqual(["B", 1, ["talk_minutes", "customers"]]);
  });

  it("reports a duplicate month and an unreadable month for the whole quarter", () => {
    expect(report.duplicates).toEqual([{ repId: "E002", repName: "Bob", month: "2026-08", rows: [6, 7] }]);
    expect(report.unscorable).toHaveLength(1);
    expect(report.unscorable[0]).toMatchObject({ repName: "Cat", rows: [9, 8] });
    expect(reasonText(report.unscorable[0].reasons, "en")).toMatch(/Row 9: "n\/a" is not a number for Calls/);
  });

  it("rejects a monthly rating off the scale even when the mean is on it", () => {
    const r = review(
      tableOf([
        { Name: "Zed", Position: "Junior", Month: "2026-07", "Team building": 9 },
        { Name: "Zed", Position: "Junior", Month: "2026-08", "Team building": 1 },
      ]),
      "2026-Q3",
    );
    expect(r.rows).toEqual([]);
    expect(r.unscorable[0]).toMatchObject({ repName: "Zed", rows: [2, 3] });
    expect(reasonText(r.unscorable[0].reasons, "en")).toMatch(/rating must be from 1 to 5 \(got 9\)/);
  });
});
