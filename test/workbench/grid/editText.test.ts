/** What a cell shows in the formula bar: typed back in, it gives the same cell. */
import type { CellView } from "../../../src/workbench/excel/workbook";
import { editText } from "../../../src/workbench/grid/editText";

const view = (value: CellView["value"], numberFormat = "General", formula?: string, isError = false): CellView => ({ value, formula, numberFormat, text: "", isError });

it("shows a formula as it was typed", () => {
  expect(editText(view(4, "General", "=2+2"))).toBe("=2+2");
});

it("shows numbers in full, percentages with %, dates as m/d/yyyy", () => {
  expect(editText(view(1234.5678, "#,##0.00"))).toBe("1234.5678");
  // 0.845 × 100 = 84.5
  expect(editText(view(0.845, "0.0%"))).toBe("84.5%");
  // 46204 is 2026-07-01; 46204.5 is noon that day
  expect(editText(view(46204, "yyyy-mm"))).toBe("7/1/2026");
  expect(editText(view(46204.5, "m/d/yyyy h:mm"))).toBe("7/1/2026 12:00:00");
});

it("shows logicals and errors by name, and text that would read as something else behind an apostrophe", () => {
  expect(editText(view(true))).toBe("TRUE");
  expect(editText(view("#N/A", "General", undefined, true))).toBe("#N/A");
  expect(["=1+1", "00123", "TRUE", "-5", "Li Wei", ""].map((t) => editText(view(t)))).toEqual(["'=1+1", "'00123", "'TRUE", "'-5", "Li Wei", ""]);
});
