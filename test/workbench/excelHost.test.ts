/**
 * The emulated Excel host's proxy semantics (load/sync, null objects, errors at sync and the
 * batch abort), Excel's input rules for values and formulas, sheet names, round trips and the
 * 5 MB payload limits, and custom functions registered as a HyperFormula plugin.
 */
import { FunctionArgumentType, FunctionPlugin } from "hyperformula";
import { rect } from "../../src/engine/sheet/address";
import { buildFormulaPlugin } from "../../src/workbench/teleFormulaPlugin";
import { rejection, setup, thrown } from "./hostHarness";
import { Workbook } from "../../src/workbench/excel/workbook";
import type { HostError } from "../../src/workbench/excel/errors";

describe("load and sync", () => {
  test("a property reads only after load and sync; navigation properties need neither", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[2, "=A1*3"]];
      range.load("address, values");
      expect(thrown(() => range.address).code).toBe("PropertyNotLoaded");
      expect(range.format.font).toBeDefined();
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:B1");
      // B1 = A1 * 3 = 2 * 3 = 6
      expect(range.values).toEqual([[2, 6]]);
      expect(thrown(() => range.formulas).code).toBe("PropertyNotLoaded");
    });
  });

  test("a load reads the workbook at its place in the queue", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      const early = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [[5]];
      const late = sheet.getRange("A1").load("values");
      await context.sync();
      expect(early.values).toEqual([[1]]);
      expect(late.values).toEqual([[5]]);
    });
  });

  test("a property set on a proxy reads back before any sync, as office.js keeps it", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.name = "Data";
      expect(sheet.name).toBe("Data");
    });
  });

  test("getItemOrNullObject: isNullObject is known after sync, and a null object ignores what is queued on it", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(thrown(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      missing.delete();
      missing.getRange("A1").values = [["ignored"]];
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
      expect(present.isNullObject).toBe(false);
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("collections load their items, with the requested properties", async () => {
    const { Excel } = setup({ sheetNames: ["Data", "Review"] });
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const count = context.workbook.worksheets.getCount();
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Data", "Review"]);
      expect(thrown(() => sheets.items[0].position).code).toBe("PropertyNotLoaded");
      expect(count.value).toBe(2);
    });
  });

  test("Excel.run syncs what the batch left queued, and a sync with nothing queued is no round trip", async () => {
    const { Excel, host, workbook } = setup();
    await Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["left for run"]];
    });
    expect(host.syncCount).toBe(1);
    expect(workbook.values(workbook.sheets[0], rect(0, 0))).toEqual([["left for run"]]);
  });

  test("Excel.run(object, batch) carries on in the object's context", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      await Excel.run(sheet, async (same) => {
        expect(same).toBe(context);
        sheet.getRange("A1").values = [["inner"]];
      });
      const a1 = sheet.getRange("A1").load("values");
      await context.sync();
      expect(a1.values).toEqual([["inner"]]);
    });
  });

  test("new Excel.RequestContext() reads the same workbook, as custom functions do in a shared runtime", async () => {
    const { Excel, workbook } = setup();
    workbook.enter(workbook.sheets[0], 0, 0, "42");
    const context = new Excel.RequestContext();
    const cell = context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("values");
    await context.sync();
    expect(cell.values).toEqual([[42]]);
  });

  test("add-in code written against office.js's own types runs against the installed host", async () => {
    const { host, workbook } = setup();
    const uninstall = host.install();
    try {
      // Here `Excel` is the global that @types/office-js declares, as in the add-in's source.
      await Excel.run(async (context: Excel.RequestContext) => {
        const sheet = context.workbook.worksheets.add("Review");
        sheet.getRange("A1:B1").values = [[2, "=A1*21"]];
        sheet.freezePanes.freezeRows(1);
        context.workbook.application.calculate(Excel.CalculationType.full);
        await context.sync();
      });
    } finally {
      uninstall();
    }
    // B1 = A1 * 21 = 2 * 21 = 42
    expect(workbook.values(workbook.sheet("Review")!, rect(0, 0, 1, 2))).toEqual([[2, 42]]);
  });

  test("install puts Excel and OfficeExtension where office.js would, and the undo removes them", () => {
    const { host } = setup();
    const target: Record<string, unknown> = {};
    const undo = host.install(target);
    expect(target.Excel).toBe(host.Excel);
    expect(target.OfficeExtension).toBe(host.OfficeExtension);
    undo();
    expect(target.Excel).toBeUndefined();
  });
});

