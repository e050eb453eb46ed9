/** A workbook's content as data: read from the emulated workbook, and put in place of all of it. */
import { rect } from "../../src/engine/sheet/address";
import { Workbook } from "../../src/workbench/excel/workbook";
import { readContent, replaceContent } from "../../src/workbench/workbookContent";

function oldWorkbook(): Workbook {
  const workbook = new Workbook({ sheetNames: ["Data", "Review 2026-07"] });
  const data = workbook.sheet("Data")!;
  workbook.write(data, rect(0, 0, 2, 2), [["Rep", "Calls"], ["Li Wei", 1500]]);
  workbook.renameTable(workbook.addTable(data, rect(0, 0, 2, 2), true), "Old");
  workbook.addName("Target", "=Data!$B$2");
  workbook.setSetting("telescore.policy", { revision: 7 });
  workbook.endBatch();
  return workbook;
}

describe("replaceContent", () => {
  it("replaces every sheet, table, defined name and setting, and tells listeners once", () => {
    const workbook = oldWorkbook();
    const changes: unknown[] = [];
    workbook.onChange((change) => changes.push(change));
    replaceContent(workbook, {
      sheets: [
        { name: "data", cells: [[{ value: "Name" }], [{ value: "Wang Fang" }]], tables: [{ name: "Team", area: rect(0, 0, 2, 1) }] },
        { name: "Sheet2", cells: [] },
      ],
    });
    // "data" differs from the old "Data" only in case, which Excel counts as the same name
    expect(workbook.sheets.map((s) => s.name)).toEqual(["data", "Sheet2"]);
    expect(workbook.tables.map((t) => t.name)).toEqual(["Team"]);
    expect(workbook.definedNames).toEqual([]);
    expect([...workbook.settings.keys()]).toEqual([]);
    expect(workbook.activeSheet.name).toBe("data");
    expect(workbook.values(workbook.sheet("data")!, rect(0, 0, 2, 1))).toEqual([["Name"], ["Wang Fang"]]);
    // The file's settings reach the pane as a co-author's would (onSettingsChanged): the document was replaced.
    expect(changes).toEqual([{ settings: true, settingsByOthers: true }]);
  });

  it("keeps text as text however it looks, and writes formulas after every sheet exists", () => {
    const workbook = new Workbook();
    replaceContent(workbook, {
      sheets: [
        { name: "First", cells: [[{ value: "00123" }, { value: "TRUE" }, { value: "=1+1" }, { value: "2026-07-01" }, { value: "", formula: "=Second!A1*2" }]] },
        { name: "Second", cells: [[{ value: 21 }]] },
      ],
    });
    const first = workbook.sheet("First")!;
    expect(workbook.values(first, rect(0, 0, 1, 5))).toEqual([["00123", "TRUE", "=1+1", "2026-07-01", 42]]);
    expect(workbook.cell(first, 0, 2).formula).toBeUndefined();
  });

  it("refuses a workbook without sheets", () => {
    expect(() => replaceContent(new Workbook(), { sheets: [] })).toThrow("at least one sheet");
  });
});

describe("readContent", () => {
  it("reads cells from A1 with formulas, errors, formats and styles, and spills with the cells they fill", () => {
    const workbook = new Workbook();
    const sheet = workbook.sheets[0];
    workbook.write(sheet, rect(0, 1, 2, 2), [["=SEQUENCE(2)", 0.5], ["", "=1/0"]]);
    workbook.writeNumberFormat(sheet, rect(0, 2), "0%");
    workbook.setStyle(sheet, rect(0, 1), "bold", true);
    workbook.setStyle(sheet, rect(1, 2), "fill", "#ffee00");
    workbook.setColumnWidth(sheet, rect(0, 1), 70);
    sheet.freeze = { rows: 1, columns: 0 };
    workbook.endBatch();
    expect(readContent(workbook)).toEqual({
      settings: {},
      notKept: [],
      sheets: [
        {
          name: "Sheet1",
          visibility: "Visible",
          cells: [
            [null, { value: 1, formula: "=SEQUENCE(2)", spill: { rows: 2, cols: 1 }, bold: true }, { value: 0.5, numberFormat: "0%" }],
            [null, { value: 2, spilled: true }, { value: "#DIV/0!", formula: "=1/0", error: true, fill: "#FFEE00" }],
          ],
          columnWidths: { 1: 70 },
          freeze: { rows: 1, columns: 0 },
          tables: [],
          conditionalFormats: [],
        },
      ],
    });
  });

  it("names the annotations it cannot hold, so that a save says it drops them", () => {
    const workbook = new Workbook();
    const sheet = workbook.sheets[0];
    workbook.setHyperlink(sheet, rect(0, 0, 2, 1), { address: "https://example.com" });
    workbook.setAnnotation(sheet, rect(0, 1), "comment", { id: "1", content: "check", authorName: "Mei" });
    workbook.setAnnotation(sheet, rect(0, 2, 3, 1), "dataValidation", { list: { source: "Yes,No" } });
    workbook.endBatch();
    expect(readContent(workbook).notKept).toEqual(["2 cells with a hyperlink", "1 comment", "3 cells with data validation"]);
  });

  it("gives an empty sheet no cells", () => {
    expect(readContent(new Workbook()).sheets[0].cells).toEqual([]);
  });
});
