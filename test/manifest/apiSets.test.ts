/**
 * Requirement sets (docs/checks.md): every Office API member the product uses is within the sets
 * manifest.xml declares, or guarded by isSetSupported; and the check is shown to fail on a fixture
 * whose deliberate violations are marked by hand.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { declaredSets, findApiUses, formatRequirement, highestNeeded, parseRequirement, productFiles, programFor, uncoveredUses, type ApiUse } from "../../scripts/apiSets";
import { createOfficeShim } from "../../src/workbench/officeShim";

const root = path.resolve(__dirname, "../..");
const tsconfig = path.join(root, "tsconfig.json");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
const where = (use: ApiUse) => `${path.relative(root, use.file)}:${use.line} ${use.member} (${formatRequirement(use.requirement)})`;

describe("the product", () => {
  let uses: ApiUse[] = [];
  beforeAll(() => {
    const files = productFiles(root);
    const program = programFor(tsconfig, files);
    uses = findApiUses(program, files.map((file) => program.getSourceFile(file)!));
  }, 120_000);

  it("uses no Office API member above manifest.xml's requirement sets without a guard", () => {
    expect(uncoveredUses(uses, declaredSets(manifest)).map(where)).toEqual([]);
  });

  it("declares each set it uses at the highest version used, not higher (a higher one turns older Excel away)", () => {
    const declared = new Map(declaredSets(manifest).map((s) => [s.name, s.version]));
    const needed = highestNeeded(uses);
    // what the walk must at least see: the custom functions' errors and the pane's settings store
    expect(uses.map((u) => u.member)).toEqual(expect.arrayContaining(["CustomFunctions.Error", "CustomFunctions.ErrorCode.invalidNumber", "Excel.Workbook.settings"]));
    for (const [name, version] of needed) expect(`${name} ${declared.get(name)}`).toBe(`${name} ${version}`);
    // SharedRuntime is asked for by the manifest's <Runtimes lifetime="long">, not by a call
    expect([...declared.keys()].filter((name) => !needed.has(name))).toEqual(["SharedRuntime"]);
  });

  it("runs in the workbench, whose host claims every declared set", () => {
    const { isSetSupported } = createOfficeShim("en-US").context.requirements;
    expect(declaredSets(manifest).filter((s) => !isSetSupported(s.name, s.version))).toEqual([]);
  });
});

describe("the checker, on deliberate violations", () => {
  const fixture = path.join(__dirname, "fixtures/apiSetUses.ts");
  const declared = declaredSets(`<OfficeApp><Requirements><Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="1.7"/><Set Name="CustomFunctionsRuntime"/></Sets></Requirements></OfficeApp>`);

  it("reads a manifest's sets, with DefaultMinVersion for a set without MinVersion", () => {
    expect(declared).toEqual([{ name: "ExcelApi", version: "1.7" }, { name: "CustomFunctionsRuntime", version: "1.1" }]);
  });

  it("reports exactly the lines marked `// above`", () => {
    const program = programFor(tsconfig, [fixture]);
    const uses = findApiUses(program, [program.getSourceFile(fixture)!]);
    const marked = readFileSync(fixture, "utf8")
      .split("\n")
      .flatMap((line, i) => (line.trimEnd().endsWith("// above") ? [i + 1] : []));
    expect(marked.length).toBeGreaterThan(10);
    expect([...new Set(uncoveredUses(uses, declared).map((u) => u.line))].sort((a, b) => a - b)).toEqual(marked);
  }, 120_000);

  it("reads both forms Microsoft's types state a requirement in", () => {
    expect(parseRequirement("* @remarks\n * [Api set: ExcelApi 1.4 for get, 1.5 for set]\n */")).toEqual([[{ name: "ExcelApi", version: "1.4" }]]);
    expect(parseRequirement("* [Api set: SharedRuntime 1.1, Mailbox 1.10]")).toEqual([[{ name: "SharedRuntime", version: "1.1" }], [{ name: "Mailbox", version: "1.10" }]]);
    expect(
      parseRequirement("* **Requirement sets**:\n *\n * - {@link https://x | KeyboardShortcuts 1.1}\n *\n * - {@link https://y | SharedRuntime 1.1}\n *\n * @returns x"),
    ).toEqual([[{ name: "KeyboardShortcuts", version: "1.1" }, { name: "SharedRuntime", version: "1.1" }]]);
    expect(parseRequirement("/** Executes a batch script. */")).toEqual([]);
  });
});
