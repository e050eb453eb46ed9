/**
 * The emulated host's workbook objects: tables, derived and used ranges, inserted cells, frozen
 * panes, charts and conditional formats (recorded), settings, defined names and the selection.
 */
import { rect } from "../../src/engine/sheet/address";
import { rejection, setup, thrown } from "./hostHarness";

describe("tables", () => {
  test("the first row becomes unique text headers; header and body ranges", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C3").values = [["Rep", "", "Rep"], ["Ann", 10, 1], ["Bob", 20, 2]];
      const table = sheet.tables.add("A1:C3", true).load("name, showHeaders");
      const header = table.getHeaderRowRange().load("values, address");
      const body = table.getDataBodyRange().load("values, address");
      await context.sync();
      expect(table.name).toBe("Table1");
      expect(header.values).toEqual([["Rep", "Column2", "Rep2"]]);
      expect(header.address).toBe("Sheet1!A1:C1");
      expect(body.values).toEqual([["Ann", 10, 1], ["Bob", 20, 2]]);
      expect(body.address).toBe("Sheet1!A2:C3");
    });
  });

  test("a header row alone gets one empty body row, and rows.add appends after it", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["Rep", "Calls"]];
      const table = sheet.tables.add("Sheet1!A1:B1", true);
      table.rows.add(undefined, [["x", 1], ["y", 2]]);
      const body = table.getDataBodyRange().load("values");
      const rows = table.rows.load("count");
      const whole = table.getRange().load("address");
      await context.sync();
      expect(body.values).toEqual([["", ""], ["x", 1], ["y", 2]]);
      expect(rows.count).toBe(3);
      expect(whole.address).toBe("Sheet1!A1:B4");
    });
  });

  test("rows.add inserts rows, moving the cells below within the table's columns and the references to them", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [["Rep", "Calls"], ["a", 1], ["b", 2]];
      sheet.getRange("A6").values = [["summary"]];
      sheet.getRange("D6:E6").values = [["beside", "=A6"]];
      const table = sheet.tables.add("A1:B3", true);
      table.rows.add(undefined, [["c", 3]]);
      table.rows.add(0, [["first", 0]]);
      const cells = sheet.getRange("A1:E8").load("values");
      const reference = sheet.getRange("E6").load("formulas");
      await context.sync();
      // Two rows were inserted in columns A:B, so "summary" moved from A6 to A8; D6 stayed.
      expect(cells.values).toEqual([
        ["Rep", "Calls", "", "", ""],
        ["first", 0, "", "", ""],
        ["a", 1, "", "", ""],
        ["b", 2, "", "", ""],
        ["c", 3, "", "", ""],
        ["", "", "", "beside", "summary"],
        ["", "", "", "", ""],
        ["summary", "", "", "", ""],
      ]);
      expect(reference.formulas).toEqual([["=A8"]]);
    });
  });

  test("rows.add with rows of the wrong width is InvalidArgument", async () => {
    const { Excel } = setup();
    const error = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:B1").values = [["Rep", "Calls"]];
        sheet.tables.add("A1:B1", true).rows.add(undefined, [["only one"]]);
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("without headers, Excel inserts a header row above the data", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [[1, 2], [3, 4]];
      const table = sheet.tables.add("A1:B2", false);
      const whole = table.getRange().load("address, values");
      await context.sync();
      expect(whole.address).toBe("Sheet1!A1:B3");
      expect(whole.values).toEqual([["Column1", "Column2"], [1, 2], [3, 4]]);
    });
  });

  test("columns by header or index, their body values, and a new named column", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [["Rep", "Calls"], ["a", 10], ["b", 20]];
      const table = sheet.tables.add("A1:B3", true);
      const calls = table.columns.getItem("calls").getDataBodyRange().load("values");
      table.columns.add(1, [["=C2*2"], ["=C3*2"]], "Double");
      const names = table.columns.load("items/name");
      const values = table.getRange().load("values");
      await context.sync();
      expect(calls.values).toEqual([[10], [20]]);
      expect(names.items.map((c) => c.name)).toEqual(["Rep", "Double", "Calls"]);
      // "Calls" moved from B to C before the new values were written: B2 = C2 * 2 = 10 * 2 = 20, B3 = 20 * 2 = 40.
      expect(values.values).toEqual([["Rep", "Double", "Calls"], ["a", 20, 10], ["b", 40, 20]]);
    });
  });

  test("table names follow Excel's rules and are unique in the workbook; tables cannot overlap", async () => {
    const { Excel } = setup({ sheetNames: ["Data", "Review"] });
    const rename = async (name: string): Promise<string> => {
      try {
        await Excel.run(async (context) => {
          context.workbook.tables.getItemAt(1).name = name;
        });
        return "ok";
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:B2", true).name = "Scores";
      context.workbook.worksheets.getItem("Review").tables.add("A1:B2", true);
    });
    expect(await rename("My Table")).toBe("InvalidArgument");
    expect(await rename("A1")).toBe("InvalidArgument");
    expect(await rename("scores")).toBe("ItemAlreadyExists");
    expect(await rename("Review_2026.07")).toBe("ok");
    const overlap = await rejection(Excel.run(async (context) => void context.workbook.worksheets.getItem("Data").tables.add("B2:C3", true)));
    expect(overlap.code).toBe("InvalidOperation");
    await Excel.run(async (context) => {
      const onReview = context.workbook.worksheets.getItem("Review").tables.load("items/name");
      const all = context.workbook.tables.load("items/name");
      await context.sync();
      expect(onReview.items.map((t) => t.name)).toEqual(["Review_2026.07"]);
      expect(all.items.map((t) => t.name)).toEqual(["Scores", "Review_2026.07"]);
    });
  });

  test("delete removes the table and its cells; convertToRange keeps the cells", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [["a", "b"], [1, 2]];
      sheet.getRange("D1:E2").values = [["c", "d"], [3, 4]];
      sheet.tables.add("A1:B2", true).delete();
      sheet.tables.add("D1:E2", true).convertToRange();
    });
    expect(workbook.tables).toHaveLength(0);
    expect(workbook.values(workbook.sheets[0], rect(0, 0, 2, 5))).toEqual([
      ["", "", "", "c", "d"],
      ["", "", "", 3, 4],
    ]);
  });
});

