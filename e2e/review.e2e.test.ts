/**
 * A quarter review from the sample workbook's "Rep data": one rep's row checked against the
 * scoring method worked out by hand from the data cells the grid shows (docs/method.md, "Points" to "Total, grade and rank", with
 * the quarter's Σ actual / Σ target), then a manager's comment typed on that row survives
 * generating the review again; and an August review that is sorted, annotated, allocated and
 * generated twice more keeps every cell the user touched.
 */
import { centsText, shownCents, shownNumber } from "./support/cellNumbers";
import { columnIndex } from "./support/grid";
import { saveScreenshot } from "./support/screenshots";
import { generateReview, type Workbench, workbenchForFile } from "./support/workbench";

let workbench: Workbench;

workbenchForFile((opened) => {
  workbench = opened;
});

/** Li Wei (TS1001, Junior) in July, August and September: rows 2, 26 and 50 of "Rep data" (24 reps a month). */
const LI_WEI_ROWS = [2, 26, 50];

/** A row of "Rep data" as the grid shows it, by column header. */
type Month = Map<string, string>;

function shown(month: Month, header: string): string {
  const text = month.get(header);
  if (text === undefined) throw new Error(`"Rep data" has no column "${header}"`);
  return text;
}

/** Points: 100 × attainment, capped at 1.2 (the default policy's cap; floor 0). */
const points = (attainment: number): number => 100 * Math.min(attainment, 1.2);
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

/** Li Wei's quarter by the method, from his three months as the grid shows them. */
function expectedQuarter(months: Month[]) {
  const n = (header: string) => months.map((m) => shownNumber(shown(m, header)));
  const cents = (header: string) => months.map((m) => shownCents(shown(m, header)));
  // Workload against the Junior baselines (1800 calls, 1500 talk minutes, 120 customers a month),
  // over three full months (no leave: presence 1), so Σ target = 3 × baseline.
  const workload = 0.4 * points(sum(n("Calls")) / (3 * 1800)) + 0.3 * points(sum(n("Talk minutes")) / (3 * 1500)) + 0.3 * points(sum(n("Customers")) / (3 * 120));
  // Sales: revenue against Σ sales target; net profit (revenue − cost − refunds − after-sales −
  // complaint cost, in cents) against Σ profit target; CSAT against 90 each month.
  const netProfit = sum(cents("Revenue")) - sum(cents("Cost")) - sum(cents("Refunds")) - sum(cents("After-sales cost")) - sum(cents("Complaint cost"));
  const sales =
    0.5 * points(sum(cents("Revenue")) / sum(cents("Sales target"))) + 0.3 * points(netProfit / sum(cents("Profit target"))) + 0.2 * points(sum(n("CSAT %")) / (3 * 90));
  // Ratings: the mean of the three months, 100 × mean / 5; weights 30 / 40 / 30.
  const rating = (header: string) => (100 * (sum(n(header)) / 3)) / 5;
  const initiatives = 0.3 * rating("Team building") + 0.4 * rating("Customer service") + 0.3 * rating("Sales skills");
  // The total: 30 / 50 / 20.
  const total = 0.3 * workload + 0.5 * sales + 0.2 * initiatives;
  const rounded = Math.round(total * 100) / 100;
  const grade = rounded >= 90 ? "A" : rounded >= 80 ? "B" : rounded >= 70 ? "C" : rounded >= 60 ? "D" : "E";
  return { workload, sales, initiatives, total, grade };
}

const REVIEW_HEADER_ROW = 8;
const REVIEW_COLUMNS = ["Name", "Workload score", "Sales results score", "Key initiatives score", "Total", "Grade", "Manager comment"] as const;
const COMMENT = "Strong on calls; coach the September CSAT dip.";

