/**
 * A review row's explanation, recomputed from the cells the review sheet shows, gives the total
 * and the grade the review computed from the source data (src/engine/review/reviewRows.ts), for
 * generated months and quarters; and its steps say what happened to blank metrics and leave.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/engine/input";
import { defaultPolicy } from "../../../src/engine/policy";
import { explainReviewRow, type ReviewRowInput } from "../../../src/engine/explain/reviewRowExplain";
import { mapHeaders } from "../../../src/engine/review/headerMapping";
import { parsePeriod } from "../../../src/engine/review/period";
import { readRecords, type SourceTable } from "../../../src/engine/review/records";
import { buildReview, type ReviewRow } from "../../../src/engine/review/reviewRows";

fc.configureGlobal({ seed: 20261203, numRuns: 100 });

const policy = defaultPolicy();
const HEADERS = ["Rep ID", "Position", "Month", "Calls", "Talk time (min)", "Customers", "Workdays", "Leave days", "Revenue", "Sales target", "Cost", "Profit target", "CSAT %", "Team building", "Customer service", "Sales skills", "Quality score"];

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 4 });
const monthRow = (month: string) =>
  fc.tuple(
    fc.constantFrom("Junior", "Senior", "Team Lead"),
    maybe(fc.integer({ min: 0, max: 3000 })),
    maybe(fc.integer({ min: 0, max: 3000 })),
    maybe(fc.integer({ min: 0, max: 250 })),
    maybe(fc.constantFrom(20, 21, 22)),
    maybe(fc.integer({ min: 0, max: 12 })),
    maybe(fc.integer({ min: 0, max: 200000 }).map((c) => c / 100 + 50000)),
    maybe(fc.integer({ min: 30000, max: 120000 })),
    maybe(fc.integer({ min: 0, max: 40000 })),
    maybe(fc.integer({ min: 5000, max: 40000 })),
    maybe(fc.integer({ min: 40, max: 100 })),
    maybe(fc.integer({ min: 1, max: 5 })),
    maybe(fc.integer({ min: 1, max: 5 })),
    maybe(fc.integer({ min: 1, max: 5 })),
    maybe(fc.integer({ min: 0, max: 100 })),
  ).map(([position, ...values]): CellValue[] => {
    const [calls, talk, customers, workdays, leave, ...rest] = values;
    return ["E1", position, month, calls, talk, customers, workdays, workdays === null ? null : leave, ...rest];
  });

function reviewOf(rows: CellValue[][], period: string): ReviewRow[] {
  const table: SourceTable = { headers: HEADERS, rows, firstRow: 2 };
  const { records, problems } = readRecords(table, mapHeaders(HEADERS));
  return buildReview(records, policy, parsePeriod(period), problems).rows;
}

/** What the review sheet shows for the row: the cells the pane reads back. */
function shown(row: ReviewRow, period: "month" | "quarter"): ReviewRowInput {
  return { period, presence: row.presence, quality: row.quality, metrics: Object.fromEntries(row.metrics.map((m) => [m.key, { actual: m.actual, target: m.target }])) };
}

const close = (x: number | null, y: number | null) => (x === null || y === null ? x === y : Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y)));

describe("explainReviewRow", () => {
  it("gives the month review's points, total and grade from the row's cells", () => {
    fc.assert(
      fc.property(monthRow("2026-07"), (source) => {
        const [row] = reviewOf([source], "2026-07");
        if (!row) return; // unscorable (e.g. a position-less row): nothing on the sheet to explain
        const x = explainReviewRow(policy, shown(row, "month"));
        expect(x.value).toBe(row.total);
        expect(x.grade).toBe(row.grade);
        for (const m of row.metrics) expect(x.metrics.find((e) => e.key === m.key)?.points).toBe(m.points);
      }),
    );
  });

  it("gives the quarter review's total from the sums on the sheet", () => {
    fc.assert(
      fc.property(monthRow("2026-07"), monthRow("2026-08"), monthRow("2026-09"), (a, b, c) => {
        const [row] = reviewOf([a, b, c].map((r) => { r[1] = a[1]; return r; }), "2026-Q3");
        if (!row) return;
        const x = explainReviewRow(policy, shown(row, "quarter"));
        // money sums on the sheet are exact to the cent; the review adds the same months the same way
        expect(close(x.value, row.total)).toBe(true);
        expect(x.grade).toBe(row.grade);
      }),
    );
  });

  it("shows a blank metric re-weighted away, leave prorating the baseline, and what it takes", () => {
    // Junior, 22 workdays, 11 leave: presence 0.5, baseline 1800 -> 900; 900 calls = 100 points.
    const x = explainReviewRow(policy, {
      period: "month",
      presence: 0.5,
      quality: null,
      metrics: { calls: { actual: 900, target: 1800 }, revenue: { actual: 40000, target: 50000 } },
    });
    const calls = x.metrics.find((m) => m.key === "calls")!;
    expect(calls.steps).toEqual([
      { kind: "proration", target: 1800, presence: 0.5, value: 900 },
      { kind: "attainment", actual: 900, target: 900, direction: "higher", value: 1 },
      { kind: "points", attainment: 1, cap: 1.2, floor: 0, value: 100 },
    ]);
    const workload = x.dimensions.find((s) => s.kind === "weights" && s.scope === "workload");
    expect(workload).toMatchObject({ value: 100, items: [{ key: "calls", points: 100 }, { key: "talk_minutes", points: null }, { key: "customers", points: null }] });
    // total: (30 × 100 + 50 × 80) / 80 = 87.5 (B); initiatives has no data and its 20 % is re-weighted away
    expect(x.value).toBe(87.5);
    expect(x.grade).toBe("B");
    const revenue = x.whatItTakes.find((w) => w.metric === "revenue")!;
    // A: the total rounded to 2 decimals >= 90, i.e. (3000 + 50 p) / 80 >= 89.995 -> p >= 83.992 -> revenue 41,996
    // (41,995 gives 89.99375, which rounds to 89.99: B)
    expect(revenue.change).toEqual({ reachable: true, from: 40000, to: 41996, grade: "A" });
    // calls alone: workload at most 120 -> (3600 + 4000) / 80 = 95: 1,800 × 0.5 × 1.2 = 1080 caps it; 90 needs workload 106.67 -> 960 calls
    expect(x.whatItTakes.find((w) => w.metric === "calls")!.change).toEqual({ reachable: true, from: 900, to: 960, grade: "A" });
  });
});
