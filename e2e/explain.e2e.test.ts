/**
 * The Explain view follows the selection in the workbench: a TOTAL_SCORE cell, a rep's row of a
 * review sheet and an error cell. Every figure it shows is checked against the engine run here in
 * Node on the sample's own data (the TELE functions for the formulas, the review's scoring for the
 * row), and what it proposes under "what it takes" is checked to reach the grade it names.
 */
import "../test/support/customFunctionsGlobal";
import type { Locator } from "playwright-core";
import type { CellValue } from "../src/engine/input";
import { defaultPolicy } from "../src/engine/policy";
import { setPolicy } from "../src/engine/policyStore";
import { mapHeaders } from "../src/engine/review/headerMapping";
import { parsePeriod } from "../src/engine/review/period";
import { readRecords } from "../src/engine/review/records";
import { buildReview } from "../src/engine/review/reviewRows";
import { METRIC_SOURCES } from "../src/engine/review/fields";
import { cell } from "../test/support/oneCell";
import * as tele from "../src/functions/functions";
import { sampleWorkbook } from "../src/workbench/sampleWorkbook";
import { saveScreenshot } from "./support/screenshots";
import { generateReview, type Workbench, workbenchForFile } from "./support/workbench";

let workbench: Workbench;

beforeAll(() => {
  setPolicy(defaultPolicy());
});
workbenchForFile((opened) => {
  workbench = opened;
});

/** How the pane writes a figure in English: grouped, at most 4 decimals. */
const figure = (x: number): string => new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 }).format(x);
const figureNumber = (text: string): number => Number(text.replace(/,/g, ""));

/** The sample's "Rep data" as the engine reads it: values and each column's number format. */
function repData(): { headers: string[]; rows: CellValue[][]; formats: (string | undefined)[] } {
  const [header, ...body] = sampleWorkbook().sheets.find((s) => s.name === "Rep data")!.cells;
  return {
    headers: header.map((c) => String(c?.value ?? "")),
    rows: body.map((row) => header.map((_, i) => row[i]?.value ?? null)),
    formats: header.map((_, i) => body[0][i]?.numberFormat),
  };
}

/** Li Wei's July row of "Rep data" by header, as the TELE formulas on the Formulas sheet read it. */
function liWeiJuly(): Map<string, CellValue> {
  const { headers, rows } = repData();
  return new Map(headers.map((h, i) => [h, rows[0][i]]));
}

async function openExplain(): Promise<Locator> {
  const { pane } = workbench;
  await pane.getByRole("tab", { name: "Explain", exact: true }).click();
  return pane.getByRole("region", { name: "Explain a score" });
}

/** Selects a cell and waits until the pane has explained that cell. */
async function explainCell(view: Locator, address: string, sheet?: string): Promise<void> {
  await workbench.grid.goTo(address, sheet);
  await view.getByTestId("explain-summary").filter({ hasText: new RegExp(`\\b${address}\\b`) }).waitFor();
  await view.getByText("Reading the selection…").waitFor({ state: "detached" });
}

const lines = async (list: Locator): Promise<string[]> => list.getByRole("listitem").allInnerTexts();

