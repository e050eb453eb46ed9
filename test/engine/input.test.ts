import { readNumber, readNumbers, readText, type CellValue } from "../../src/engine/input";
import { errorOf } from "../support/scoreErrors";

describe("readNumber", () => {
  it("takes a number as it is", () => {
    expect(readNumber(3.5, "actual")).toBe(3.5);
    expect(readNumber(-2, "actual")).toBe(-2);
    expect(readNumber(0, "actual")).toBe(0);
    expect(Object.is(readNumber(-0, "actual"), 0)).toBe(true);
  });

  it("reads blank as missing", () => {
    for (const blank of [null, undefined, "", "   ", "\u3000"]) expect(readNumber(blank, "actual")).toBeNull();
  });

  it.each<[string, number]>([
    [" 1,200 ", 1200],
    ["1,234,567.89", 1234567.89],
    ["85%", 0.85],
    ["85 %", 0.85],
    ["12.3%", 0.123], // "12.3e-2", not 12.3 / 100 = 0.12300000000000001
    ["-3.5", -3.5],
    ["+4", 4],
    ["1e3", 1000],
    ["1E-2", 0.01],
    [".5", 0.5],
    ["5.", 5],
    ["-0", 0],
    ["１２００", 1200], // full-width digits
    ["１，２００", 1200], // full-width comma
    ["８５％", 0.85], // full-width percent
    ["－３．５", -3.5], // full-width minus and period
    ["\u3000１２\u3000", 12], // ideographic spaces
    ["\u00a01,200\u00a0", 1200], // no-break spaces from a web page
    ["\u22125", -5], // the typographic minus sign
  ])("reads the text %j as %p", (text, expected) => {
    expect(readNumber(text, "actual")).toBe(expected);
  });

  it.each(["1,2,3", "12,00", "1,2345", ",100", "abc", "1.2.3", "--5", "5-", "1 200", "$100", "TRUE", "85%%", "e3", "1e"])(
    "refuses the text %j with #VALUE! naming the parameter and quoting the value",
    (text) => {
      const e = errorOf(() => readNumber(text, "revenue"));
      expect(e.kind).toBe("value");
      expect(e.message).toContain(`"${text}" is not a number for revenue`);
    },
  );

  it("cuts a long text to 40 characters in the message", () => {
    const text = "This is a whole sentence pasted into a cell that was meant to hold a number";
    const e = errorOf(() => readNumber(text, "revenue"));
    expect(e.message).toContain(`"${text.slice(0, 39)}…" is not a number for revenue`);
    expect(e.message).not.toContain(text);
  });

  it("refuses booleans with #VALUE!", () => {
    const t = errorOf(() => readNumber(true, "target"));
    expect(t.kind).toBe("value");
    expect(t.message).toMatch(/^TRUE is not a number for target/);
    expect(errorOf(() => readNumber(false, "target")).message).toMatch(/^FALSE is not a number for target/);
  });

  it("refuses NaN and infinities with #NUM!", () => {
    for (const x of [NaN, Infinity, -Infinity, "1e999", "-1e999"]) {
      const e = errorOf(() => readNumber(x, "cost"));
      expect(e.kind).toBe("num");
      expect(e.message).toContain("cost");
    }
  });

  it("checks ranges with #NUM!", () => {
    expect(errorOf(() => readNumber(-1, "calls", { nonNegative: true })).message).toBe("calls must be 0 or more (got -1).");
    expect(readNumber(0, "calls", { nonNegative: true })).toBe(0);
    expect(errorOf(() => readNumber(0, "target", { positive: true })).message).toBe("target must be greater than 0 (got 0).");
    expect(errorOf(() => readNumber("-5%", "target", { positive: true })).kind).toBe("num");
    expect(errorOf(() => readNumber("2.5", "rating", { integer: true })).message).toBe("rating must be a whole number (got 2.5).");
    expect(readNumber("3", "rating", { integer: true, positive: true })).toBe(3);
    expect(readNumber(null, "rating", { positive: true })).toBeNull();
  });
});

describe("readText", () => {
  it("trims text and reads blank as missing", () => {
    expect(readText(" Junior ", "position")).toBe("Junior");
    expect(readText("", "position")).toBeNull();
    expect(readText("   ", "position")).toBeNull();
    expect(readText(null, "position")).toBeNull();
    expect(readText(undefined, "position")).toBeNull();
  });

  it("takes a number's digits and refuses booleans", () => {
    expect(readText(42, "position")).toBe("42");
    const e = errorOf(() => readText(true, "position"));
    expect(e.kind).toBe("value");
    expect(e.message).toMatch(/^TRUE is not valid text for position/);
  });
});

describe("readNumbers", () => {
  it("flattens row by row", () => {
    expect(
      readNumbers(
        [
          [1, "2"],
          [null, "3%"],
        ],
        "amounts",
      ),
    ).toEqual([1, 2, null, 0.03]);
  });

  it("names the bad cell by its row and column within the range", () => {
    expect(errorOf(() => readNumbers([[1], ["x"]], "amounts")).message).toContain('"x" is not a number for amounts (row 2)');
    expect(errorOf(() => readNumbers([[1, true]], "ratings")).message).toContain("TRUE is not a number for ratings (column 2)");
    expect(errorOf(() => readNumbers([[1, 2], [3, -4]], "calls", { nonNegative: true })).message).toBe(
      "calls (row 2, column 2) must be 0 or more (got -4).",
    );
    expect(errorOf(() => readNumbers([["x"]], "amounts")).message).toContain("for amounts.");
  });

  it("coerces a 100,000-cell range (its speed is measured by npm run bench, not here)", () => {
    const cells: CellValue[] = [1234.5, " 1,200 ", null, "85%", "", 7];
    const range = Array.from({ length: 100_000 }, (_, i) => [cells[i % cells.length]]);
    const values = readNumbers(range, "amounts", { nonNegative: true });
    expect(values.slice(0, 6)).toEqual([1234.5, 1200, null, 0.85, null, 7]);
    expect(values.slice(99_996)).toEqual([1234.5, 1200, null, 0.85]); // 99,996 = 6 x 16,666
  });
});
