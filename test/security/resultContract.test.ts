/**
 * The fuzz's judge (scripts/fuzz/resultContract.ts) on stand-in functions that break the contract
 * one way each: a fuzz run that passes means something only if these are caught.
 */
import "../support/customFunctionsGlobal";
import { defaultPolicy } from "../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../src/engine/policyStore";
import { checkCall } from "../../scripts/fuzz/resultContract";
import { TeleCall, type TeleFunction } from "../../scripts/fuzz/teleCalls";

/** A one-parameter stand-in for a TELE function. */
function scalar(id: string, result: () => unknown): TeleFunction {
  return { id, call: result, parameters: [{ name: "x", range: false, optional: false }], spills: false };
}

/** A stand-in spilling function whose first parameter is a range and the second a value, like ALLOCATE. */
function spilling(result: (range: unknown) => unknown): TeleFunction {
  const parameters = [
    { name: "amounts", range: true, optional: false },
    { name: "total", range: false, optional: true },
  ];
  return { id: "SPILL", call: result, parameters, spills: true };
}

/** A stand-in computed element by element, every parameter a range, like GRADE or TOTAL_SCORE. */
function elementWise(id: string, result: (...ranges: unknown[]) => unknown): TeleFunction {
  const parameters = ["a", "b"].map((name) => ({ name, range: true, optional: false }));
  return { id, call: result, parameters, spills: true };
}

const judge = async (fn: TeleFunction, ...args: unknown[]) => (await checkCall(new TeleCall(fn, args))).problem;
const excelError = (code: string, message?: string) => () => {
  throw new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message);
};

beforeAll(() => {
  resetPolicyStoreForTests();
  setPolicy(defaultPolicy());
});

describe("a cell result", () => {
  it("accepts a finite number, a blank and, from GRADE, one of the policy's grades", async () => {
    expect(await judge(scalar("X", () => 87.5))).toBeNull();
    expect(await judge(scalar("X", () => 0))).toBeNull();
    expect(await judge(scalar("X", () => ""))).toBeNull();
    expect(await judge(scalar("GRADE", () => "B"))).toBeNull();
    expect(await judge(scalar("GRADE", () => "E"))).toBeNull(); // the default policy's lowest grade
    expect(await judge(scalar("X", () => Promise.resolve(3)))).toBeNull();
  });

  it("refuses NaN, ±Infinity, -0, text that is no grade, null and lists", async () => {
    expect(await judge(scalar("X", () => NaN))).toBe("returned NaN");
    expect(await judge(scalar("X", () => Infinity))).toBe("returned Infinity");
    expect(await judge(scalar("X", () => -Infinity))).toBe("returned -Infinity");
    expect(await judge(scalar("X", () => -0))).toBe("returned -0");
    expect(await judge(scalar("X", () => "B"))).toMatch(/^returned "B", which is no number, blank$/);
    expect(await judge(scalar("GRADE", () => "Z"))).toMatch(/^returned "Z", which is no number, blank or one of A, B, C, D, E$/);
    expect(await judge(scalar("X", () => null))).toMatch(/^returned null/);
    expect(await judge(scalar("X", () => [[1]]))).toMatch(/^returned a list/);
  });
});

describe("an error", () => {
  it("accepts #VALUE!, #NUM! and #N/A with a message", async () => {
    for (const code of ["#VALUE!", "#NUM!", "#N/A"]) expect(await judge(scalar("X", excelError(code, "Enter a number.")))).toBeNull();
  });

  it("refuses another Excel error, an error without a message, and any other exception", async () => {
    expect(await judge(scalar("X", excelError("#DIV/0!", "x")))).toMatch(/#DIV\/0!; docs\/method\.md, "Input values" allows/);
    expect(await judge(scalar("X", excelError("#VALUE!")))).toBe("returned #VALUE! without a message");
    expect(await judge(scalar("X", excelError("#NUM!", "  ")))).toBe("returned #NUM! without a message");
    const typeError = scalar("X", () => (undefined as unknown as { a: number }).a);
    expect(await judge(typeError)).toMatch(/^threw TypeError: .* instead of a CustomFunctions.Error$/);
    expect(await judge(scalar("X", () => Promise.reject(new RangeError("deep"))))).toBe("threw RangeError: deep instead of a CustomFunctions.Error");
  });
});

describe("time", () => {
  it("fails a call slower than the limit, and a Promise that never settles", async () => {
    const busy = scalar("X", () => {
      const end = performance.now() + 30;
      while (performance.now() < end);
      return 1;
    });
    expect((await checkCall(new TeleCall(busy, [1]), 10)).problem).toMatch(/^took \d+ ms \(limit 10 ms\)$/);
    const never = scalar("X", () => new Promise(() => undefined));
    expect((await checkCall(new TeleCall(never, [1]), 10)).problem).toMatch(/^took \d+ ms \(limit 10 ms\)$/);
  });
});

describe("a spill", () => {
  it("accepts the shape of the range argument, ragged rows included, with numbers and blanks", async () => {
    const echo = spilling((range) => (range as unknown[][]).map((row) => row.map(() => 1)));
    expect(await judge(echo, [[1, 2], [3]])).toBeNull();
    // A bare value is a 1 × 1 range, an omitted range none.
    expect(await judge(spilling(() => [[""]]), 5)).toBeNull();
    expect(await judge(spilling(() => []), null)).toBeNull();
  });

  it("refuses a wrong number of rows or cells, and NaN or -0 inside", async () => {
    expect(await judge(spilling(() => [[1]]), [[1], [2]])).toBe("spilled 1 rows for a range of 2");
    expect(await judge(spilling(() => [[1, 2]]), [[1]])).toBe("spilled row 1 as 2 cells for 1 cells");
    expect(await judge(spilling(() => [[1], [NaN]]), [[1], [2]])).toBe("spilled cell (row 2, column 1) NaN");
    expect(await judge(spilling(() => [[-0]]), [[1]])).toBe("spilled cell (row 1, column 1) -0");
    expect(await judge(spilling(() => 3), [[1]])).toBe("returned number instead of a spilled range");
  });
});

describe("a spill computed element by element", () => {
  it("takes the shape of the first argument larger than one cell, one cell when none is, and an element's own error", async () => {
    const grades = elementWise("GRADE", () => [["A"], [""], [new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "not a number")]]);
    expect(await judge(grades, [[1]], [[1], [2], [3]])).toBeNull();
    expect(await judge(elementWise("X", () => [[5]]), [[1]], null)).toBeNull();
    expect(await judge(grades, [[1], [2]], [[1]])).toMatch(/spilled 3 rows for a range of 2/);
    expect(await judge(elementWise("X", () => [[new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue)]]), 1, 2)).toMatch(/without a message/);
    expect(await judge(elementWise("X", () => [["B"]]), 1, 2)).toMatch(/"B", which is no number, blank/);
  });
});
