/**
 * TELE formulas typed into the workbench's grid compute through the shipped functions and show as
 * Excel shows them: numbers in General format, a grade, a blank for a blank input, errors with
 * their messages, a spilled allocation. Expected values are worked out by hand in the comments.
 */
import { saveScreenshot } from "./support/screenshots";
import { type Workbench, workbenchForFile } from "./support/workbench";

let workbench: Workbench;

workbenchForFile(async (opened) => {
  workbench = opened;
  await workbench.grid.addSheet();
});

test("a baseline score shows its points in General format", async () => {
  const { grid } = workbench;
  await grid.enter("A1", "=TELE.BASELINE_SCORE(1500,1800)");
  // 1500 / 1800 = 0.8333…, under the cap of 1.2: 83.333… points; General shows 10 significant digits.
  expect(await grid.text("A1")).toBe("83.33333333");
});

test("a grade rounds the score to 2 decimals first, half away from zero", async () => {
  const { grid } = workbench;
  await grid.enter("A2", "=TELE.GRADE(89.995)");
  // 89.995 → 90.00, and A starts at 90 inclusive.
  expect(await grid.text("A2")).toBe("A");
  await grid.enter("A3", "=TELE.GRADE(89.994)");
  // 89.994 → 89.99: B (80 to under 90).
  expect(await grid.text("A3")).toBe("B");
});

test("a blank input gives a blank result, not 0", async () => {
  const { grid, page } = workbench;
  await grid.enter("A4", "=TELE.BASELINE_SCORE(Z1,1800)");
  expect(await grid.text("A4")).toBe("");
  // The formula is there (the cell is blank because its result is): the formula bar shows it.
  await expect(page.getByTestId("wb-formula-bar").inputValue()).resolves.toBe("=TELE.BASELINE_SCORE(Z1,1800)");
});

test("an out-of-range input is #NUM!, shown without the function's message as Excel shows it", async () => {
  const { grid, page } = workbench;
  await grid.enter("A5", "=TELE.BASELINE_SCORE(1500,0)");
  expect(await grid.text("A5")).toBe("#NUM!");
  // Excel shows a custom message only with #VALUE! and #N/A; docs/functions.md lists #NUM!'s causes.
  expect(await grid.cell("A5").getAttribute("title")).toBeNull();
  await expect(page.getByTestId("wb-cell-message").textContent()).resolves.toBe("#NUM!");
});

test("text that is no number is #VALUE! naming the parameter and the value", async () => {
  const { grid, page } = workbench;
  await grid.enter("A6", '=TELE.BASELINE_SCORE("lots",1800)');
  expect(await grid.text("A6")).toBe("#VALUE!");
  await expect(page.getByTestId("wb-cell-message").textContent()).resolves.toMatch(/^#VALUE! "lots" is not a number for actual/);
});

test("numbers typed in cells feed the functions, and an allocation spills", async () => {
  const { grid } = workbench;
  await grid.enter("C1", "1");
  await grid.enter("C2", "1");
  await grid.enter("C3", "1");
  await grid.enter("D1", "=TELE.ALLOCATE(C1:C3,100)");
  // 100 in three equal shares: 33.33 each makes 99.99; the cent left goes to the largest
  // remainder, and on a tie to the earlier row: 33.34, 33.33, 33.33.
  expect(await grid.read("D1:D3")).toEqual([["33.34"], ["33.33"], ["33.33"]]);
  await grid.enter("C1", "2");
  // 2 : 1 : 1 of 100 is 50, 25, 25 exactly.
  expect(await grid.read("D1:D3")).toEqual([["50"], ["25"], ["25"]]);
});

test("the sample's Formulas sheet computes (screenshot: workbench.png)", async () => {
  const { grid, page } = workbench;
  await grid.activateSheet("Formulas");
  // Row 19 types a baseline of 0 on purpose (sampleWorkbook.ts): its error stays an error.
  const [[label, result]] = await grid.read("A19:B19");
  expect(label).toMatch(/^A mistake: a baseline of 0/);
  expect(result).toBe("#NUM!");
  await grid.goTo("B13");
  await expect(page.getByTestId("wb-formula-bar").inputValue()).resolves.toBe("=TELE.TOTAL_SCORE(B6,B11,B12)");
  await saveScreenshot(page, "workbench");
});