describe("errors at sync", () => {
  test("a missing sheet fails the sync with ItemNotFound; what was queued before it ran, nothing after it did", async () => {
    const { Excel, host, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["before"]];
      const probe = sheet.getRange("A1").load("values");
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
      sheet.getRange("A2").values = [["after"]];
      const error = await rejection(context.sync());
      expect(error.code).toBe("ItemNotFound");
      expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
      expect(error).toBeInstanceOf(host.OfficeExtension.Error);
      // The failed sync returned nothing, so the earlier load did not reach the proxy either.
      expect(thrown(() => probe.values).code).toBe("PropertyNotLoaded");
    });
    expect(workbook.values(workbook.sheets[0], rect(0, 0, 2, 1))).toEqual([["before"], [""]]);
  });

  test("missing tables and settings are ItemNotFound too", async () => {
    const { Excel } = setup();
    const table = await rejection(Excel.run(async (context) => void context.workbook.tables.getItem("Scores")));
    const setting = await rejection(Excel.run(async (context) => void context.workbook.settings.getItem("policy")));
    expect([table.code, setting.code]).toEqual(["ItemNotFound", "ItemNotFound"]);
  });

  test("a 2-D array of another shape than the range is InvalidArgument and writes nothing", async () => {
    const { Excel, workbook } = setup();
    const wrongRows = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
      }),
    );
    const ragged = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2], [3]];
      }),
    );
    expect([wrongRows.code, ragged.code]).toEqual(["InvalidArgument", "InvalidArgument"]);
    expect(wrongRows.message).toContain("1×2 but the range is 2×2");
    expect(workbook.usedArea(workbook.sheets[0])).toBeNull();
  });

  test("a single value fills the range, null in an array leaves a cell, and an empty string empties it", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.values = 7 as unknown as unknown[][];
      range.values = [[null, ""], [null, 9]];
      const read = range.getOffsetRange(0, 0).load("values");
      await context.sync();
      expect(read.values).toEqual([[7, ""], [7, 9]]);
    });
  });

  test("Excel.run rejects a batch that does not return a promise", async () => {
    const { Excel } = setup();
    const run = Excel.run as unknown as (batch: () => unknown) => Promise<unknown>;
    expect((await rejection(run(() => undefined))).code).toBe("RunMustReturnPromise");
  });
});

