/**
 * Formatting in the emulated host — number formats and Range.text, font, fill, alignment, column
 * widths, autofit, clearing, borders — and the A1 address helpers.
 */
import { formatAddress, parseAddress, quoteSheetName, rect } from "../../src/engine/sheet/address";
import { formatValue } from "../../src/workbench/excel/numberFormat";
import { setup } from "./hostHarness";

describe("number formats and Range.text", () => {
  test("fixed decimals, thousands, percent, literals and sections", () => {
    expect(formatValue(82.35, "0.0")).toBe("82.4");
    expect(formatValue(1234567.891, "#,##0.00")).toBe("1,234,567.89");
    // 0.1234 * 100 = 12.34, one decimal: 12.3
    expect(formatValue(0.1234, "0.0%")).toBe("12.3%");
    expect(formatValue(-5, "0.00;(0.00)")).toBe("(5.00)");
    expect(formatValue(-5, "0.00")).toBe("-5.00");
    expect(formatValue(0, '0.0;-0.0;"none"')).toBe("none");
    expect(formatValue(1500, '"$"#,##0')).toBe("$1,500");
    expect(formatValue(3, '0 "calls"')).toBe("3 calls");
    expect(formatValue(0.5, "#.00")).toBe(".50");
  });

  test("dates and times from Excel serials", () => {
    // 46204 is 2026-07-01 (46023 for 2026-01-01 + 181 days); .75 of a day is 18:00.
    expect(formatValue(46204, "yyyy-mm-dd")).toBe("2026-07-01");
    expect(formatValue(46204.75, "m/d/yyyy h:mm")).toBe("7/1/2026 18:00");
    expect(formatValue(46204, "d mmm yyyy")).toBe("1 Jul 2026");
    expect(formatValue(46204.75, "h:mm AM/PM")).toBe("6:00 PM");
    // 1 h 2 min 3 s = 3723 s = 3723 / 86400 of a day; 26 h 30 min = 1.104166... days
    expect(formatValue(3723 / 86400, "h:mm:ss")).toBe("1:02:03");
    expect(formatValue(26.5 / 24, "[h]:mm")).toBe("26:30");
    expect(formatValue(46204, '"Period "yyyy-mm')).toBe("Period 2026-07");
  });

  test("General, text, booleans and errors", () => {
    expect(formatValue(1 / 3, "General")).toBe("0.3333333333");
    expect(formatValue(12, "General")).toBe("12");
    expect(formatValue(123456789012, "General")).toBe("1.23457E+11");
    expect(formatValue("Ann", "0.00")).toBe("Ann");
    expect(formatValue("Ann", '"Rep: "@')).toBe("Rep: Ann");
    expect(formatValue(true, "General")).toBe("TRUE");
    expect(formatValue("#N/A", "0.0")).toBe("#N/A");
  });

  test("a range's numberFormat: a 2-D array with nulls, a single value, and \"\" for General; text follows", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [[0.456, 1234.5, 7]];
      range.numberFormat = "0.0" as unknown as string[][];
      range.numberFormat = [["0%", null, ""]];
      range.load("numberFormat, text");
      await context.sync();
      expect(range.numberFormat).toEqual([["0%", "0.0", "General"]]);
      // 0.456 * 100 = 45.6, no decimals: 46%
      expect(range.text).toEqual([["46%", "1234.5", "7"]]);
    });
  });
});

