/**
 * A quarter's review: the months rolled up per docs/method.md, "Months and quarters" (Σ actual / Σ target over the
 * months where both are present, never an average of ratios), with the quality blend, checked by
 * hand; live and values only.
 */
import { generateReview } from "../../../src/taskpane/review/excel/reviewSheet";
import { dataSheet, JULY, Q3_COLUMNS, reviewRows, type Row } from "./fixtures";
import { reviewWorkbook } from "./reviewHarness";

const SHEET = "Review 2026-Q3";

/** Ann in July (as in reviewMonth.test.ts), August and September; Bo in July only. */
const Q3: Row[] = [
  ...JULY.slice(0, 2),
  ["E001", "Ann", "Junior", "'2026-08", 1500, 1300, 100, 20, 4, 60000, 80000, 50000, null, null, null, 40000, 80, 5, 4, null, 80],
  ["E001", "Ann", "Junior", "'2026-09", 2000, null, null, 21, 15, 90000, 80000, 70000, null, null, null, 40000, null, 3, null, 4, null],
];

/**
 * Ann's quarter by hand. Presence: July 22/22 = 1, August 16/20 = 0.8, September 6/21 < 0.5, so
 * September is left out of both sums of the workload metrics. Quality: the only value, 80; w = 0.3,
 * so points = 0.7 × base + 0.3 × 80 = 0.7 × base + 24.
 * calls: Σ actual 1800 + 1500 = 3300, Σ target 1800 + 1800·0.8 = 3240 -> 101.85185… -> 95.2962963.
 * talk: 1200 + 1300 = 2500 over 1500 + 1200 = 2700 -> 92.59259… -> 88.8148148.
 * customers: 150 + 100 = 250 over 120 + 96 = 216 -> 115.74074… -> 105.0185185.
 * workload = 0.4·95.2962963 + 0.3·88.8148148 + 0.3·105.0185185 = 96.2685185.
 * revenue: 100000 + 60000 + 90000 = 250000 over 3 × 80000 = 240000 (targets are not prorated) -> 104.1666… -> 96.9166667.
 * net profit: 38499.25 + 10000 + 20000 = 68499.25 over 120000 -> 57.0827083 -> 63.9578958.
 * CSAT: 90 + 80 = 170 over 90 + 90 = 180 (September has none) -> 94.4444… -> 90.1111111.
 * sales = 0.5·96.9166667 + 0.3·63.9578958 + 0.2·90.1111111 = 85.6679243.
 * ratings are means, not blended: team building (4 + 5 + 3) / 3 = 4 -> 80; customer service (5 + 4) / 2 = 4.5 -> 90;
 * sales skills (3 + 4) / 2 = 3.5 -> 70; initiatives = 0.3·80 + 0.4·90 + 0.3·70 = 81.
 * total = 0.3·96.2685185 + 0.5·85.6679243 + 0.2·81 = 87.9145177 -> B.
 */
const ANN_Q3: Record<string, string | number> = {
  repId: "E001", period: "2026-Q3", quality: 80,
  "calls.actual": 3300, "calls.target": 3240, "calls.points": 95.2962963,
  "talk_minutes.actual": 2500, "talk_minutes.target": 2700, "talk_minutes.points": 88.8148148,
  "customers.actual": 250, "customers.target": 216, "customers.points": 105.0185185,
  "revenue.actual": 250000, "revenue.target": 240000, "revenue.points": 96.9166667,
  "net_profit.actual": 68499.25, "net_profit.target": 120000, "net_profit.points": 63.9578958,
  "satisfaction.actual": 85, "satisfaction.target": 90, "satisfaction.points": 90.1111111,
  "team_building.actual": 4, "team_building.points": 80,
  "customer_service.actual": 4.5, "customer_service.points": 90,
  "sales_skills.actual": 3.5, "sales_skills.points": 70,
  "dimension.workload": 96.2685185, "dimension.sales": 85.6679243, "dimension.initiatives": 81,
  total: 87.9145177, grade: "B",
};

it.each(["live", "values"] as const)("rolls Ann's three months up as sums, with the quality blend (%s)", async (mode) => {
  const wb = await reviewWorkbook(dataSheet(Q3));
  wb.table("Data!A1:U5", "RepData");
  const outcome = await generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-Q3", mode, locale: "en", user: null });
  expect(outcome).toMatchObject({ sheetName: SHEET, reps: 2, tableName: "TeleScoreReview_2026_Q3" });
  const [ann, bo] = reviewRows(wb, SHEET, 2, "values", Q3_COLUMNS);
  for (const [key, want] of Object.entries(ANN_Q3)) {
    if (typeof want === "number") expect([key, ann[key]]).toEqual([key, expect.closeTo(want, 6)]);
    else expect([key, ann[key]]).toEqual([key, want]);
  }
  // Bo has July only: his quarter is July's figures (presence 0.75), no quality, so no blend: total 60, as in July.
  expect(bo.total).toBeCloseTo(60, 6);
  expect([ann.rank, bo.rank]).toEqual([1, 2]);
  if (mode === "live") {
    const [formulas] = reviewRows(wb, SHEET, 1, "formulas", Q3_COLUMNS);
    // Sums are written as values; the points are QUARTER_SCORE over them and the quality cell (E9).
    expect([formulas["calls.actual"], formulas["calls.points"]]).toEqual([3300, "=TELE.QUARTER_SCORE(F9,G9,E9)"]);
  }
});
