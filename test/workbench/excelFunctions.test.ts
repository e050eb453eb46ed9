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
