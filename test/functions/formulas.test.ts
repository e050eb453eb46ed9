/**
 * The TELE functions in a real formula engine: HyperFormula sheets typed the way a manager types
 * them (`=TELE.…` formulas over cells, blanks and ranges), the functions registered through
 * src/workbench/teleFormulaPlugin.ts from the functions.json the generator makes. Expected
 * values are worked out by hand from docs/method.md and its default policy.
 */
import "../support/customFunctionsGlobal";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { DetailedCellError, ErrorType, HyperFormula, type RawCellContent } from "hyperformula";
import { defaultPolicy } from "../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../src/engine/policyStore";
import * as functions from "../../src/functions/functions";
import {
  registerCustomFunctions,
  type CustomFunctionImplementation,
  type CustomFunctionsMetadata,
} from "../../src/workbench/teleFormulaPlugin";

let metadata: CustomFunctionsMetadata;
let implementations: Record<string, CustomFunctionImplementation>;
let unregister: () => void;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(join(__dirname, "../../src/functions/functions.ts"));
  metadata = JSON.parse(generated.metadataJson) as CustomFunctionsMetadata;
  const exported = functions as unknown as Record<string, CustomFunctionImplementation>;
  implementations = Object.fromEntries(generated.associate.map(({ id, functionName }) => [id, exported[functionName]]));
  unregister = registerCustomFunctions(metadata, implementations);
});

afterAll(() => unregister());

beforeEach(() => {
  resetPolicyStoreForTests();
  setPolicy(defaultPolicy());
});

/**
 * A workbook of named sheets; `value("Sheet!B2")` reads a cell as HyperFormula computed it. Built
 * on the first read, inside a test, so that the functions are registered and the policy is set.
 */
function workbook(sheets: Record<string, RawCellContent[][]>) {
  let hf: HyperFormula | undefined;
  return (address: string) => {
    hf ??= HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
    const where = hf.simpleCellAddressFromString(address, 0);
    if (!where) throw new Error(`bad address ${address}`);
    return hf.getCellValue(where);
  };
}

function cellError(value: unknown): DetailedCellError {
  expect(value).toBeInstanceOf(DetailedCellError);
  return value as DetailedCellError;
}

describe("a workload sheet", () => {
  const value = workbook({
    Workload: [
      ["Rep", "Calls", "Baseline", "Score"],
      ["Li Wei", 1500, 1800, "=TELE.BASELINE_SCORE(B2,C2)"],
      ["Wang Fang", null, 1800, "=TELE.BASELINE_SCORE(B3,C3)"],
      ["Zhang Min", "1,500", "=TELE.BASELINE(\"calls\",\"junior\")", "=TELE.BASELINE_SCORE(B4,C4)"],
      ["Chen Jie", 2400, 0, "=TELE.BASELINE_SCORE(B5,C5)"],
      ["Zhao Lei", true, 1800, "=TELE.BASELINE_SCORE(B6,C6)"],
      ["Sun Li", 0, 1800, "=TELE.BASELINE_SCORE(B7,C7)"],
    ],
  });

  it("scores a typed number against the baseline", () => {
    // 1500 / 1800 = 0.8333 -> 83.33 (HyperFormula rounds the values it exports: its precisionRounding)
    expect(value("Workload!D2")).toBeCloseTo(250 / 3, 8);
  });

  it("blank in, blank out: an empty calls cell gives an empty-looking result, not 0", () => {
    expect(value("Workload!D3")).toBe("");
    // and a real 0 calls is 0 points
    expect(value("Workload!D7")).toBe(0);
  });

  it("reads numeric text and takes the baseline from another TELE formula", () => {
    expect(value("Workload!C4")).toBe(1800);
    expect(value("Workload!D4")).toBeCloseTo(250 / 3, 8);
  });

  it("shows #NUM! for a zero baseline (no message, as in Excel) and #VALUE! for TRUE, with the message", () => {
    const zero = cellError(value("Workload!D5"));
    expect(zero.type).toBe(ErrorType.NUM);
    expect(zero.message).toBe("");
    const bool = cellError(value("Workload!D6"));
    expect(bool.type).toBe(ErrorType.VALUE);
    expect(bool.message).toMatch(/TRUE is not a number for actual/);
  });
});