describe("ranges", () => {
  test("getUsedRange: A1 on a blank sheet, null object from getUsedRangeOrNullObject; formats count unless valuesOnly", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const blank = sheet.getUsedRange().load("address");
      const none = sheet.getUsedRangeOrNullObject();
      await context.sync();
      expect(blank.address).toBe("Sheet1!A1");
      expect(none.isNullObject).toBe(true);
      sheet.getRange("B2:C3").values = [[1, 2], [3, "=B2"]];
      sheet.getRange("E5").format.font.bold = true;
      const used = sheet.getUsedRange().load("address");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!B2:E5");
      expect(valuesOnly.address).toBe("Sheet1!B2:C3");
    });
  });

  test("getCell, getOffsetRange, getResizedRange, getEntireColumn and friends", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const base = sheet.getRange("B2:D4");
      const addresses = [
        base.getCell(1, 1),
        base.getOffsetRange(2, -1),
        base.getResizedRange(1, -2),
        sheet.getRange("A1").getAbsoluteResizedRange(3, 2),
        base.getLastRow(),
        base.getRowsBelow(2),
        base.getEntireColumn(),
        base.getEntireRow(),
        sheet.getRangeByIndexes(9, 0, 1, 3),
      ].map((r) => r.load("address"));
      await context.sync();
      expect(addresses.map((r) => r.address)).toEqual([
        "Sheet1!C3",
        "Sheet1!A4:C6",
        "Sheet1!B2:B5",
        "Sheet1!A1:B3",
        "Sheet1!B4:D4",
        "Sheet1!B5:D6",
        "Sheet1!B:D",
        "Sheet1!2:4",
        "Sheet1!A10:C10",
      ]);
    });
  });

  test("a derived range off the sheet is InvalidArgument; Range.getUsedRange over empty cells is ItemNotFound", async () => {
    const { Excel } = setup();
    const off = await rejection(Excel.run(async (context) => void context.workbook.worksheets.getItem("Sheet1").getRange("A1").getResizedRange(-1, 0).load("address")));
    const empty = await rejection(Excel.run(async (context) => void context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").getUsedRange().load("address")));
    expect([off.code, empty.code]).toEqual(["InvalidArgument", "ItemNotFound"]);
  });

  test("insert and delete shift the cells after them", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [[1, "a"], [2, "b"], [3, "c"]];
      sheet.getRange("A2").insert("Down");
      sheet.getRange("B1").delete("Up");
      const cells = sheet.getRange("A1:B4").load("values");
      await context.sync();
      expect(cells.values).toEqual([[1, "b"], ["", "c"], [2, ""], [3, ""]]);
    });
  });

  test("inserting and deleting an entire column moves only what the sheet holds", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C2").values = [[1, 2, 3], [4, 5, 6]];
      // A whole column is 1,048,576 rows; moving them all would exhaust memory.
      sheet.getRange("B:B").insert("Right");
      const inserted = sheet.getRange("A1:D2").load("values");
      await context.sync();
      expect(inserted.values).toEqual([[1, "", 2, 3], [4, "", 5, 6]]);
      sheet.getRange("B:B").delete("Left");
      const deleted = sheet.getRange("A1:C2").load("values");
      await context.sync();
      expect(deleted.values).toEqual([[1, 2, 3], [4, 5, 6]]);
    });
  });

  test("getSelectedRange fails with InvalidSelection while a chart is selected, as Excel does (office-js #2268)", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [["Grade", "Reps"], ["A", 3]];
      sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange("A1:B2"), "Auto").activate();
      await context.sync();
    });
    const failure = await rejection(Excel.run(async (context) => {
      context.workbook.getSelectedRange().load("address");
      await context.sync();
    }));
    expect([failure.code, failure.message, failure.debugInfo.errorLocation]).toEqual([
      "InvalidSelection",
      'The current selection is invalid for this operation. (the chart "Chart 1" is selected, not cells)',
      "Workbook.getSelectedRange",
    ]);
    // Selecting cells again (a click in the grid) ends it.
    workbook.select(workbook.sheets[0], rect(1, 1));
    await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("Sheet1!B2");
    });
  });

  test("getSelectedRange and getActiveCell follow the page's selection", async () => {
    const { Excel, workbook } = setup({ sheetNames: ["Data", "Review"] });
    workbook.select(workbook.sheet("Review")!, rect(1, 1, 2, 3));
    await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.getActiveCell().load("address");
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect([selected.address, active.address, sheet.name]).toEqual(["Review!B2:D3", "Review!B2", "Review"]);
    });
  });
});