test("a TOTAL_SCORE cell: inputs, weights, rounding, band and what it takes, as the engine computes them", async () => {
  const view = await openExplain();
  await workbench.grid.activateSheet("Formulas");
  await explainCell(view, "B13");
  // The engine on Li Wei's July data, the way the Formulas sheet's B6, B11 and B12 compute it.
  const d = liWeiJuly();
  const v = (h: string) => d.get(h) ?? null;
  const workload = tele.workloadScore(v("Calls"), v("Talk minutes"), v("Customers"), v("Position"), v("Month")) as number;
  const net = cell.netProfit(v("Revenue"), v("Cost"), v("Refunds"), v("After-sales cost"), v("Complaint cost"));
  const sales =
    (tele.salesScore(v("Revenue"), v("Sales target")) as number) * (tele.weight("sales.revenue") as number) +
    (tele.profitScore(net, v("Profit target")) as number) * (tele.weight("sales.net_profit") as number) +
    (cell.baselineScore((v("CSAT %") as number) * 100, 90) as number) * (tele.weight("sales.satisfaction") as number);
  const initiatives = tele.initiativeScore(v("Team building"), v("Customer service"), v("Sales skills")) as number;
  const total = cell.totalScore(workload, sales, initiatives) as number;
  const grade = cell.grade(total) as string;

  const inputs = await lines(view.getByRole("list", { name: "TELE.TOTAL_SCORE: Inputs, as read" }));
  expect(inputs).toEqual([`workload (Formulas!B6): ${figure(workload)}`, `sales (Formulas!B11): ${figure(sales)}`, `initiatives (Formulas!B12): ${figure(initiatives)}`]);
  const text = (await view.innerText()).split("\n");
  expect(text).toContain(`Workload: 30 % × ${figure(workload)}`);
  expect(text).toContain(`Sales results: 50 % × ${figure(sales)}`);
  expect(text).toContain(`Key initiatives: 20 % × ${figure(initiatives)}`);
  expect(text).toContain(`Weighted mean over what has data: ${figure(total)}`);
  expect(await view.getByTestId("explain-value").innerText()).toBe(`The cell's value: ${figure(total)}`);
  const rounded = Math.round(total * 100) / 100;
  expect(text).toContain(`Rounded to 2 decimals, half away from zero: ${figure(total)} → ${figure(rounded)}`);
  expect(text.some((l) => l.endsWith(`: grade ${grade}`))).toBe(true);
  expect(text).toContain('Policy "TeleScore default", revision 1');

  // The explanation fits the pane: nothing to scroll sideways (the pane is 320 px wide).
  expect(await workbench.pane.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  await workbench.pane.evaluate((el) => el.scrollTo(0, 0));
  await saveScreenshot(workbench.page, "explain");

  // What it takes: each proposal, put into TOTAL_SCORE in place of its input, reaches the grade named.
  if (grade === "A") {
    expect(text).toContain("This is the top band.");
    return;
  }
  const proposals = await lines(view.getByTestId("explain-what-it-takes"));
  expect(proposals).toHaveLength(3);
  const inputsNow = { workload, sales, initiatives };
  for (const line of proposals) {
    const m = /^\+([\d,.]+) (workload|sales|initiatives) \(to ([\d,.]+)\) reaches ([A-E])$/.exec(line);
    if (!m) {
      expect(line).toMatch(/^(workload|sales|initiatives) alone cannot reach [A-E]$/);
      continue;
    }
    const [, , param, to, target] = m;
    const changed = { ...inputsNow, [param]: figureNumber(to) + 0.0001 }; // the figure shows 4 decimals
    expect(cell.grade(cell.totalScore(changed.workload, changed.sales, changed.initiatives))).toBe(target);
    const short = { ...inputsNow, [param]: figureNumber(to) - 0.0101 }; // one step (0.01) less
    expect(cell.grade(cell.totalScore(short.workload, short.sales, short.initiatives))).not.toBe(target);
  }
});

test("an error cell: the full reason of a #NUM!, which Excel does not show in the cell", async () => {
  const view = await openExplain();
  await explainCell(view, "B19");
  let message = "";
  try {
    cell.baselineScore(1500, 0);
  } catch (e) {
    message = (e as CustomFunctions.Error).message ?? "";
  }
  expect(message).toMatch(/^baseline must be greater than 0/);
  await view.getByRole("heading", { name: "Why the cell shows #NUM!" }).waitFor();
  expect(await view.getByTestId("explain-error").innerText()).toBe(message);
  expect(await view.getByTestId("explain-what-it-takes").count()).toBe(0);
});

test("a rep's row of a review sheet: each metric, the re-weighting and the total, as the review's engine scores it", async () => {
  const { sheet } = await generateReview(workbench, "2026-07");
  const view = await openExplain();
  // The engine's review of the same data: Li Wei's July row.
  const { headers, rows, formats } = repData();
  const table = { headers, rows, firstRow: 2, numberFormats: formats };
  const { records, problems } = readRecords(table, mapHeaders(headers));
  const review = buildReview(records, defaultPolicy(), parsePeriod("2026-07"), problems);
  // A rep below the top band, so that "what it takes" has a band to reach.
  const row = review.rows.find((r) => r.grade !== "A" && r.total !== null && r.missing.length === 0)!;
  const name = row.repName!;

  const columns = await workbench.grid.findColumns(8, ["Name", "Total"]);
  const at = await workbench.grid.findRow(columns.Name, name, 9, 9 + 24);
  await explainCell(view, `${columns.Total}${at}`, sheet);
  expect(await view.getByTestId("explain-summary").innerText()).toContain(`${name} · ${row.repId}, 2026-07`);
  expect(await view.getByTestId("explain-value").innerText()).toBe(`The cell's value: ${figure(row.total!)}`);
  const text = (await view.innerText()).split("\n");
  // Each metric's last step gives its points: "Points: 100 × … = p" or "Rating r on the 1–5 scale: … = p".
  for (const m of row.metrics) if (m.points !== null) expect(text.filter((l) => l.endsWith(`= ${figure(m.points!)}`))).not.toEqual([]);
  expect(text.some((l) => l.endsWith(`: grade ${row.grade}`))).toBe(true);
  expect(text).toContain(`Total on the sheet: ${figure(row.total!)}; recomputed now: ${figure(row.total!)}`);
  for (const [key, score] of Object.entries(row.dimensions)) {
    const label = defaultPolicy().dimensions.find((d) => d.key === key)!.label!.en;
    expect(text).toContain(`${label}: ${key === "workload" ? 30 : key === "sales" ? 50 : 20} % × ${figure(score!)}`);
  }

  // What it takes: each proposal, put into the rep's data in place of the month's actual, makes the
  // engine's review give the grade named (net profit is derived from several columns: not checked here).
  const policy = defaultPolicy();
  const proposals = await lines(view.getByTestId("explain-what-it-takes"));
  expect(proposals.length).toBeGreaterThan(0);
  let checked = 0;
  for (const line of proposals) {
    const m = /^\+([\d,.]+) (.+) \(to ([\d,.]+)\) reaches ([A-E])$/.exec(line);
    if (!m) continue;
    const metric = policy.dimensions.flatMap((d) => d.metrics).find((x) => x.label?.en === m[2])!;
    const field = METRIC_SOURCES[metric.key]?.actual;
    if (!field || field === "netProfit") continue;
    const changed = records.map((r) => (r.repKey === row.repKey && r.period.month === 7 ? { ...r, values: { ...r.values, [field]: figureNumber(m[3]) } } : r));
    const after = buildReview(changed, policy, parsePeriod("2026-07"), problems).rows.find((r) => r.repKey === row.repKey)!;
    expect({ line, grade: after.grade }).toEqual({ line, grade: m[4] });
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
});