describe("a quarter sheet with a blank month", () => {
  const value = workbook({
    Quarter: [
      ["Month", "Actual", "Target", "", "Quarter", "With quality"],
      ["Jan", 100, 100, null, "=TELE.QUARTER_SCORE(B2:B4,C2:C4)", "=TELE.QUARTER_SCORE(B2:B4,C2:C4,80)"],
      ["Feb", 120, 100, null, "=TELE.QUARTER_SCORE(B2:B3,C2:C4)", "=TELE.QUARTER_SCORE(B2:B4,C2:C4,80,0.5)"],
      ["Mar", null, 100],
    ],
  });

  it("recomputes from the sums of the months present", () => {
    // Jan + Feb: 220 / 200 = 1.1 -> 110; March's blank actual leaves March out
    expect(value("Quarter!E2")).toBeCloseTo(110, 10);
  });

  it("blends the quality score", () => {
    // 0.7 × 110 + 0.3 × 80 = 101; with weight 0.5: 0.5 × 110 + 0.5 × 80 = 95
    expect(value("Quarter!F2")).toBeCloseTo(101, 10);
    expect(value("Quarter!F3")).toBeCloseTo(95, 10);
  });

  it("is #VALUE! when the ranges differ in size", () => {
    const e = cellError(value("Quarter!E3"));
    expect(e.type).toBe(ErrorType.VALUE);
    expect(e.message).toMatch(/same number of cells \(got 2 and 3\)/);
  });
});

describe("an allocation that spills", () => {
  const value = workbook({
    Split: [
      ["Amount", "Share", "", "Amount", "Share"],
      [1, "=TELE.ALLOCATE(A2:A4,100)", null, 1, "=TELE.ALLOCATE(D2:D4,10)"],
      [1, null, null, null],
      [1, null, null, 3],
      ["Total", "=SUM(B2:B4)"],
    ],
  });

  it("spills the shares down the column, exact in cents", () => {
    // 100 / 3: 33.34 (the leftover cent, first row on a tie), 33.33, 33.33
    expect([value("Split!B2"), value("Split!B3"), value("Split!B4")]).toEqual([33.34, 33.33, 33.33]);
    expect(value("Split!B5")).toBeCloseTo(100, 10);
  });

  it("keeps a blank amount's share blank, not 0", () => {
    // 1 : 3 of 10 -> 2.50, blank, 7.50
    expect([value("Split!E2"), value("Split!E3"), value("Split!E4")]).toEqual([2.5, "", 7.5]);
  });
});

describe("the policy audited from a cell", () => {
  const value = workbook({
    Audit: [["=TELE.POLICY()"], [], [], [], [], [], [], [], [], [], ["=COUNTA(A1:A10)", "=SUM(B2:B10)/3", "=SUM(D2:D4)"]],
  });

  it("spills a header and one row per metric of the default policy (docs/method.md: The default policy)", () => {
    expect([value("Audit!A1"), value("Audit!C2"), value("Audit!D2"), value("Audit!E2"), value("Audit!G2")]).toEqual(["dimension", "calls", 40, "higher", 1.2]);
    expect([value("Audit!C7"), value("Audit!H7"), value("Audit!H2")]).toEqual(["satisfaction", 90, ""]);
    // 1 header + 9 metrics in column A; the dimension weights 3 x (30 + 50 + 20) / 3 = 100; workload's metric weights 40 + 30 + 30 = 100.
    expect([value("Audit!A11"), value("Audit!B11"), value("Audit!C11")]).toEqual([10, 100, 100]);
  });
});