describe("freeze panes, charts and conditional formats", () => {
  test("freezeRows, freezeAt and unfreeze set the sheet's frozen panes", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
      panes.freezeRows(1);
      const rows = panes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(workbook.sheets[0].freeze).toEqual({ rows: 1, columns: 0 });
      expect(rows.address).toBe("Sheet1!1:1");
      panes.freezeAt("B2");
      const corner = panes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(workbook.sheets[0].freeze).toEqual({ rows: 2, columns: 2 });
      expect(corner.address).toBe("Sheet1!A1:B2");
      panes.unfreeze();
      const none = panes.getLocationOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
  });

  test("a chart is recorded with its type, source, position and what was set on it", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [["Grade", "Reps"], ["A", 3], ["B", 5]];
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange("A1:B3"), "Columns");
      chart.title.text = "Grade distribution";
      chart.legend.position = "Bottom";
      chart.series.getItemAt(0).format.fill.setSolidColor("#4472C4");
      chart.setPosition("D2", "K16");
      chart.load("name, chartType");
      await context.sync();
      expect([chart.name, chart.chartType]).toEqual(["Chart 1", "ColumnClustered"]);
    });
    const [chart] = workbook.sheets[0].charts;
    expect(chart.source?.area).toEqual(rect(0, 0, 3, 2));
    expect(chart.seriesBy).toBe("Columns");
    expect(chart.position).toEqual({ startCell: "Sheet1!D2", endCell: "Sheet1!K16" });
    expect(chart.spec).toEqual({
      title: { text: "Grade distribution" },
      legend: { position: "Bottom" },
      // A method call is kept under its own name, and what it returned under "name(args)".
      series: { getItemAt: { calls: [[0]] }, "getItemAt(0)": { format: { fill: { setSolidColor: { calls: [["#4472C4"]] } } } } },
    });
  });

  test("a conditional format is recorded on its range; the wrong type's object fails at sync", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C2:C10");
      const format = range.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      format.cellValue.format.fill.color = "#FFC7CE";
      format.cellValue.rule = { formula1: "60", operator: "LessThan" };
      const count = range.getCell(0, 0).conditionalFormats.getCount();
      format.load("type, priority");
      await context.sync();
      expect([format.type, format.priority, count.value]).toEqual(["CellValue", 0, 1]);
      format.custom.rule.formula = "=C2<60";
      expect((await rejection(context.sync())).code).toBe("InvalidOperation");
    });
    const [recorded] = workbook.sheets[0].conditionalFormats;
    expect(recorded.area).toEqual(rect(1, 2, 9, 1));
    expect(recorded.spec).toEqual({ cellValue: { format: { fill: { color: "#FFC7CE" } }, rule: { formula1: "60", operator: "LessThan" } } });
    const unknown = await rejection(Excel.run(async (context) => void context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("Sparkles")));
    expect(unknown.code).toBe("InvalidArgument");
  });
});