describe("values and formulas, by Excel's input rules", () => {
  test("a string starting with = written to values is a formula, and it recalculates when its input changes", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").values = [["=1+1"], [3], ["=A2*2"]];
      const range = sheet.getRange("A1:A3").load("values, formulas");
      await context.sync();
      // A1 = 1 + 1 = 2; A3 = A2 * 2 = 3 * 2 = 6
      expect(range.values).toEqual([[2], [3], [6]]);
      expect(range.formulas).toEqual([["=1+1"], [3], ["=A2*2"]]);
      sheet.getRange("A2").values = [[10]];
      range.load("values");
      await context.sync();
      // A3 = 10 * 2 = 20
      expect(range.values).toEqual([[2], [10], [20]]);
    });
  });

  test("+ and - start a formula unless the text is a number; an apostrophe or a Text format keeps text", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").numberFormat = [["@"]];
      sheet.getRange("A1:A4").values = [[4], ["+A1*2"], ["-5"], ["'=1+1"]];
      sheet.getRange("B1").values = [["=A1"]];
      const a = sheet.getRange("A1:A4").load("values, formulas, valueTypes");
      const b = sheet.getRange("B1").load("values, valueTypes");
      await context.sync();
      // A2 = +A1 * 2 = 4 * 2 = 8
      expect(a.values).toEqual([[4], [8], [-5], ["=1+1"]]);
      expect(a.formulas).toEqual([[4], ["=+A1*2"], [-5], ["=1+1"]]);
      expect(a.valueTypes).toEqual([["Double"], ["Double"], ["Double"], ["String"]]);
      expect(b.values).toEqual([["=A1"]]);
      expect(b.valueTypes).toEqual([["String"]]);
    });
  });

  test("error cells read as Excel's error strings; an unparseable formula is InvalidArgument", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["=1/0", "=NOSUCHFUNCTION(1)"]];
      const range = sheet.getRange("A1:B1").load("values, valueTypes");
      await context.sync();
      expect(range.values).toEqual([["#DIV/0!", "#NAME?"]]);
      expect(range.valueTypes).toEqual([["Error", "Error"]]);
    });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("C1").values = [["=SUM("]];
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(workbook.values(workbook.sheets[0], rect(0, 2))).toEqual([[""]]);
  });

  test("formula shapes: a formula differing from an earlier one only in its numbers is accepted or refused as HyperFormula parses it", async () => {
    // The workbench remembers which formulas parse by their shape (numbers masked); each pair is written
    // in turn on one workbook, and each formula must be accepted exactly when a fresh parser accepts it.
    const pairs = [
      ["=A1+B2", "=A7+B9"], ["=1E5", "=1E6"], ["=R1C1", "=R2C3"], ["=A1 2", "=A3 4"], ["=A1048576", "=A1048577"],
      ["=A1", "=A01"], ["=A1", "=A0"], ["=1.5", "=1.05"], ["=SUM(A1:B2)", "=SUM(A1:B2"], ["=IF(A1>2,1,\"x3\")", "=IF(A1>2,1,\"x3\""],
      ["=1E1048576", "=1E10485760"], ["='Sheet 1'!A1", "='Sheet 2'!A1"], ["=LOG10(5)", "=LOG1(5)"], ["=A1\u0001", "=A2\u0001"],
    ];
    const fresh = new Workbook().engine;
    const { Excel } = setup();
    const accepted = async (formula: string): Promise<boolean> => {
      try {
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [[formula]];
        });
        return true;
      } catch (error) {
        if ((error as HostError).code === "InvalidArgument") return false;
        throw error;
      }
    };
    const outcomes: boolean[] = [];
    for (const pair of pairs) {
      for (const formula of pair) {
        const expected = fresh.validateFormula(formula);
        expect({ formula, accepted: await accepted(formula) }).toEqual({ formula, accepted: expected });
        outcomes.push(expected);
      }
    }
    // Both answers occur, so the comparison can tell a remembered answer from a wrong one.
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  });

  test("typed-in percentages and dates become numbers with Excel's format", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [["85%", "2026-07-01", "1,200"]];
      range.load("values, numberFormat, text");
      await context.sync();
      // 2026-07-01: serial 46023 for 2026-01-01, + 181 days (31+28+31+30+31+30) = 46204
      expect(range.values).toEqual([[0.85, 46204, "1,200"]]);
      expect(range.numberFormat).toEqual([["0%", "m/d/yyyy", "General"]]);
      expect(range.text).toEqual([["85%", "7/1/2026", "1,200"]]);
    });
  });

  test("an array formula spills; its spilled cells read their values, also through formulas", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["=SEQUENCE(3)"]];
      const spill = sheet.getRange("A1:A3").load("values, formulas");
      await context.sync();
      expect(spill.values).toEqual([[1], [2], [3]]);
      expect(spill.formulas).toEqual([["=SEQUENCE(3)"], [2], [3]]);
    });
  });

  test("reading more than five million cells at once is RangeExceedsLimit", async () => {
    const { Excel } = setup();
    const error = await rejection(Excel.run(async (context) => void context.workbook.worksheets.getItem("Sheet1").getRange().load("values")));
    expect(error.code).toBe("RangeExceedsLimit");
  });

  test("text longer than a cell holds is InvalidArgument", async () => {
    const { Excel } = setup();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(32_768)]];
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("sheet names", () => {
  const attempt = async (name: string): Promise<string> => {
    const { Excel } = setup();
    try {
      await Excel.run(async (context) => void context.workbook.worksheets.add(name));
      return "ok";
    } catch (error) {
      return (error as { code: string }).code;
    }
  };

  test("31 characters at most, none of [ ] : * ? / \\, not blank, no apostrophe at either end, not History", async () => {
    expect(await attempt("x".repeat(31))).toBe("ok");
    expect(await attempt("x".repeat(32))).toBe("InvalidArgument");
    for (const name of ["a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b", "", "   ", "'quoted", "History"]) {
      expect([name, await attempt(name)]).toEqual([name, "InvalidArgument"]);
    }
    expect(await attempt("Review 2026-07")).toBe("ok");
  });

  test("a name is unique ignoring case, for add and for rename", async () => {
    expect(await attempt("SHEET1")).toBe("ItemAlreadyExists");
    const { Excel } = setup({ sheetNames: ["Data", "Review"] });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Review").name = "data";
      }),
    );
    expect(error.code).toBe("ItemAlreadyExists");
  });

  test("add without a name takes the next free SheetN; addresses quote names that need it", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const added = context.workbook.worksheets.add().load("name, position");
      const review = context.workbook.worksheets.add("Review 2026-07");
      const cell = review.getRange("B3").load("address");
      await context.sync();
      expect([added.name, added.position]).toEqual(["Sheet2", 1]);
      expect(cell.address).toBe("'Review 2026-07'!B3");
    });
  });

  test("the last visible sheet can be neither hidden nor deleted", async () => {
    const { Excel } = setup();
    const hide = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
      }),
    );
    const remove = await rejection(Excel.run(async (context) => context.workbook.worksheets.getItem("Sheet1").delete()));
    expect([hide.code, remove.code]).toEqual(["InvalidOperation", "InvalidOperation"]);
  });

  test("a formula follows a renamed sheet", async () => {
    const { Excel } = setup({ sheetNames: ["Data", "Review"] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[21]];
      const cell = context.workbook.worksheets.getItem("Review").getRange("A1");
      cell.values = [["=Data!A1*2"]];
      context.workbook.worksheets.getItem("Data").name = "Team data";
      cell.load("formulas, values");
      await context.sync();
      // 21 * 2 = 42
      expect(cell.values).toEqual([[42]]);
      expect(cell.formulas).toEqual([["='Team data'!A1*2"]]);
    });
  });
});

