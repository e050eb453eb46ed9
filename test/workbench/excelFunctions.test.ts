/** Excel functions the workbench adds to HyperFormula's: RANK.EQ, as Excel computes it. */
import { setup } from "./hostHarness";

test("RANK.EQ ranks descending by default, ties share a rank, text and blanks in the list are ignored, a missing number is #N/A", async () => {
  const { Excel } = setup();
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    // The list A1:A6 holds 90, 75, 90, "n/a", (blank), 60.
    sheet.getRange("A1:A6").values = [[90], [75], [90], ["n/a"], [""], [60]];
    sheet.getRange("B1:B6").formulas = [
      ["=RANK.EQ(A1,$A$1:$A$6)"], // 90: nothing larger -> 1
      ["=RANK.EQ(A2,$A$1:$A$6)"], // 75: two 90s larger -> 3
      ["=RANK.EQ(A3,$A$1:$A$6)"], // 90: shares rank 1 with A1
      ["=RANK.EQ(60,$A$1:$A$6,1)"], // ascending: nothing smaller than 60 -> 1
      ["=RANK.EQ(75,$A$1:$A$6,1)"], // ascending: 60 smaller -> 2
      ["=RANK.EQ(80,$A$1:$A$6)"], // 80 is not in the list -> #N/A
    ];
    const ranks = sheet.getRange("B1:B6").load("values");
    await context.sync();
    expect(ranks.values).toEqual([[1], [3], [1], [1], [2], ["#N/A"]]);
  });
});

test("RANK.EQ follows a change of the list: a number changed, added or emptied in a later sync re-ranks every formula over it", async () => {
  const { Excel } = setup();
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:A4").values = [[10], [20], [30], [""]];
    sheet.getRange("B1:B3").formulas = [["=RANK.EQ(A1,$A$1:$A$4)"], ["=RANK.EQ(A2,$A$1:$A$4)"], ["=RANK.EQ(A3,$A$1:$A$4,1)"]];
    const ranks = sheet.getRange("B1:B3").load("values");
    await context.sync();
    expect(ranks.values).toEqual([[3], [2], [3]]);

    sheet.getRange("A4").values = [[25]]; // a blank of the list becomes a number
    ranks.load("values");
    await context.sync();
    expect(ranks.values).toEqual([[4], [3], [4]]);

    sheet.getRange("A2").values = [[40]]; // the ranked number itself changes
    sheet.getRange("A4").values = [[""]];
    ranks.load("values");
    await context.sync();
    expect(ranks.values).toEqual([[3], [1], [2]]);

    sheet.getRange("A1").values = [[99]]; // a number no longer in the list is #N/A for a formula that ranks a constant
    sheet.getRange("C1").formulas = [["=RANK.EQ(10,$A$1:$A$4)"]];
    const constant = sheet.getRange("C1").load("values");
    ranks.load("values");
    await context.sync();
    expect(ranks.values).toEqual([[1], [2], [1]]);
    expect(constant.values).toEqual([["#N/A"]]);
  });
});

test("RANK.EQ over a two-column block with dates, percentages and negative numbers ranks every number of the block", async () => {
  const { Excel } = setup();
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    // 2026-01-01 is the serial 46023; 50% is 0.5.
    sheet.getRange("A1:B3").values = [["2026-01-01", "50%"], [-3, 0], [46023, "text"]];
    sheet.getRange("D1:D4").formulas = [["=RANK.EQ(A1,$A$1:$B$3)"], ["=RANK.EQ(B1,$A$1:$B$3)"], ["=RANK.EQ(A2,$A$1:$B$3)"], ["=RANK.EQ(0,$A$1:$B$3,1)"]];
    const ranks = sheet.getRange("D1:D4").load("values");
    await context.sync();
    expect(ranks.values).toEqual([[1], [3], [5], [2]]);
  });
});
