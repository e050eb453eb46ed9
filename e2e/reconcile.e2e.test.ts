/**
 * Net profit reconciliation to the cent: an August review of the sample team, its Net profit
 * column found by the pane, a typed ledger total and unassigned amount, and the figures the pane
 * shows checked against the month's net profit worked out from "Rep data" in whole cents. The
 * variance is a 7-cent residue within a 0.10 tolerance; allocating it writes an adjusted column
 * that adds up to the ledger exactly.
 */
import { centsText, shownCents } from "./support/cellNumbers";
import { saveScreenshot } from "./support/screenshots";
import { generateReview, type Workbench, workbenchForFile } from "./support/workbench";

let workbench: Workbench;

workbenchForFile((opened) => {
  workbench = opened;
});

/** August 2026 on "Rep data": rows 26 to 49; money in J (revenue) and L to O (cost, refunds, after-sales, complaint cost). */
const AUGUST = "J26:O49";
const UNASSIGNED_CENTS = 123_456; // 1,234.56 credited to no rep
const RESIDUE_CENTS = 7;

let sumRepsCents = 0;

test("the pane's figures match the month's net profit to the cent", async () => {
  const { grid, pane } = workbench;
  // Each rep's net profit = revenue − cost − refunds − after-sales cost − complaint cost (K, the sales target, is not money spent).
  const rows = await grid.read(AUGUST, "Rep data");
  expect(rows).toHaveLength(24);
  sumRepsCents = rows.reduce((total, [revenue, , cost, refunds, afterSales, complaint]) => {
    return total + shownCents(revenue) - shownCents(cost) - shownCents(refunds) - shownCents(afterSales) - shownCents(complaint);
  }, 0);
  // The ledger holds 7 cents more than the reps and the unassigned amount together.
  const ledgerCents = sumRepsCents + UNASSIGNED_CENTS + RESIDUE_CENTS;

  const { sheet } = await generateReview(workbench, "2026-08");
  await pane.getByRole("tab", { name: "Reconcile", exact: true }).click();
  await expect(pane.getByRole("textbox", { name: "Per-rep net profit" }).inputValue()).resolves.toMatch(new RegExp(`^'${sheet}'!R9:R32$`));
  await pane.getByRole("textbox", { name: "Ledger total amount" }).fill(centsText(ledgerCents));
  await pane.getByRole("textbox", { name: "Unassigned amount" }).fill(centsText(UNASSIGNED_CENTS));
  await pane.getByRole("textbox", { name: "Tolerance" }).fill("0.10");
  await pane.getByRole("textbox", { name: "Reconciled by" }).fill("Finance, E2E");
  await pane.getByRole("button", { name: "Reconcile", exact: true }).click();

  const figures = pane.getByRole("table", { name: "Reconciliation figures" });
  const figure = async (label: string | RegExp) => (await figures.getByRole("row", { name: label }).getByRole("cell").textContent()) ?? "";
  expect(await figure(/^Σ reps/)).toBe(centsText(sumRepsCents));
  expect(await figure(/^Unassigned/)).toBe("1,234.56");
  expect(await figure(/^Ledger/)).toBe(centsText(ledgerCents));
  // Σ reps + unassigned − ledger = −0.07.
  expect(await figure(/^Variance/)).toBe("-0.07");
  expect(await figure(/^Tolerance/)).toBe("0.10");
  expect(await figure(/^Status/)).toBe("Within tolerance");
});

test("allocating the residue writes an adjusted column that adds up to the ledger", async () => {
  const { grid, pane, page } = workbench;
  await pane.getByRole("checkbox", { name: "The variance is a rounding residue" }).check();
  await pane.getByRole("button", { name: "Allocate", exact: true }).click();
  const done = pane.getByText(/^Adjusted net profit written to (.+?); with the unassigned amount it adds up to the ledger exactly\./);
  await done.waitFor();
  const address = /written to '.+'!([A-Z]+\d+:[A-Z]+\d+);/.exec((await done.textContent()) ?? "")?.[1];
  expect(address).toBeDefined();
  // The adjusted amounts add up to the reps' total plus the 7 cents the ledger has on top.
  const adjusted = (await grid.read(address!)).map(([text]) => shownCents(text));
  expect(adjusted).toHaveLength(24);
  expect(adjusted.reduce((a, b) => a + b, 0)).toBe(sumRepsCents + RESIDUE_CENTS);

  await pane.getByRole("table", { name: "Reconciliation figures" }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, "reconcile");
});
