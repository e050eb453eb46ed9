/**
 * @jest-environment jsdom
 *
 * The workbench's spreadsheet over a real emulated workbook with the TELE functions: what it
 * shows, typing and entering, keys, errors, sheets, and changes made through the Excel API.
 */
import "../../support/customFunctionsGlobal";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultPolicy } from "../../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../../src/engine/policyStore";
import { rect } from "../../../src/engine/sheet/address";
import { createExcelHost } from "../../../src/workbench/excel/host";
import type { Workbook } from "../../../src/workbench/excel/workbook";
import { createCustomFunctionsShim } from "../../../src/workbench/customFunctionsShim";
import type { CustomFunctionsMetadata } from "../../../src/workbench/teleFormulaPlugin";
import { teleWorkbook } from "../../../src/workbench/teleWorkbook";
import { Spreadsheet } from "../../../src/workbench/grid/Spreadsheet";
import { associateTeleFunctions } from "../teleFunctions";

const shim = createCustomFunctionsShim();
let metadata: CustomFunctionsMetadata;

beforeAll(async () => {
  metadata = await associateTeleFunctions(shim);
  resetPolicyStoreForTests();
  setPolicy(defaultPolicy());
});
afterAll(() => resetPolicyStoreForTests());

function setup(fill?: (workbook: Workbook) => void) {
  const workbook = teleWorkbook(metadata, shim.implementations);
  fill?.(workbook);
  workbook.endBatch();
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <Spreadsheet workbook={workbook} />
    </FluentProvider>,
  );
  return { workbook, sheet: workbook.activeSheet, user, grid: screen.getByRole("grid") };
}

const cell = (address: string) => document.querySelector<HTMLElement>(`[data-address="${address}"]`)!;
const nameBox = () => screen.getByRole("textbox", { name: "Name box" }) as HTMLInputElement;
const formulaBar = () => screen.getByRole("textbox", { name: "Formula bar" }) as HTMLInputElement;

it("shows values as Excel does: through their number format, numbers right, text left, errors centred", () => {
  setup((workbook) => {
    const sheet = workbook.sheets[0];
    workbook.write(sheet, rect(0, 0, 2, 3), [["Li Wei", 1500, "=1/0"], ["Revenue", 66009.375, true]]);
    workbook.writeNumberFormat(sheet, rect(1, 1), "#,##0.00");
  });
  expect(screen.getByRole("grid", { name: "Sheet Sheet1" })).toBeTruthy();
  expect([cell("A1").textContent, cell("B1").textContent, cell("C1").textContent]).toEqual(["Li Wei", "1500", "#DIV/0!"]);
  // 66,009.375 rounds half away from zero to 66,009.38
  expect(cell("B2").textContent).toBe("66,009.38");
  expect([cell("A1").style.textAlign, cell("B2").style.textAlign, cell("C1").style.textAlign, cell("C2").style.textAlign]).toEqual(["left", "right", "center", "center"]);
  // the header row and column count as row 1 and column 1 for assistive technology
  expect([cell("B2").getAttribute("aria-colindex"), cell("B2").parentElement!.getAttribute("aria-rowindex")]).toEqual(["3", "3"]);
  expect(screen.getAllByRole("columnheader").slice(1, 4).map((h) => h.textContent)).toEqual(["A", "B", "C"]);
});

it("enters a formula typed into a cell and moves down; the formula bar shows it", async () => {
  const { workbook, sheet, user, grid } = setup();
  await user.click(cell("B2"));
  expect(nameBox().value).toBe("B2");
  await user.keyboard("=TELE.GRADE(91)");
  expect(screen.getByRole("textbox", { name: "Edit B2" })).toHaveProperty("value", "=TELE.GRADE(91)");
  await user.keyboard("{Enter}");
  expect(workbook.cell(sheet, 1, 1)).toMatchObject({ formula: "=TELE.GRADE(91)", value: "A" });
  expect(cell("B2").textContent).toBe("A");
  expect(nameBox().value).toBe("B3");
  expect(document.activeElement).toBe(grid);
  expect(grid.getAttribute("aria-activedescendant")).toBe(cell("B3").id);
  await user.keyboard("{ArrowUp}");
  expect(formulaBar().value).toBe("=TELE.GRADE(91)");
});

