/**
 * The policy editor saves into the workbook and the TELE formulas follow: dimension weights
 * changed from 30 / 50 / 20 to 40 / 40 / 20, saved, and a TOTAL_SCORE and a WEIGHT typed in the grid
 * show the new values. Unsaved edits change nothing.
 */
import { saveScreenshot } from "./support/screenshots";
import { type Workbench, workbenchForFile } from "./support/workbench";

const NOTE = "Workload counts as much as sales this quarter";

let workbench: Workbench;

workbenchForFile((opened) => {
  workbench = opened;
});

test("a saved weight change recalculates TOTAL_SCORE and WEIGHT in the grid", async () => {
  const { grid, pane, page } = workbench;
  await grid.addSheet();
  await grid.enter("A1", "=TELE.TOTAL_SCORE(80,90,70)");
  await grid.enter("A2", '=TELE.WEIGHT("workload")');
  // Default weights 30 / 50 / 20: (30 × 80 + 50 × 90 + 20 × 70) / 100 = (2400 + 4500 + 1400) / 100 = 83.
  expect(await grid.read("A1:A2")).toEqual([["83"], ["0.3"]]);

  await pane.getByRole("switch", { name: "Edit the policy" }).click();
  const weights = pane.getByRole("group", { name: "Dimension weights (%)" });
  await weights.getByRole("spinbutton", { name: "Workload" }).fill("40");
  await weights.getByRole("spinbutton", { name: "Sales results" }).fill("40");
  await expect(weights.getByRole("status").textContent()).resolves.toMatch(/100 \/ 100/);
  // A draft is not the policy: the formulas still use the saved weights.
  expect(await grid.read("A1:A2")).toEqual([["83"], ["0.3"]]);

  await pane.getByRole("textbox", { name: "Note for this version (optional)" }).fill(NOTE);
  await pane.getByRole("button", { name: "Save", exact: true }).click();
  await pane.getByText("Saved as revision 2. Excel is recalculating the TELE formulas with it.").waitFor();
  // 40 / 40 / 20: (40 × 80 + 40 × 90 + 20 × 70) / 100 = (3200 + 3600 + 1400) / 100 = 82.
  // As in Excel, the recalculation finishes after the save has returned: wait for the cell.
  await grid.goTo("A1");
  await grid.cell("A1").filter({ hasText: /^82$/ }).waitFor();
  expect(await grid.read("A1:A2")).toEqual([["82"], ["0.4"]]);

  // The picture for docs/policy.md: the sample's scorecard beside the weights just saved.
  await grid.activateSheet("Formulas");
  await grid.goTo("B13");
  await weights.scrollIntoViewIfNeeded();
  await saveScreenshot(page, "policy-editor");
});

test("the saved policy is what the pane shows once the editor is closed, and the workbook's history holds it", async () => {
  const { pane } = workbench;
  await pane.getByRole("switch", { name: "Edit the policy" }).click();
  const table = pane.getByRole("table", { name: /Dimension weights/ });
  await expect(table.getByRole("row", { name: /^Workload/ }).textContent()).resolves.toMatch(/40$/);
  await expect(table.getByRole("row", { name: /^Sales results/ }).textContent()).resolves.toMatch(/40$/);
  expect(await pane.getByText("The editor holds changes that are not saved yet.").count()).toBe(0);
  // The history is read back from the workbook's settings: the new version is there, with its note.
  const history = pane.getByRole("region", { name: "History" });
  await history.getByText("Revision 2 (in use)").waitFor();
  await history.getByText(NOTE).waitFor();
});
