/**
 * .xlsx files: formulas as Excel stores them, a workbook written and read back (values, formulas
 * with their last values, number formats, sheet names, tables, frozen panes, column widths), and a
 * file written the way Excel writes one read in.
 */
import ExcelJS from "exceljs";
import { rect } from "../../src/engine/sheet/address";
import { Workbook } from "../../src/workbench/excel/workbook";
import { readContent, replaceContent, type WorkbookContent } from "../../src/workbench/workbookContent";
import { fromFileFormula, readXlsx, toFileFormula, writeXlsx } from "../../src/workbench/xlsxFile";

describe("formulas in the file", () => {
  it("stores custom functions as _xldudf_ calls and newer Excel functions with _xlfn.", () => {
    expect(toFileFormula("=TELE.GRADE(RANK.EQ(A1,A:A))")).toBe("_xldudf_TELE_GRADE(_xlfn.RANK.EQ(A1,A:A))");
    expect(toFileFormula("=TELE.BASELINE_SCORE(B2, TELE.BASELINE(\"calls\",C2))")).toBe('_xldudf_TELE_BASELINE_SCORE(B2, _xldudf_TELE_BASELINE("calls",C2))');
    expect(toFileFormula("=SUM(A1:A3)")).toBe("SUM(A1:A3)");
  });

  it("leaves text in quotes alone, and a name that only ends like a function", () => {
    expect(toFileFormula('=IF(A1="TELE.GRADE(1)",RANK.EQ(1,B:B),0)')).toBe('IF(A1="TELE.GRADE(1)",_xlfn.RANK.EQ(1,B:B),0)');
    expect(toFileFormula("=MYTELE.GRADE(1)+XRANK.EQ(1)")).toBe("MYTELE.GRADE(1)+XRANK.EQ(1)");
  });

  it("reads them back as typed, with a workbook reference Excel sometimes adds dropped", () => {
    expect(fromFileFormula("_xldudf_TELE_GRADE(_xlfn.RANK.EQ(A1,A:A))")).toBe("=TELE.GRADE(RANK.EQ(A1,A:A))");
    expect(fromFileFormula("[1]!_xldudf_TELE_NET_PROFIT(J2,L2)")).toBe("=TELE.NET_PROFIT(J2,L2)");
    expect(fromFileFormula('_xlfn._xlws.SORT(A1:A3)&"_xlfn."')).toBe('=SORT(A1:A3)&"_xlfn."');
  });
});