describe("a review sheet: total and grade", () => {
  const value = workbook({
    Review: [
      ["Rep", "Workload", "Sales", "Initiatives", "Total", "Grade"],
      ["Li Wei", 90, 80, 70, "=TELE.TOTAL_SCORE(B2,C2,D2)", "=TELE.GRADE(E2)"],
      ["Wang Fang", 90, null, 70, "=TELE.TOTAL_SCORE(B3,C3,D3)", "=TELE.GRADE(E3)"],
      ["Zhang Min", null, null, null, "=TELE.TOTAL_SCORE(B4,C4,D4)", "=TELE.GRADE(E4)"],
      ["Chen Jie", null, null, null, null, "=TELE.GRADE(TELE.TOTAL_SCORE(95,90,85.005))"],
    ],
  });

  it("weights the dimensions and grades the total", () => {
    // 0.3 × 90 + 0.5 × 80 + 0.2 × 70 = 81 -> B
    expect(value("Review!E2")).toBeCloseTo(81, 10);
    expect(value("Review!F2")).toBe("B");
  });

  it("re-weights a blank dimension", () => {
    // (30 × 90 + 20 × 70) / 50 = 82 -> B
    expect(value("Review!E3")).toBeCloseTo(82, 10);
    expect(value("Review!F3")).toBe("B");
  });

  it("a rep with no scores gets a blank total and a blank grade", () => {
    expect(value("Review!E4")).toBe("");
    expect(value("Review!F4")).toBe("");
  });

  it("grades a TOTAL_SCORE nested in the formula", () => {
    // 0.3 × 95 + 0.5 × 90 + 0.2 × 85.005 = 28.5 + 45 + 17.001 = 90.501 -> A
    expect(value("Review!F5")).toBe("A");
  });
});

describe("dates, empty arguments and errors", () => {
  const value = workbook({
    Calendar: [
      ["Holidays", "Make-up", "Workdays", "Profit", "Baseline", "Weight"],
      [
        "=DATE(2024,10,1)",
        "=DATE(2024,9,29)",
        "=TELE.WORKDAYS(DATE(2024,10,1),DATE(2024,10,31),A2:A8,B2:B3)",
        "=TELE.NET_PROFIT(1000.1,600.05,,0.01)",
        "=TELE.BASELINE(\"calls\",\"Intern\")",
        "=TELE.WEIGHT(\"sales.revenue\")",
      ],
      ["=DATE(2024,10,2)", "=DATE(2024,10,12)", null, "=TELE.NET_PROFIT(0.1,-0.2)", "=TELE.BASELINE_SCORE(1/0,1800)", "=TELE.WEIGHT(\"bonus\")"],
      ["=DATE(2024,10,3)"],
      ["=DATE(2024,10,4)"],
      [null],
      ["=DATE(2024,10,7)"],
      ["=DATE(2024,10,5)"],
    ],
  });

  it("counts workdays over date cells, a blank holiday cell skipped", () => {
    // October 2024 has 23 weekdays; minus 1, 2, 3, 4, 7 Oct (5 is a Saturday); plus Saturday 12 Oct = 19
    expect(value("Calendar!C2")).toBe(19);
  });

  it("treats an empty argument as blank: NET_PROFIT(1000.1, 600.05, , 0.01)", () => {
    // 1000.10 − 600.05 − 0 − 0.01 = 400.04, and 0.1 + 0.2 is exactly 0.30
    expect(value("Calendar!D2")).toBe(400.04);
    expect(value("Calendar!D3")).toBe(0.3);
  });

  it("carries the right error type: #N/A for an unknown position, with its message", () => {
    const e = cellError(value("Calendar!E2"));
    expect(e.type).toBe(ErrorType.NA);
    expect(e.value).toBe("#N/A");
    expect(e.message).toMatch(/Unknown position "Intern"/);
  });

  it("passes an error in an argument through", () => {
    expect(cellError(value("Calendar!E3")).type).toBe(ErrorType.DIV_BY_ZERO);
  });

  it("gives weights as fractions and #N/A for an unknown key", () => {
    expect(value("Calendar!F2")).toBe(0.5);
    expect(cellError(value("Calendar!F3")).type).toBe(ErrorType.NA);
  });
});

