/**
 * Which sheet and page each rep's scorecard goes to (scorecardPlan.assignPages): a sheet holds at
 * most PAGES_PER_SHEET pages, because Excel keeps at most 1,026 manual page breaks on a sheet; a
 * regeneration keeps every earlier rep on their page and puts new reps after the last one.
 */
import { assignPages, PAGES_PER_SHEET } from "../../../src/taskpane/review/scorecard/scorecardPlan";

const marker = (k: number) => `TeleScoreCards_2026_Q3_${k}`;
const keys = (from: number, n: number) => Array.from({ length: n }, (_, i) => `id:E${from + i}`);

it("fits a sheet's pages under Excel's 1,026 page breaks", () => {
  expect(PAGES_PER_SHEET).toBeLessThanOrEqual(1027);
});

it("splits 2,500 reps over three sheets of at most PAGES_PER_SHEET pages, in order", () => {
  const book = assignPages(marker, [], keys(1, 2500));
  expect(book.map((s) => [s.marker, s.reps.length, s.existing, s.before])).toEqual([
    [marker(1), 1000, null, 0],
    [marker(2), 1000, null, 0],
    [marker(3), 500, null, 0],
  ]);
  expect(book.flatMap((s) => s.reps)).toEqual(keys(1, 2500));
});

it("keeps earlier reps on their pages, gone ones too, and appends new ones to the last sheet, then a new sheet", () => {
  const earlier = [
    { marker: marker(1), reps: keys(1, 1000), existing: "Scorecards 2026-Q3", before: 1000 },
    { marker: marker(2), reps: keys(1001, 998), existing: "Scorecards 2026-Q3 (2)", before: 998 },
  ];
  // E5 left; E3000-E3004 are new.
  const now = [...keys(1, 1998).filter((k) => k !== "id:E5"), ...keys(3000, 5)];
  const book = assignPages(marker, earlier, now);
  expect(book[0].reps).toEqual(keys(1, 1000));
  expect(book[1].reps).toEqual([...keys(1001, 998), ...keys(3000, 2)]);
  expect(book[2]).toEqual({ marker: marker(3), reps: keys(3002, 3), existing: null, before: 0 });
  expect(earlier[1].reps).toHaveLength(998);
});