describe("a workbook written and read back", () => {
  const content: WorkbookContent = {
    sheets: [
      {
        name: "Rep data",
        cells: [
          [{ value: "Rep", bold: true, fill: "#DDEBF7" }, { value: "Month", bold: true, fill: "#DDEBF7" }, { value: "CSAT", bold: true, fill: "#DDEBF7" }, { value: "Revenue", bold: true, fill: "#DDEBF7" }],
          // 46204 is 2026-07-01
          [{ value: "00123" }, { value: 46204, numberFormat: "yyyy-mm" }, { value: 0.845, numberFormat: "0.0%" }, { value: 1234.5, numberFormat: "#,##0.00" }],
          [{ value: "TRUE" }, { value: 46235, numberFormat: "yyyy-mm" }, { value: true }, { value: 99.99, numberFormat: "#,##0.00" }],
        ],
        columnWidths: { 0: 60, 3: 90 },
        freeze: { rows: 1, columns: 1 },
        tables: [{ name: "RepData", area: rect(0, 0, 3, 4) }],
      },
      {
        name: "Sums",
        cells: [
          [{ value: "", formula: "=SUM('Rep data'!D2:D3)", numberFormat: "#,##0.00" }, { value: "=1+1" }],
          [{ value: "", formula: "=1/0" }, { value: "", formula: "=SEQUENCE(3)" }],
          [null, null],
        ],
      },
      { name: "Notes", visibility: "Hidden", cells: [[{ value: "kept out of sight" }, { value: "#N/A", error: true }]] },
    ],
  };

  // The content into a workbook, out to a file, and the file into another workbook.
  let read: Workbook;
  let file: WorkbookContent;
  beforeAll(async () => {
    const written = new Workbook();
    replaceContent(written, content);
    file = await readXlsx(await writeXlsx(readContent(written)));
    read = new Workbook();
    replaceContent(read, file);
  });

  it("keeps the sheets, in order, with their names and visibility", () => {
    expect(read.sheets.map((s) => [s.name, s.visibility])).toEqual([["Rep data", "Visible"], ["Sums", "Visible"], ["Notes", "Hidden"]]);
    expect(read.activeSheet.name).toBe("Rep data");
  });

  it("keeps values, text that looks like something else, formulas and number formats", () => {
    const data = read.sheet("Rep data")!;
    expect(read.values(data, rect(1, 0, 2, 4))).toEqual([["00123", 46204, 0.845, 1234.5], ["TRUE", 46235, true, 99.99]]);
    expect(read.texts(data, rect(1, 0, 2, 4))).toEqual([["00123", "2026-07", "84.5%", "1,234.50"], ["TRUE", "2026-08", "TRUE", "99.99"]]);
    const sums = read.sheet("Sums")!;
    // 1234.5 + 99.99 = 1334.49
    expect(read.cell(sums, 0, 0)).toMatchObject({ formula: "=SUM('Rep data'!D2:D3)", value: 1334.49, text: "1,334.49" });
    expect(read.cell(sums, 0, 1)).toMatchObject({ formula: undefined, value: "=1+1" });
    expect(read.cell(sums, 1, 0)).toMatchObject({ formula: "=1/0", value: "#DIV/0!", isError: true });
    expect(read.cell(read.sheet("Notes")!, 0, 1)).toMatchObject({ formula: undefined, value: "#N/A", isError: true });
  });

  it("keeps a spilled formula spilling, the spilled cells without formulas of their own", () => {
    expect(file.sheets[1].cells[1][1]).toMatchObject({ formula: "=SEQUENCE(3)", value: 1, spill: { rows: 3, cols: 1 } });
    expect(file.sheets[1].cells[2][1]).toMatchObject({ value: 2, spilled: true });
    const sums = read.sheet("Sums")!;
    expect(read.values(sums, rect(1, 1, 3, 1))).toEqual([[1], [2], [3]]);
    expect([read.cell(sums, 2, 1).formula, read.cell(sums, 3, 1).formula]).toEqual([undefined, undefined]);
  });

  it("keeps the table, the frozen panes, bold and fill, and column widths to the pixel", () => {
    const data = read.sheet("Rep data")!;
    expect(read.tables.map((t) => [t.name, t.area])).toEqual([["RepData", rect(0, 0, 3, 4)]]);
    expect(read.headers(read.tables[0])).toEqual(["Rep", "Month", "CSAT", "Revenue"]);
    expect(data.freeze).toEqual({ rows: 1, columns: 1 });
    expect([data.styles.get(0, 0, "bold"), data.styles.get(0, 3, "fill"), data.styles.get(1, 0, "bold")]).toEqual([true, "#DDEBF7", false]);
    // 60 pt = 80 px and 90 pt = 120 px; a pixel is 0.75 pt
    expect(Math.abs(data.columnWidth(0) - 60)).toBeLessThanOrEqual(0.75);
    expect(Math.abs(data.columnWidth(3) - 90)).toBeLessThanOrEqual(0.75);
  });
});

describe("a file as Excel writes it", () => {
  it("reads dates as serials, shared formulas as their own formulas, rich text as text and custom functions by name", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Data");
    ws.getCell("A1").value = new Date(Date.UTC(2026, 6, 15)); // serial 46218: 46204 is 2026-07-01, + 14 days
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    ws.getCell("B1").value = 2;
    ws.getCell("B2").value = 3;
    ws.getCell("C1").value = { formula: "B1*10", result: 20, date1904: false };
    ws.getCell("C2").value = { sharedFormula: "C1", result: 30, date1904: false };
    ws.getCell("D1").value = { richText: [{ text: "Li " }, { font: { bold: true }, text: "Wei" }] };
    ws.getCell("D2").value = { formula: "_xldudf_TELE_GRADE(91)", result: "A", date1904: false };
    ws.getCell("E1").value = { error: "#N/A" };
    const content = await readXlsx((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const [row1, row2] = content.sheets[0].cells;
    expect(row1[0]).toEqual({ value: 46218, numberFormat: "yyyy-mm-dd" });
    expect(row1[2]).toEqual({ value: 20, formula: "=B1*10" });
    expect(row2[2]).toEqual({ value: 30, formula: "=B2*10" });
    expect(row1[3]).toEqual({ value: "Li Wei" });
    expect(row2[3]).toEqual({ value: "A", formula: "=TELE.GRADE(91)" });
    expect(row1[4]).toEqual({ value: "#N/A", error: true });
  });
});