describe("round trips and the 5 MB limit", () => {
  test("each sync that sends something is logged with its operations and sizes", async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["ab", 1]];
      await context.sync();
      range.load("values");
      await context.sync();
    });
    expect(host.syncCount).toBe(2);
    // Sync 1: getItem and the values; sync 2: the load.
    expect(host.syncLog.map((s) => s.ops)).toEqual([2, 1]);
    // The values' JSON [["ab",1]] is 10 bytes, plus 100 per operation.
    expect(host.syncLog[0].requestBytes).toBe(2 * 100 + 10);
    // The response of sync 2 is {"values":[["ab",1]]}: 21 bytes.
    expect(host.syncLog[1].responseBytes).toBe(21);
    host.resetCounters();
    expect(host.syncCount).toBe(0);
  });

  test("a request over 5 MB fails before anything runs", async () => {
    const { Excel, host, workbook } = setup();
    // Each "0123456789" is 12 bytes of JSON; a row of 500 is 500*12 + 499 commas + 2 brackets = 6,501;
    // 1,000 rows are 1,000*6,501 + 999 + 2 = 6,502,001 bytes, over 5 * 1024 * 1024 = 5,242,880.
    const rows = Array.from({ length: 1000 }, () => new Array<string>(500).fill("0123456789"));
    const error = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["first"]];
        sheet.getRangeByIndexes(1, 0, 1000, 500).values = rows;
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.syncLog[0].requestBytes).toBeGreaterThan(6_502_001);
    expect(workbook.usedArea(workbook.sheets[0])).toBeNull();
  });

  test("a response over 5 MB fails after the operations ran", async () => {
    const { Excel } = setup();
    // 90 cells of 30,000 characters: 2.7 MB per write, 5.4 MB (over 5,242,880 bytes) to read back.
    const column = Array.from({ length: 90 }, () => ["y".repeat(30_000)]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A90").values = column;
      await context.sync();
      sheet.getRange("B1:B90").values = column;
      await context.sync();
      sheet.getRange("C1").values = [["written"]];
      const all = sheet.getRange("A1:B90").load("values");
      expect((await rejection(context.sync())).code).toBe("ResponsePayloadSizeLimitExceeded");
      expect(thrown(() => all.values).code).toBe("PropertyNotLoaded");
      const c1 = sheet.getRange("C1").load("values");
      await context.sync();
      expect(c1.values).toEqual([["written"]]);
    });
  });
});

describe("custom functions from a HyperFormula plugin", () => {
  /** State a function reads outside its arguments, as TELE functions read the saved policy. */
  let bonus = 1;

  type Run = FunctionPlugin["runFunction"];
  type Call = { args: Parameters<Run>[0] };
  type State = Parameters<Run>[1];

  class TestPlugin extends FunctionPlugin {
    static implementedFunctions = {
      "TEST.TRIPLE": { method: "triple", parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
      "TEST.BONUS": { method: "bonus", parameters: [] },
    };

    triple(ast: Call, state: State): ReturnType<Run> {
      return this.runFunction(ast.args, state, this.metadata("TEST.TRIPLE"), (x: number) => 3 * x);
    }

    bonus(ast: Call, state: State): ReturnType<Run> {
      return this.runFunction(ast.args, state, this.metadata("TEST.BONUS"), () => bonus);
    }
  }

  test("=TEST.TRIPLE(A1) typed in a cell computes through the plugin; calculate(Full) re-reads outside state", async () => {
    const { Excel, workbook } = setup({ functionPlugins: [TestPlugin] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").values = [[5, "=TEST.TRIPLE(A1)", "=test.bonus()"]];
      const range = sheet.getRange("A1:C1").load("values, formulas");
      await context.sync();
      // B1 = 3 * 5 = 15
      expect(range.values).toEqual([[5, 15, 1]]);
      expect(range.formulas).toEqual([[5, "=TEST.TRIPLE(A1)", "=TEST.BONUS()"]]);

      bonus = 2;
      context.workbook.application.calculate(Excel.CalculationType.recalculate);
      range.load("values");
      await context.sync();
      expect(range.values[0][2]).toBe(1);
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    });
    // The full calculation finishes after its sync (see "calculation" below).
    await workbook.whenCalculated();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").load("values");
      await context.sync();
      expect(range.values[0][2]).toBe(2);
    });
  });
});