it("moves with arrows, Tab and Enter, extends with Shift, and tells which cell is active", async () => {
  const { user, grid } = setup();
  grid.focus();
  await user.keyboard("{ArrowRight}{ArrowRight}{ArrowDown}");
  expect(nameBox().value).toBe("C2");
  await user.keyboard("{Tab}{Enter}");
  expect(nameBox().value).toBe("D3");
  await user.keyboard("{Shift>}{ArrowDown}{ArrowRight}{/Shift}");
  expect(nameBox().value).toBe("D3");
  expect(["D3", "E3", "D4", "E4", "F4", "D5"].map((a) => cell(a).getAttribute("aria-selected"))).toEqual(["true", "true", "true", "true", "false", "false"]);
  expect(grid.getAttribute("aria-activedescendant")).toBe(cell("D3").id);
  await user.keyboard("{Control>}{Home}{/Control}");
  expect(nameBox().value).toBe("A1");
});

it("edits a cell with F2, keeps what was there, and cancels with Escape", async () => {
  const { workbook, sheet, user, grid } = setup((w) => w.write(w.sheets[0], rect(0, 0), [[40]]));
  grid.focus();
  await user.keyboard("{F2}2{Enter}");
  expect(workbook.cell(sheet, 0, 0).value).toBe(402);
  await user.keyboard("{ArrowUp}9{Escape}");
  expect(workbook.cell(sheet, 0, 0).value).toBe(402);
  expect(screen.queryByRole("textbox", { name: "Edit A1" })).toBeNull();
});

it("enters what is typed into the formula bar into the active cell", async () => {
  const { workbook, sheet, user } = setup();
  await user.click(cell("C3"));
  await user.click(formulaBar());
  await user.keyboard("=SUM(1,2,3){Enter}");
  expect(workbook.cell(sheet, 2, 2)).toMatchObject({ formula: "=SUM(1,2,3)", value: 6 });
  expect(nameBox().value).toBe("C4");
});

it("says why a formula cannot be entered and keeps it for correcting", async () => {
  const { workbook, sheet, user } = setup();
  await user.click(cell("A1"));
  await user.keyboard("=SUM({Enter}");
  expect(screen.getByRole("alert").textContent).toContain("=SUM( was not entered");
  expect(screen.getByRole("textbox", { name: "Edit A1" })).toHaveProperty("value", "=SUM(");
  await user.keyboard("1){Enter}");
  expect(workbook.cell(sheet, 0, 0)).toMatchObject({ formula: "=SUM(1)", value: 1 });
  expect(screen.queryByRole("alert")).toBeNull();
});

it("shows a custom function's #VALUE! message as the cell's tooltip and under the formula bar; a #NUM! shows alone, as in Excel", async () => {
  const { user } = setup((w) => w.write(w.sheets[0], rect(0, 0, 2, 1), [['=TELE.BASELINE_SCORE("lots",1800)'], ["=TELE.BASELINE_SCORE(1500,0)"]]));
  expect(cell("A1").textContent).toBe("#VALUE!");
  expect(cell("A1").title).toMatch(/^"lots" is not a number for actual/);
  await user.click(cell("A1"));
  expect(screen.getByTestId("wb-cell-message").textContent).toBe(`#VALUE! ${cell("A1").title}`);
  expect(cell("A2").textContent).toBe("#NUM!");
  expect(cell("A2").title).toBe("");
  await user.click(cell("A2"));
  expect(screen.getByTestId("wb-cell-message").textContent).toBe("#NUM!");
});

