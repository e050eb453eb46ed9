/**
 * The CustomFunctions shim: the runtime's shape, implementations collected by associate, and the
 * path the page takes from the build's associate calls to a formula typed into a cell.
 */
import { readFileSync } from "fs";
import { defaultPolicy } from "../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../src/engine/policyStore";
import { createCustomFunctionsShim } from "../../src/workbench/customFunctionsShim";
import { errorMessage } from "../../src/workbench/engineDetails";
import { teleWorkbook } from "../../src/workbench/teleWorkbook";
import { associateTeleFunctions } from "./teleFunctions";

describe("the runtime's shape", () => {
  it("makes errors that carry the cell's error text and a message", () => {
    const { runtime } = createCustomFunctionsShim();
    const error = new runtime.Error(runtime.ErrorCode.invalidNumber, "too big");
    expect([error.code, error.message]).toEqual(["#NUM!", "too big"]);
    // The codes as Microsoft publishes them for the real runtime (@types/custom-functions-runtime), not a copy of the shim's.
    const declared = readFileSync(require.resolve("@types/custom-functions-runtime/index.d.ts"), "utf8");
    const published = Object.fromEntries([...declared.matchAll(/^\s*(\w+) = "(#[^"]+)"/gm)].map((m) => [m[1], m[2]]));
    expect(Object.keys(published)).toHaveLength(7);
    expect(runtime.ErrorCode).toEqual(published);
  });

  it("collects implementations associated one by one or as a mapping; a later one replaces an earlier", () => {
    const shim = createCustomFunctionsShim();
    const [one, two, three] = [() => 1, () => 2, () => 3];
    shim.runtime.associate("ONE", one);
    shim.runtime.associate({ TWO: two, ONE: three });
    expect(shim.implementations).toEqual({ ONE: three, TWO: two });
  });

  it("refuses an association without a function", () => {
    const { runtime } = createCustomFunctionsShim();
    expect(() => runtime.associate("X", undefined as never)).toThrow('"X" is not given a function');
  });

  it("installs itself as the global CustomFunctions and puts back what was there", () => {
    const target: Record<string, unknown> = { CustomFunctions: "before" };
    const shim = createCustomFunctionsShim();
    const uninstall = shim.install(target);
    expect(target.CustomFunctions).toBe(shim.runtime);
    uninstall();
    expect(target.CustomFunctions).toBe("before");
  });
});

describe("from associate to a cell", () => {
  const shim = createCustomFunctionsShim();
  let uninstall: () => void;

  beforeAll(() => {
    // The functions throw CustomFunctions.Error: the global must be this shim while they run.
    uninstall = shim.install();
    resetPolicyStoreForTests();
    setPolicy(defaultPolicy());
  });
  afterAll(() => {
    uninstall();
    resetPolicyStoreForTests();
  });

  it("computes =TELE.GRADE(91) as A with the implementation the build's associate call registered", async () => {
    const metadata = await associateTeleFunctions(shim);
    expect(Object.keys(shim.implementations).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    const workbook = teleWorkbook(metadata, shim.implementations);
    const sheet = workbook.sheets[0];
    workbook.enter(sheet, 0, 0, "=TELE.GRADE(91)");
    // bands: A ≥ 90
    expect(workbook.cell(sheet, 0, 0)).toMatchObject({ value: "A", formula: "=TELE.GRADE(91)", isError: false });
    // a CustomFunctions.Error thrown by the shipped code is the cell's error, with its message
    workbook.enter(sheet, 1, 0, '=TELE.WEIGHT("nonsense")');
    expect(workbook.cell(sheet, 1, 0)).toMatchObject({ value: "#N/A", isError: true });
    expect(errorMessage(workbook, sheet, 1, 0)).toContain("nonsense");
  });

  it("shows a function's message only with #VALUE! and #N/A, as Excel does; other codes show alone", async () => {
    // Excel: "A custom error message can't be used" with any code but invalidValue and notAvailable
    // (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-errors).
    const codes = Object.entries(shim.runtime.ErrorCode);
    const metadata = { functions: codes.map(([name]) => ({ id: `FAIL_${name.toUpperCase()}`, name: `FAIL_${name.toUpperCase()}`, parameters: [] })) };
    const implementations = Object.fromEntries(
      codes.map(([name, code]) => [
        `FAIL_${name.toUpperCase()}`,
        () => {
          throw new shim.runtime.Error(code, `why ${code}`);
        },
      ]),
    );
    const workbook = teleWorkbook(metadata, implementations);
    const sheet = workbook.sheets[0];
    codes.forEach(([name], i) => workbook.enter(sheet, i, 0, `=TELE.FAIL_${name.toUpperCase()}()`));
    const shown = codes.map((_, i) => [workbook.cell(sheet, i, 0).value, errorMessage(workbook, sheet, i, 0)]);
    // #NULL! has no HyperFormula error type: the bridge shows it as #ERROR! (teleFormulaPlugin.ts).
    const cellText = (code: string) => (code === "#NULL!" ? "#ERROR!" : code);
    expect(shown).toEqual(codes.map(([, code]) => [cellText(code), code === "#VALUE!" || code === "#N/A" ? `why ${code}` : ""]));
  });

  it("shows the shipped #NUM! without its message, and keeps a #VALUE!'s", async () => {
    const workbook = teleWorkbook(await associateTeleFunctions(shim), shim.implementations);
    const sheet = workbook.sheets[0];
    workbook.enter(sheet, 0, 0, "=TELE.BASELINE_SCORE(1500,0)");
    workbook.enter(sheet, 1, 0, '=TELE.BASELINE_SCORE("lots",1800)');
    expect(workbook.cell(sheet, 0, 0)).toMatchObject({ value: "#NUM!", isError: true });
    expect(errorMessage(workbook, sheet, 0, 0)).toBe("");
    expect(errorMessage(workbook, sheet, 1, 0)).toMatch(/^"lots" is not a number for actual/);
  });
});