describe("range formats", () => {
  test("font, fill and alignment read back; over cells that differ they read null", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const header = sheet.getRange("A1:C1");
      header.format.font.bold = true;
      header.format.fill.color = "#DDEBF7";
      header.format.horizontalAlignment = "Center";
      const font = header.format.font.load("bold, size, name");
      const fill = header.format.fill.load("color");
      const mixed = sheet.getRange("A1:A2").format.font.load("bold");
      const plain = sheet.getRange("A2").format.load("horizontalAlignment, wrapText");
      await context.sync();
      expect([font.bold, font.size, font.name, fill.color]).toEqual([true, 11, "Calibri", "#DDEBF7"]);
      expect(mixed.bold).toBeNull();
      expect([plain.horizontalAlignment, plain.wrapText]).toEqual(["General", false]);
    });
  });

  test("set({...}) assigns nested format properties", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").set({ values: [[5]], format: { font: { italic: true }, fill: { color: "#FFFF00" } } });
    });
    const sheet = workbook.sheets[0];
    expect([sheet.styles.get(1, 1, "italic"), sheet.styles.get(1, 1, "fill"), workbook.values(sheet, rect(1, 1))]).toEqual([true, "#FFFF00", [[5]]]);
  });

  test("column widths: 48 points by default, set per column, and autofit from the text", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const before = sheet.getRange("A1").format.load("columnWidth, rowHeight");
      sheet.getRange("B:C").format.columnWidth = 90;
      sheet.getRange("A1:A2").values = [["Representative"], ["Ann"]];
      sheet.getRange("D1").values = [["销售额"]];
      sheet.getRange("A:A").format.autofitColumns();
      sheet.getRange("D1").format.autofitColumns();
      const b = sheet.getRange("B1:C1").format.load("columnWidth");
      const mixed = sheet.getRange("A1:B1").format.load("columnWidth");
      const a = sheet.getRange("A1").format.load("columnWidth");
      const d = sheet.getRange("D1").format.load("columnWidth");
      await context.sync();
      expect([before.columnWidth, before.rowHeight, b.columnWidth, mixed.columnWidth]).toEqual([48, 15, 90, null]);
      // "Representative" is 14 characters: ceil(14 * 5.6 + 6) = ceil(84.4) = 85 points.
      expect(a.columnWidth).toBe(85);
      // Three wide characters count 6: ceil(6 * 5.6 + 6) = ceil(39.6) = 40 points.
      expect(d.columnWidth).toBe(40);
    });
  });

  test("clear(\"Formats\") resets formats and keeps values; clear() empties both", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, 2]];
      range.numberFormat = [["0.00", "0%"]];
      range.format.font.bold = true;
      range.clear("Formats");
      const after = range.load("values, numberFormat");
      const bold = range.format.font.load("bold");
      await context.sync();
      expect([after.values, after.numberFormat, bold.bold]).toEqual([[[1, 2]], [["General", "General"]], false]);
      range.clear();
    });
    expect(workbook.usedArea(workbook.sheets[0])).toBeNull();
  });

  test("a hyperlink (ExcelApi 1.7) shows its text in the top left cell, survives clear(\"Formats\"), moves with inserted cells, and goes with clear(\"Hyperlinks\")", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").hyperlink = { address: "https://example.com/memo", textToDisplay: "memo" };
      sheet.getRange("B2").format.font.bold = true;
      sheet.getRange("B2").clear("Formats");
      sheet.getRange("A1:C1").insert("Down"); // B2 moves to B3
      const moved = sheet.getRange("B3").load("hyperlink, values");
      const left = sheet.getRange("B2").load("hyperlink");
      await context.sync();
      expect([moved.hyperlink?.address, moved.values, left.hyperlink]).toEqual(["https://example.com/memo", [["memo"]], null]);
      sheet.getRange("B3").clear("Hyperlinks");
      const cleared = sheet.getRange("B3").load("hyperlink, values");
      await context.sync();
      expect([cleared.hyperlink, cleared.values]).toEqual([null, [["memo"]]]);
    });
  });

  test("borders are recorded with their range", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").format.borders.getItem("EdgeBottom").style = "Continuous";
    });
    expect(workbook.sheets[0].recordedFormats).toEqual([
      { area: rect(0, 0, 1, 3), op: { path: ["borders", "getItem"], args: ["EdgeBottom"] } },
      { area: rect(0, 0, 1, 3), op: { path: ["borders", 'getItem("EdgeBottom")', "style"], value: "Continuous" } },
    ]);
  });
});

describe("A1 addresses", () => {
  test("parsing cells, ranges, whole columns and rows, absolute markers and quoted sheet names", () => {
    expect(parseAddress("B3")).toEqual({ sheet: undefined, rect: rect(2, 1) });
    expect(parseAddress("'Review 2026-07'!$B$2:C10")).toEqual({ sheet: "Review 2026-07", rect: rect(1, 1, 9, 2) });
    expect(parseAddress("Sam's!A1")).toEqual({ sheet: "Sam's", rect: rect(0, 0) });
    expect(parseAddress("'Sam''s'!C1:A2")).toEqual({ sheet: "Sam's", rect: rect(0, 0, 2, 3) });
    expect(parseAddress("Data!C:D")).toEqual({ sheet: "Data", rect: rect(0, 2, 1_048_576, 2) });
    expect(parseAddress("2:3")).toEqual({ sheet: undefined, rect: rect(1, 0, 2, 16_384) });
    // AA is column 27 (zero-based 26); XFD is the last column, 16,384.
    expect(parseAddress("AA1")?.rect.col).toBe(26);
    expect(parseAddress("XFD1")?.rect.col).toBe(16_383);
    for (const bad of ["", "A0", "XFE1", "A1:B2:C3", "1A", "A1048577"]) expect([bad, parseAddress(bad)]).toEqual([bad, null]);
  });

  test("sheet names are quoted where a formula needs it", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("Team_data.v2")).toBe("Team_data.v2");
    expect(quoteSheetName("Review 2026-07")).toBe("'Review 2026-07'");
    expect(quoteSheetName("Sam's")).toBe("'Sam''s'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("2026")).toBe("'2026'");
    expect(quoteSheetName("评分")).toBe("评分");
    expect(formatAddress("Data", rect(0, 0, 3, 2), true)).toBe("Data!$A$1:$B$3");
  });
});