test("a quarter review scores a rep as the method does by hand", async () => {
  const { grid } = workbench;
  const [headers] = await grid.read("A1:T1", "Rep data");
  const months: Month[] = [];
  for (const row of LI_WEI_ROWS) {
    const [cells] = await grid.read(`A${row}:T${row}`, "Rep data");
    months.push(new Map(headers.map((h, i) => [h, cells[i]])));
  }
  expect(months.map((m) => ["Rep ID", "Name", "Position", "Month", "Leave days"].map((h) => shown(m, h)))).toEqual([
    ["TS1001", "Li Wei", "Junior", "2026-07", "0"],
    ["TS1001", "Li Wei", "Junior", "2026-08", "0"],
    ["TS1001", "Li Wei", "Junior", "2026-09", "0"],
  ]);
  const expected = expectedQuarter(months);

  const { sheet } = await generateReview(workbench, "2026-Q3");
  expect(sheet).toBe("Review 2026-Q3");
  const columns = await grid.findColumns(REVIEW_HEADER_ROW, REVIEW_COLUMNS);
  const row = await grid.findRow(columns.Name, "Li Wei", REVIEW_HEADER_ROW + 1, REVIEW_HEADER_ROW + 24);
  const onReview = async (column: (typeof REVIEW_COLUMNS)[number]) => grid.text(`${columns[column]}${row}`);
  // Scores show with one decimal (format 0.0).
  expect(await onReview("Workload score")).toBe(expected.workload.toFixed(1));
  expect(await onReview("Sales results score")).toBe(expected.sales.toFixed(1));
  expect(await onReview("Key initiatives score")).toBe(expected.initiatives.toFixed(1));
  expect(await onReview("Total")).toBe(expected.total.toFixed(1));
  expect(await onReview("Grade")).toBe(expected.grade);
});

test("a manager's comment stays with its rep when the review is generated again", async () => {
  const { grid, page } = workbench;
  const columns = await grid.findColumns(REVIEW_HEADER_ROW, REVIEW_COLUMNS);
  const row = await grid.findRow(columns.Name, "Li Wei", REVIEW_HEADER_ROW + 1, REVIEW_HEADER_ROW + 24);
  await grid.enter(`${columns["Manager comment"]}${row}`, COMMENT);
  expect(await grid.text(`${columns["Manager comment"]}${row}`)).toBe(COMMENT);

  const again = await generateReview(workbench, "2026-Q3");
  expect(again.outcome).toMatch(/^The review on the sheet “Review 2026-Q3” was updated in place: 24 reps scored\. Comments and sign-offs were kept\./);
  const after = await grid.findColumns(REVIEW_HEADER_ROW, REVIEW_COLUMNS);
  const rowAfter = await grid.findRow(after.Name, "Li Wei", REVIEW_HEADER_ROW + 1, REVIEW_HEADER_ROW + 24);
  expect(await grid.text(`${after["Manager comment"]}${rowAfter}`)).toBe(COMMENT);

  // The picture: from the left edge, then right to the total, so the scores are in view.
  await grid.goTo(`C${rowAfter}`);
  await grid.goTo(`${(await grid.findColumns(REVIEW_HEADER_ROW, ["Total"])).Total}${rowAfter}`);
  await saveScreenshot(page, "review");
});

/*
 * The review is a record people sign (docs/review.md, 4.4): an August review is annotated (a
 * comment and a sign-off on Li Wei's row, a note in the header block, one under the summary),
 * sorted by total in Excel, reconciled and allocated (Reconcile › Allocate inserts the adjusted
 * column into the table), then generated twice more. Every cell the user touched is checked where
 * the user left it, and Li Wei's row still reads Li Wei's data.
 */
const REPS = 24;
const AUGUST_COMMENT = "Li: strong month, keep the pace.";
const SIGNED = "Yes - Mei Chen";
const RECORD_COLUMNS = ["Name", "Calls dialed – actual", "Total", "Manager comment", "Signed off", "Net profit – actual"] as const;