describe("calculation", () => {
  test("calculate(Full) after a sheet was deleted still finds every sheet's cells", async () => {
    const { Excel } = setup({ sheetNames: ["A", "B"] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("B").getRange("A1").values = [["=1+2"]];
      context.workbook.worksheets.getItem("A").delete();
      context.workbook.application.calculate(Excel.CalculationType.full);
      const b1 = context.workbook.worksheets.getItem("B").getRange("A1").load("values");
      await context.sync();
      // 1 + 2 = 3
      expect(b1.values).toEqual([[3]]);
    });
  });
  test("calculate(Full) keeps a spilled array spilling", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").values = [[1, 2, 3]];
      sheet.getRange("A2").values = [["=TRANSPOSE(A1:C1)"]];
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    });
    await workbook.whenCalculated();
    await Excel.run(async (context) => {
      const spill = context.workbook.worksheets.getItem("Sheet1").getRange("A2:A4").load("values");
      await context.sync();
      // TRANSPOSE of the row 1, 2, 3 spills down A2:A4; a rebuild that froze A3:A4 would give #SPILL! in A2.
      expect(spill.values).toEqual([[1], [2], [3]]);
    });
  });

  test("calculate(Full) finishes after the sync returns: a custom function reading outside state shows its new value only then", async () => {
    // Excel runs custom functions asynchronously; a full calculation's results arrive after the
    // sync that asked for it (calculationState, ExcelApi 1.8, is "Calculating" meanwhile).
    let rate = 1;
    const plugin = buildFormulaPlugin({ functions: [{ id: "RATE", name: "RATE", parameters: [] }] }, { RATE: () => rate });
    const { Excel, workbook } = setup({ functionPlugins: [plugin] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["=TELE.RATE()"]];
      await context.sync();
    });
    rate = 2;
    const seen = await Excel.run(async (context) => {
      context.workbook.application.calculate(Excel.CalculationType.full);
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      const state = context.workbook.application.load("calculationState");
      await context.sync();
      return [cell.values[0][0], state.calculationState];
    });
    expect(seen).toEqual([1, "Calculating"]);
    await workbook.whenCalculated();
    const after = await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      const state = context.workbook.application.load("calculationState");
      await context.sync();
      return [cell.values[0][0], state.calculationState];
    });
    expect(after).toEqual([2, "Done"]);
  });
});

describe("the model the page's grid reads", () => {
  test("enter parses input as Excel does, cell() gives value, formula and text, and onChange fires once per changing batch", async () => {
    const { Excel, workbook } = setup();
    const sheet = workbook.sheets[0];
    let changes = 0;
    workbook.onChange(() => changes++);
    workbook.enter(sheet, 0, 0, "1200.5");
    expect(changes).toBe(1);
    await Excel.run(async (context) => {
      const b1 = context.workbook.worksheets.getItem("Sheet1").getRange("B1");
      b1.values = [["=A1*2"]];
      b1.numberFormat = [["#,##0.00"]];
      await context.sync();
      b1.load("values");
      await context.sync();
    });
    expect(changes).toBe(2);
    // B1 = 1200.5 * 2 = 2401, shown with a thousands separator and two decimals.
    expect(workbook.cell(sheet, 0, 1)).toEqual({ value: 2401, formula: "=A1*2", text: "2,401.00", numberFormat: "#,##0.00", isError: false });
    workbook.enter(sheet, 0, 2, "=1/0");
    expect(workbook.cell(sheet, 0, 2)).toEqual({ value: "#DIV/0!", formula: "=1/0", text: "#DIV/0!", numberFormat: "General", isError: true });
  });
});