it("shows a spilled result in the cells it spills into", () => {
  setup((w) => w.write(w.sheets[0], rect(0, 0, 3, 2), [[1, "=TELE.ALLOCATE(A1:A3,10)"], [1, ""], [2, ""]]));
  // 10 split 1 : 1 : 2 is 2.50, 2.50, 5.00
  expect(["B1", "B2", "B3"].map((a) => cell(a).textContent)).toEqual(["2.5", "2.5", "5"]);
});

it("empties the selected cells with Delete", async () => {
  const { workbook, sheet, user } = setup((w) => w.write(w.sheets[0], rect(0, 0, 2, 2), [[1, 2], [3, 4]]));
  await user.click(cell("A1"));
  await user.keyboard("{Shift>}{ArrowRight}{/Shift}{Delete}");
  expect(workbook.values(sheet, rect(0, 0, 2, 2))).toEqual([["", ""], [3, 4]]);
  expect(cell("A2").textContent).toBe("3");
});

it("switches sheets with the tabs, adds one, and follows the sheet the add-in activates", async () => {
  const { workbook, user } = setup((w) => w.write(w.addSheet("Formulas"), rect(0, 0), [["on Formulas"]]));
  const tabs = screen.getByRole("tablist", { name: "Sheets" });
  await user.click(within(tabs).getByRole("tab", { name: "Formulas" }));
  expect(cell("A1").textContent).toBe("on Formulas");
  await user.click(screen.getByRole("button", { name: "New sheet" }));
  expect(within(tabs).getAllByRole("tab").map((t) => [t.textContent, t.getAttribute("aria-selected")])).toEqual([
    ["Sheet1", "false"],
    ["Formulas", "false"],
    ["Sheet3", "true"],
  ]);
  const host = createExcelHost(workbook);
  await act(() =>
    host.Excel.run(async (context) => {
      const review = context.workbook.worksheets.add("Review 2026-Q3");
      review.getRange("B2").values = [["from the add-in"]];
      review.getRange("B2").select();
      await context.sync();
    }),
  );
  expect(screen.getByRole("grid", { name: "Sheet Review 2026-Q3" })).toBeTruthy();
  expect(cell("B2").textContent).toBe("from the add-in");
  expect(nameBox().value).toBe("B2");
});

it("goes to an address typed into the name box", async () => {
  const { user } = setup((w) => w.addSheet("Rep data"));
  await user.click(nameBox());
  await user.keyboard("{Control>}a{/Control}'Rep data'!C40{Enter}");
  expect(screen.getByRole("grid", { name: "Sheet Rep data" })).toBeTruthy();
  expect(nameBox().value).toBe("C40");
  expect(cell("C40")).not.toBeNull();
});

it("draws only the rows in view of a 5,000-row sheet, and the last one once it is reached", async () => {
  const { user, grid } = setup((w) => {
    const sheet = w.sheets[0];
    w.write(sheet, rect(0, 0, 5000, 3), Array.from({ length: 5000 }, (_, r) => [`Rep ${r + 1}`, r, `=B${r + 1}*2`]));
    sheet.freeze = { rows: 1, columns: 0 };
  });
  // jsdom has no layout: the grid takes a 360 px viewport, 17 rows of 20 px under the header, plus a few more
  const drawn = () => within(grid).getAllByRole("row").length;
  expect(drawn()).toBeLessThan(30);
  grid.focus();
  await user.keyboard("{Control>}{End}{/Control}");
  expect(nameBox().value).toBe("C5000");
  // the frozen first row stays, and row 5000 (aria-rowindex 5001) is drawn, with its formula's value: 4999 × 2
  expect(cell("A1").textContent).toBe("Rep 1");
  expect(cell("C5000").textContent).toBe("9998");
  expect(cell("C5000").parentElement!.getAttribute("aria-rowindex")).toBe("5001");
  expect(drawn()).toBeLessThan(30);
});
