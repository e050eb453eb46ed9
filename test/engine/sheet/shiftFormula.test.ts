/** Formulas moved as Excel's copy and paste moves them: relative references follow, anchored parts stay. */
import { shiftFormula } from "../../../src/engine/sheet/shiftFormula";

describe("shiftFormula", () => {
  it("moves relative references and keeps the anchored parts", () => {
    // One row up: AJ10 -> AJ9; $AJ$10 stays; AJ$10 keeps its row, $AJ10 its column.
    expect(shiftFormula("=AJ10*2+$AJ$10+AJ$10+$AJ10", -1, 0)).toBe("=AJ9*2+$AJ$10+AJ$10+$AJ9");
    // Two columns right, three rows down, ranges and other sheets too.
    expect(shiftFormula("=SUM(A1:B2)+Data!C3+'My data'!Z9", 3, 2)).toBe("=SUM(C4:D5)+Data!E6+'My data'!AB12");
  });

  it("leaves text in quotes, quoted sheet names, structured references, functions and names alone", () => {
    expect(shiftFormula('=IF(A1="B2","C3",LOG10(A1))', 1, 1)).toBe('=IF(B2="B2","C3",LOG10(B2))');
    expect(shiftFormula("='Q1 A1'!A1+Table1[[#This Row],[A1]]", 1, 0)).toBe("='Q1 A1'!A2+Table1[[#This Row],[A1]]");
    expect(shiftFormula('="say ""A1"""&A1', 1, 0)).toBe('="say ""A1"""&A2');
  });

  it("gives #REF! for a reference pushed off the sheet, and leaves text and unmoved formulas as they are", () => {
    expect(shiftFormula("=A1+B5", -2, 0)).toBe("=#REF!+B3");
    expect(shiftFormula("plain A1 text", 5, 5)).toBe("plain A1 text");
    expect(shiftFormula("=A1", 0, 0)).toBe("=A1");
  });
});
