/**
 * One reading of a cell (docs/review.md, "One reading of a cell"): a live review and a values-only
 * review of the same data show the same scores and grades. The data is hostile but valid, typed as
 * people type it: numbers as text, a percentage with its sign, talk time as h:mm:ss text, leave as
 * text, a rating as text. Every score, total and grade cell of the two sheets is compared.
 */
import { generateReview } from "../../../src/taskpane/review/excel/reviewSheet";
import { dataSheet, JULY_COLUMNS, reviewRows, type Row } from "./fixtures";
import { reviewWorkbook } from "./reviewHarness";

const SHEET = "Review 2026-07";
// Columns as HEADERS: id, name, position, month, calls, talk (min), customers, workdays, leave, revenue, sales target,
// cost, refunds, after-sales, complaint, profit target, CSAT %, team building, customer service, sales skills, quality.
const HOSTILE: Row[] = [
  // The three: CSAT "90%" (90 points of %), talk "25:00:00" (1,500 minutes), leave "5" (of 20 days).
  ["E001", "Ann", "Junior", "'2026-07", 1800, "'25:00:00", 150, 20, "'5", 100000, 80000, 60000, null, null, null, 40000, "'90%", 4, 5, 3, null],
  // Numbers as text, CSAT as a plain number, a rating as text, leave blank.
  ["E002", "Bo", "Senior", "'2026-07", "'1000", "'900", "'80", "'20", null, "'50000", "'100000", "'45000", null, null, null, "'10000", "'72", "'4", null, null, null],
  // Talk "2:30" is two and a half hours; CSAT "85.5%"; leave "0".
  ["E003", "Cy", "Junior", "'2026-07", 2000, "'2:30", 120, 22, "'0", 90000, 80000, 50000, 100, 50, 25, 30000, "'85.5%", 5, 4, 2, null],
  // The ID typed with spaces and in lower case, the month as a date (2026-07-15) and as 2026年7月: the live row's check of its data row reads them as records.ts does.
  [" e004 ", "Di", "Senior", 46218, 1700, 1300, 140, 21, 1, 70000, 80000, 40000, null, null, null, 20000, 88, 3, 3, 3, null],
  ["E005", " Eve ", "Junior", "2026年7月", 1600, 1100, 130, 21, 2, 60000, 80000, 30000, null, null, null, 20000, 91, 4, 4, 4, null],
];

const SCORE_KEYS = JULY_COLUMNS.filter((c) => ["points", "dimension", "presence"].includes(c.role.kind) || ["total", "grade", "rank"].includes(c.key)).map((c) => c.key);

async function review(mode: "live" | "values") {
  const wb = await reviewWorkbook(dataSheet(HOSTILE));
  wb.table(`Data!A1:U${HOSTILE.length + 1}`, "RepData");
  const outcome = await generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode, locale: "en", user: null });
  expect(outcome.unscorable).toEqual([]);
  const rows = reviewRows(wb, SHEET, HOSTILE.length);
  // Every rep is scored in both modes: no row's check of its data row failed.
  expect(rows.map((r) => [r.repId, r.period, typeof r.total])).toEqual(HOSTILE.map((h) => [String(h[0]).trim(), "2026-07", "number"]));
  return rows;
}

describe("live and values-only agree", () => {
  it("on every score, total, grade and rank for text numbers, a typed %, h:mm:ss text and leave as text", async () => {
    const values = await review("values");
    const live = await review("live");
    for (const [i, row] of values.entries()) {
      for (const key of SCORE_KEYS) {
        const v = row[key];
        const l = live[i][key];
        if (typeof v === "number") expect([key, l]).toEqual([key, expect.closeTo(v, 9)]);
        else expect([key, l]).toEqual([key, v]);
      }
    }
    // The figures: Ann's CSAT 90% is 100 points and her presence 75% in both modes.
    expect([values[0]["satisfaction.points"], live[0]["satisfaction.points"]]).toEqual([100, 100]);
    expect([values[0].presence, live[0].presence]).toEqual([0.75, 0.75]);
    expect(live[0]["talk_minutes.actual"]).toBeCloseTo(1500, 9);
  });
});
