/**
 * A call log imported from a CSV file in the real pane and a real browser (docs/review.md,
 * "Importing a CSV file"): the file is picked with the file input, read by the bundled Web Worker
 * under the add-in's Content-Security-Policy, and its rep-month table written to a new sheet.
 */
import { type Workbench, workbenchForFile } from "./support/workbench";

let workbench: Workbench;

workbenchForFile((opened) => {
  workbench = opened;
});

/** Two reps over two months, 3,000 calls each, in semicolons with a quoted name; every tenth call of Ann answered. */
function dialerCsv(): string {
  const lines = ["Call ID;Agent;Call date;Outcome;Talk time (in seconds)"];
  for (let i = 1; i <= 6000; i++) {
    const agent = i % 2 === 0 ? "Ann" : '"Lee; Bo"';
    const month = i <= 3000 ? "2021-01" : "2021-02";
    lines.push(`C${i};${agent};${month}-${String(1 + (i % 28)).padStart(2, "0")};${i % 10 === 0 ? "Y" : "N"};60`);
  }
  return lines.join("\r\n") + "\r\n";
}

it("reads a CSV file in the worker and writes the rep-month table", async () => {
  const { page, pane, grid } = workbench;
  await pane.getByRole("tab", { name: "Review", exact: true }).click();
  await pane.getByRole("button", { name: "Import a per-call log" }).click();
  await pane.getByLabel("CSV file", { exact: true }).setInputFiles({ name: "dialer.csv", mimeType: "text/csv", buffer: Buffer.from(dialerCsv(), "utf8") });
  await pane.getByRole("button", { name: "Read the file", exact: true }).click();
  await pane.getByText("Read 6,000 rows of calls: 4 agent-months.", { exact: false }).waitFor({ timeout: 30_000 });
  await pane.getByRole("button", { name: "Write the table", exact: true }).click();
  await page.getByRole("grid", { name: "Sheet Rep data 2021-01 to 2021-02", exact: true }).waitFor({ timeout: 30_000 });
  // Name, position, period, calls, answered, talk minutes, in the order the agents first appear: 1,500 calls a month each.
  const rows = await grid.read("A2:F5");
  expect(rows.map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
    ["Lee; Bo", "2021-01", "1,500", "0", "1,500.0"],
    ["Lee; Bo", "2021-02", "1,500", "0", "1,500.0"],
    ["Ann", "2021-01", "1,500", "300", "1,500.0"],
    ["Ann", "2021-02", "1,500", "300", "1,500.0"],
  ]);
});