describe("page setup", () => {
  test("paper size takes Excel.PaperType's values only", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").pageLayout.paperSize = Excel.PaperType.a4 as Excel.PaperType;
      await context.sync();
    });
    expect(workbook.sheets[0].pageLayout.paperSize).toBe("A4");
    const error = await rejection(
      Excel.run(async (context) => {
        (context.workbook.worksheets.getItem("Sheet1").pageLayout as { paperSize: string }).paperSize = "A4 portrait";
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(workbook.sheets[0].pageLayout.paperSize).toBe("A4");
  });

  test("a print scale is 10 to 400 %", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = { scale: 95 };
      await context.sync();
    });
    expect(workbook.sheets[0].pageLayout.zoom).toEqual({ scale: 95 });
    for (const scale of [9, 401]) {
      const error = await rejection(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = { scale };
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });

  test("horizontal page breaks go above a range's top row, once per row, never above row 1, at most 1,026 on a sheet", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const breaks = context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks;
      breaks.add("A40");
      breaks.add(context.workbook.worksheets.getItem("Sheet1").getRange("C20:D25"));
      breaks.add("B40");
      const count = breaks.getCount();
      await context.sync();
      expect(count.value).toBe(2);
    });
    expect(workbook.sheets[0].pageLayout.rowBreaks).toEqual([19, 39]);
    const above = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.add("A1");
        await context.sync();
      }),
    );
    expect(above.code).toBe("InvalidArgument");
    const tooMany = await rejection(
      Excel.run(async (context) => {
        const breaks = context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks;
        for (let row = 100; row < 100 + 1026; row++) breaks.add(`A${row}`);
        await context.sync();
      }),
    );
    expect(tooMany.code).toBe("InvalidArgument");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.removePageBreaks();
      await context.sync();
    });
    expect(workbook.sheets[0].pageLayout.rowBreaks).toEqual([]);
  });
});