test("sorted, annotated, allocated and generated twice more, the review keeps every cell the user touched", async () => {
  const { grid, pane, page } = workbench;
  // Li Wei's August calls, as the data shows them (row 26 of "Rep data", column E).
  const [[liCalls]] = await grid.read("E26", "Rep data");
  const { sheet } = await generateReview(workbench, "2026-08");
  let columns = await grid.findColumns(REVIEW_HEADER_ROW, RECORD_COLUMNS);
  let row = await grid.findRow(columns.Name, "Li Wei", REVIEW_HEADER_ROW + 1, REVIEW_HEADER_ROW + REPS);
  await grid.enter(`${columns["Manager comment"]}${row}`, AUGUST_COMMENT);
  await grid.enter(`${columns["Signed off"]}${row}`, SIGNED);
  await grid.enter("D2", "Ask HR about the August targets");
  await grid.enter("A60", "Q3 plan: coaching on CSAT");

  // The user sorts the review by total, highest first, as Excel's Data › Sort does.
  await page.evaluate(async (total) => {
    const excel = (window as unknown as { Excel: typeof Excel }).Excel;
    await excel.run(async (context) => {
      const body = context.workbook.tables.getItem("TeleScoreReview_2026_08").getDataBodyRange();
      body.sort.apply([{ key: total, ascending: false }]);
      await context.sync();
    });
  }, columnIndex(columns.Total) - 1); // the table starts in column A
  row = await grid.findRow(columns.Name, "Li Wei", REVIEW_HEADER_ROW + 1, REVIEW_HEADER_ROW + REPS);
  expect(await grid.text(`${columns["Calls dialed – actual"]}${row}`)).toBe(liCalls);

  // Reconcile and allocate a 7-cent residue.
  const netProfit = await grid.read(`${columns["Net profit – actual"]}${REVIEW_HEADER_ROW + 1}:${columns["Net profit – actual"]}${REVIEW_HEADER_ROW + REPS}`);
  const sumCents = netProfit.reduce((s, [t]) => s + shownCents(t), 0);
  await pane.getByRole("tab", { name: "Reconcile", exact: true }).click();
  await pane.getByRole("textbox", { name: "Ledger total amount" }).fill(centsText(sumCents + 7));
  await pane.getByRole("textbox", { name: "Tolerance" }).fill("0.10");
  await pane.getByRole("textbox", { name: "Reconciled by" }).fill("Finance, E2E");
  await pane.getByRole("button", { name: "Reconcile", exact: true }).click();
  await pane.getByRole("checkbox", { name: "The variance is a rounding residue" }).check();
  await pane.getByRole("button", { name: "Allocate", exact: true }).click();
  await pane.getByText(/^Adjusted net profit written to /).waitFor();

  await generateReview(workbench, "2026-08");
  const again = await generateReview(workbench, "2026-08");
  expect(again.sheet).toBe(sheet);

  columns = await grid.findColumns(REVIEW_HEADER_ROW, RECORD_COLUMNS);
  const [headers] = await grid.read(`A${REVIEW_HEADER_ROW}:AV${REVIEW_HEADER_ROW}`);
  expect(headers.filter((h) => h === "Signed off")).toHaveLength(1);
  expect(headers.filter((h) => h === "Adjusted net profit")).toHaveLength(1);
  expect(headers.indexOf("Adjusted net profit")).toBe(headers.indexOf("Net profit – actual") + 1);
  row = await grid.findRow(columns.Name, "Li Wei", REVIEW_HEADER_ROW + 1, REVIEW_HEADER_ROW + REPS);
  expect(await grid.text(`${columns["Manager comment"]}${row}`)).toBe(AUGUST_COMMENT);
  expect(await grid.text(`${columns["Signed off"]}${row}`)).toBe(SIGNED);
  expect(await grid.text(`${columns["Calls dialed – actual"]}${row}`)).toBe(liCalls);
  expect(await grid.text("D2")).toBe("Ask HR about the August targets");
  expect(await grid.text("A60")).toBe("Q3 plan: coaching on CSAT");
});