describe("the bridge", () => {
  it("shows #ERROR! while a function waits for the policy (HyperFormula cannot wait for a Promise)", () => {
    resetPolicyStoreForTests();
    const value = workbook({ S: [["=TELE.GRADE(95)", "=TELE.NET_PROFIT(10,4)"]] });
    const e = cellError(value("S!A1"));
    expect(e.type).toBe(ErrorType.ERROR);
    expect(e.message).toMatch(/GRADE returned a Promise/);
    expect(value("S!B1")).toBe(6);
  });

  it("passes an empty cell as Excel's conversion to the declared type gives it", () => {
    // A probe declared with every parameter type reports what it received.
    const probe: CustomFunctionsMetadata = {
      functions: [
        {
          id: "PROBE",
          name: "PROBE",
          parameters: [
            { name: "a", type: "any" },
            { name: "n", type: "number" },
            { name: "s", type: "string" },
            { name: "b", type: "boolean" },
            { name: "r", type: "any", dimensionality: "matrix" },
            { name: "o", type: "any", optional: true },
          ],
        },
      ],
    };
    const seen: unknown[][] = [];
    const undo = registerCustomFunctions(probe, { PROBE: ((...args: unknown[]) => (seen.push(args), 1)) as CustomFunctionImplementation }, "T");
    try {
      workbook({ S: [["=T.PROBE(B1,B1,B1,B1,B1:C1)", null, 7]] })("S!A1");
    } finally {
      undo();
    }
    expect(seen).toEqual([[null, 0, "", false, [[null, 7]], null]]);
  });

  it("refuses metadata and implementations that disagree", () => {
    expect(() => registerCustomFunctions(metadata, { ...implementations, EXTRA: implementations.GRADE })).toThrow(/no metadata for \[EXTRA\]/);
  });
});

describe("a whole column in one formula", () => {
  // Rows 2-6: the same inputs scored by one spilled formula per column (E, F, G) and by one formula per cell (H, I, J).
  const rows: RawCellContent[][] = [
    [80, 90, 70, 83],
    [null, null, null, null],
    [100, null, 95, 97],
    ["n/a", 60, 60, 59.994],
    [89.995, 89.995, 89.995, 89.995],
  ];
  const value = workbook({
    Reps: [
      ["Workload", "Sales", "Initiatives", "Score", "Total", "Grade", "Workload pts", "Total", "Grade", "Workload pts", "Grade of E"],
      ...rows.map((r, i) => {
        const n = i + 2;
        const spilled =
          i === 0 ? ["=TELE.TOTAL_SCORE(A2:A6,B2:B6,C2:C6)", "=TELE.GRADE(D2:D6)", "=TELE.BASELINE_SCORE(A2:A6,100)"] : [null, null, null];
        const single = [`=TELE.TOTAL_SCORE(A${n},B${n},C${n})`, `=TELE.GRADE(D${n})`, `=TELE.BASELINE_SCORE(A${n},100)`];
        return [...r, ...spilled, ...single, i === 0 ? "=TELE.GRADE(E2:E6)" : null];
      }),
    ],
  });

  it("spills every row's result, equal to that row's own formula: numbers, blanks and errors alike", () => {
    for (let n = 2; n <= 6; n++) {
      for (const [spilled, single] of [
        ["E", "H"],
        ["F", "I"],
        ["G", "J"],
      ]) {
        const [a, b] = [value(`Reps!${spilled}${n}`), value(`Reps!${single}${n}`)];
        if (b instanceof DetailedCellError) {
          expect({ n, type: cellError(a).type, message: cellError(a).message }).toEqual({ n, type: b.type, message: b.message });
        } else {
          expect({ n, value: a }).toEqual({ n, value: b });
        }
      }
    }
    // By hand: 0.3 × 80 + 0.5 × 90 + 0.2 × 70 = 83 (B); all blank: blank; text in row 5: #VALUE! there only; 89.995 grades A.
    expect(value("Reps!E2")).toBeCloseTo(83, 8);
    expect(value("Reps!F2")).toBe("B");
    expect(value("Reps!E3")).toBe("");
    expect(value("Reps!F3")).toBe("");
    expect(cellError(value("Reps!E5")).type).toBe(ErrorType.VALUE);
    expect(value("Reps!F5")).toBe("E");
    expect(value("Reps!F6")).toBe("A");
  });

  it("an error value inside an argument range is the whole result: Excel does not call the function (docs/functions.md)", () => {
    for (let n = 2; n <= 6; n++) expect(cellError(value(`Reps!K${n}`)).message).toMatch(/"n\/a" is not a number for workload/);
  });
});