describe("settings", () => {
  test("a setting round-trips as a JSON copy; a missing one is a null object; delete removes it", async () => {
    const { Excel } = setup();
    const policy = { version: 2, weights: { workload: 40, sales: 40 }, saved: new Date(Date.UTC(2026, 6, 1)) };
    await Excel.run(async (context) => {
      context.workbook.settings.add("policy", policy);
      const read = context.workbook.settings.getItem("policy").load("value");
      const missing = context.workbook.settings.getItemOrNullObject("history");
      const count = context.workbook.settings.getCount();
      await context.sync();
      expect(read.value).toEqual({ version: 2, weights: { workload: 40, sales: 40 }, saved: "2026-07-01T00:00:00.000Z" });
      expect(missing.isNullObject).toBe(true);
      expect(count.value).toBe(1);
      context.workbook.settings.getItem("policy").delete();
      const gone = context.workbook.settings.getItemOrNullObject("policy");
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
  });

  test("a setting's value can be replaced, and settings load as items", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      context.workbook.settings.add("a", 1);
      context.workbook.settings.add("b", "two");
      context.workbook.settings.getItem("a").value = [1, 2];
      const all = context.workbook.settings.load("items");
      await context.sync();
      expect(all.items.map((s) => [s.key, s.value])).toEqual([["a", [1, 2]], ["b", "two"]]);
    });
  });

  test("onSettingsChanged fires for settings someone else saved, never for this session's own", async () => {
    // Microsoft: the event fires only in Excel on the web while co-authoring
    // (https://learn.microsoft.com/javascript/api/office/office.settingschangedeventargs).
    const { Excel, workbook } = setup();
    const seen: unknown[] = [];
    await Excel.run(async (context) => {
      context.workbook.settings.onSettingsChanged.add(async (event) => {
        const setting = event.settings.getItem("policy").load("value");
        await event.settings.context.sync();
        seen.push(setting.value);
      });
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      context.workbook.settings.add("policy", { version: 2 });
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([]);

    // A co-author saves.
    workbook.receiveSettings({ policy: { version: 3 } });
    workbook.endBatch();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([{ version: 3 }]);
  });

  test("a setting needs a key and a JSON value", async () => {
    const { Excel } = setup();
    const noKey = await rejection(Excel.run(async (context) => void context.workbook.settings.add("", 1)));
    const noValue = await rejection(Excel.run(async (context) => void context.workbook.settings.add("k", undefined)));
    expect([noKey.code, noValue.code]).toEqual(["InvalidArgument", "InvalidArgument"]);
  });
});

describe("defined names", () => {
  test("a name for a range is usable in formulas and leads back to its range", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").values = [[0.25]];
      const name = context.workbook.names.add("Rate", sheet.getRange("B1"));
      sheet.getRange("A1").values = [["=Rate*8"]];
      const a1 = sheet.getRange("A1").load("values");
      const target = context.workbook.names.getItem("rate").getRange().load("address");
      name.load("formula, type");
      await context.sync();
      // 0.25 * 8 = 2
      expect(a1.values).toEqual([[2]]);
      expect([name.formula, name.type, target.address]).toEqual(["=Sheet1!$B$1", "Range", "Sheet1!B1"]);
    });
    const taken = await rejection(Excel.run(async (context) => void context.workbook.names.add("RATE", "=1")));
    expect(taken.code).toBe("ItemAlreadyExists");
  });
});

describe("proxies after deletion", () => {
  test("a bound sheet proxy used after its sheet was deleted is ItemNotFound", async () => {
    const { Excel } = setup({ sheetNames: ["Data", "Old"] });
    await Excel.run(async (context) => {
      const old = context.workbook.worksheets.getItem("Old");
      old.load("name");
      await context.sync();
      old.delete();
      await context.sync();
      old.getRange("A1").values = [[1]];
      expect((await rejection(context.sync())).code).toBe("ItemNotFound");
      expect(thrown(() => old.position).code).toBe("PropertyNotLoaded");
    });
  });
});
