/**
 * The task pane has no serious or critical accessibility violation (axe-core, in the same browser
 * run) in any of its views and states: the policy read-only and in the editor with every section
 * open, the review's mapping and its result (and the scorecards made from it), the reconciliation's figures, and in Chinese.
 */
import { seriousViolations } from "./support/axe";
import { generateReview, type Workbench, workbenchForFile } from "./support/workbench";

let workbench: Workbench;

workbenchForFile((opened) => {
  workbench = opened;
});

const PANE = '[data-testid="wb-taskpane"]';
const check = async () => expect(await seriousViolations(workbench.page, PANE)).toEqual([]);

test("the policy, read-only", async () => {
  await check();
});

test("the policy editor with every section open", async () => {
  const { pane } = workbench;
  await pane.getByRole("switch", { name: "Edit the policy" }).click();
  for (const section of ["Evaluation settings", "Baselines", "Grade bands"]) {
    const toggle = pane.getByRole("button", { name: new RegExp(`^${section}`) });
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  }
  // A problem listed, as the editor shows it while the weights do not add up.
  await pane.getByRole("group", { name: "Dimension weights (%)" }).getByRole("spinbutton", { name: "Workload" }).fill("35");
  await check();
});

test("the review: the mapping, then the result", async () => {
  const { pane } = workbench;
  await pane.getByRole("tab", { name: "Review", exact: true }).click();
  await pane.getByRole("combobox", { name: "Table", exact: true }).selectOption("RepData");
  await pane.getByRole("button", { name: "Read headers", exact: true }).click();
  await pane.getByRole("table", { name: "Columns and the TeleScore fields they are read as" }).waitFor();
  await check();
  await generateReview(workbench, "2026-07");
  await check();
  // The scorecards section, open, with its outcome.
  await pane.getByRole("button", { name: "Rep scorecards", exact: true }).click();
  await pane.getByRole("button", { name: "Make scorecards", exact: true }).click();
  await pane.getByText(/^Scorecards for 24 reps/).waitFor({ timeout: 60_000 });
  await check();
  // Back to the review, which Reconcile reads next.
  await workbench.grid.activateSheet("Review 2026-07");
});

test("the reconciliation with its figures", async () => {
  const { pane } = workbench;
  await pane.getByRole("tab", { name: "Reconcile", exact: true }).click();
  await pane.getByRole("textbox", { name: "Ledger total amount" }).fill("100.00");
  await pane.getByRole("textbox", { name: "Reconciled by" }).fill("E2E");
  await pane.getByRole("button", { name: "Reconcile", exact: true }).click();
  await pane.getByRole("table", { name: "Reconciliation figures" }).waitFor();
  await check();
});

test("the pane in Chinese", async () => {
  const { pane } = workbench;
  await pane.getByRole("radio", { name: "简体中文" }).check();
  await pane.getByRole("tab", { name: "权重方案" }).click();
  await check();
});
