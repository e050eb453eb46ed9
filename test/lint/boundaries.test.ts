/**
 * The lint rules fail on a violation (docs/checks.md): deliberate violations, linted as if they were
 * files at the given paths by the repository's own ESLint config, are each reported by the rule
 * meant to catch them; code that keeps the rules is not. `npm run lint` holds the real tree to them.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as ts from "typescript";

const root = resolve(__dirname, "../..");

interface Snippet {
  filePath: string;
  code: string;
}
interface Linted {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

const violations: Record<string, Snippet & { rule: string; says: string }> = {
  "engine imports React": {
    filePath: "src/engine/fake.ts",
    code: `import { useState } from "react";\nexport const hook = useState;\n`,
    rule: "telescore/import-boundaries",
    says: "'react'",
  },
  "engine imports the pane": {
    filePath: "src/engine/review/fake.ts",
    code: `export { inExcel } from "../../taskpane/shared/excel/inExcel";\n`,
    rule: "telescore/import-boundaries",
    says: "the engine does not import the task pane",
  },
  "engine imports Office.js": {
    filePath: "src/engine/fake.ts",
    code: `import "@microsoft/office-js";\n`,
    rule: "telescore/import-boundaries",
    says: "knows nothing of Office",
  },
  "pane imports the workbench": {
    filePath: "src/taskpane/review/fake.ts",
    code: `export { createExcelHost } from "../../workbench/excel/host";\n`,
    rule: "telescore/import-boundaries",
    says: "dev-only workbench",
  },
  "functions import test code": {
    filePath: "src/functions/fake.ts",
    code: `export const load = () => import("../../test/support/policyV0");\n`,
    rule: "telescore/import-boundaries",
    says: "does not import tests",
  },
  "functions import the pane": {
    filePath: "src/functions/fake.ts",
    code: `import { inExcel } from "../taskpane/shared/excel/inExcel";\nexport const here = inExcel;\n`,
    rule: "telescore/import-boundaries",
    says: "do not import the task pane",
  },
  "a component calls Excel.run": {
    filePath: "src/taskpane/review/FakeView.tsx",
    code: `export async function count(): Promise<number> {\n  return Excel.run(async (context) => {\n    const sheets = context.workbook.worksheets.load("items");\n    await context.sync();\n    return sheets.items.length;\n  });\n}\n`,
    rule: "no-restricted-syntax",
    says: "excel/ adapter folder",
  },
  "a state module asks whether Excel is here": {
    filePath: "src/taskpane/policy/fakeState.ts",
    code: `export const here = typeof Excel !== "undefined";\n`,
    rule: "no-restricted-syntax",
    says: "excel/ adapter folder",
  },
  "an Excel adapter imports Fluent UI": {
    filePath: "src/taskpane/review/excel/fake.ts",
    code: `import { Button } from "@fluentui/react-components";\nexport const b = Button;\n`,
    rule: "telescore/import-boundaries",
    says: "Fluent UI",
  },
  "an Excel adapter imports a view": {
    filePath: "src/taskpane/review/excel/fake.ts",
    code: `import { ReviewView } from "../ReviewView";\nexport const v = ReviewView;\n`,
    rule: "telescore/import-boundaries",
    says: "does not import a view",
  },
  "a sync in a loop": {
    filePath: "src/taskpane/review/excel/fake.ts",
    code: `export async function clear(context: Excel.RequestContext, names: string[]): Promise<void> {\n  for (const name of names) {\n    context.workbook.worksheets.getItem(name).getRange().clear();\n    await context.sync();\n  }\n}\n`,
    rule: "office-addins/no-context-sync-in-loop",
    says: "inside a loop",
  },
  "a read without a load": {
    filePath: "src/taskpane/review/excel/fake.ts",
    code: `export async function first(context: Excel.RequestContext): Promise<unknown> {\n  const range = context.workbook.getSelectedRange();\n  await context.sync();\n  return range.values;\n}\n`,
    rule: "office-addins/load-object-before-read",
    says: "'range' for property 'values'",
  },
  "a navigational load": {
    filePath: "src/taskpane/review/excel/fake.ts",
    code: `export async function sheetOf(context: Excel.RequestContext): Promise<void> {\n  const range = context.workbook.getSelectedRange();\n  range.load("worksheet");\n  await context.sync();\n}\n`,
    rule: "office-addins/no-navigational-load",
    says: "'worksheet'",
  },
};

/** Code that keeps the rules: an adapter that loads, syncs once and reads; an engine on its own packages; a view naming an Excel type. */
const allowed: Record<string, Snippet> = {
  "an adapter loads, syncs once, then reads": {
    filePath: "src/taskpane/review/excel/fake.ts",
    code: `import { formatCells } from "../../../engine/sheet/address";\nexport async function values(): Promise<unknown[][]> {\n  return Excel.run(async (context) => {\n    const range = context.workbook.getSelectedRange().load("values");\n    await context.sync();\n    return range.values;\n  });\n}\nexport const cells = formatCells;\n`,
  },
  "the engine uses its own modules and its libraries": {
    filePath: "src/engine/fake.ts",
    code: `import Decimal from "decimal.js";\nimport { z } from "zod";\nimport { toCents } from "./money";\nexport const parts = [Decimal, z, toCents];\n`,
  },
  "a view names an Excel type and gets a port": {
    filePath: "src/taskpane/review/FakeView.tsx",
    code: `import { useState } from "react";\nimport { inExcel } from "../shared/excel/inExcel";\nexport type Cell = Excel.Range;\nexport function useHere(): boolean {\n  const [here] = useState(inExcel);\n  return here;\n}\n`,
  },
};

function lint(snippets: Snippet[]): Linted[] {
  const out = execFileSync(process.execPath, [join(root, "scripts/lint/lintSnippets.mjs")], { cwd: root, input: JSON.stringify(snippets), encoding: "utf8" });
  return JSON.parse(out) as Linted[];
}

// One ESLint start-up for every snippet: loading the config and its plugins takes a few seconds.
const names = Object.keys(violations);
const allowedNames = Object.keys(allowed);
let linted: Linted[] = [];
beforeAll(() => {
  linted = lint([...names.map((name) => violations[name]), ...allowedNames.map((name) => allowed[name])]);
}, 60_000);

test.each(names)("reported: %s", (name) => {
  const { rule, says } = violations[name];
  const { messages } = linted[names.indexOf(name)];
  expect(messages).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: rule, message: expect.stringContaining(says) })]));
});

test.each(allowedNames)("not reported: %s", (name) => {
  expect(linted[names.length + allowedNames.indexOf(name)].messages).toEqual([]);
});

test("the engine's tsconfig knows no Office and no DOM: an engine file naming them does not compile", () => {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.engine.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(String(d.messageText)); } });
  if (!parsed) throw new Error("tsconfig.engine.json did not parse");
  const dir = mkdtempSync(join(tmpdir(), "engine-tsconfig-"));
  try {
    const file = join(dir, "usesOffice.ts");
    writeFileSync(file, `export const run = () => Excel.run(async () => undefined);\nexport const title = () => document.title;\nexport const ready = () => Office.onReady();\n`);
    const program = ts.createProgram([file], { ...parsed.options, noEmit: true });
    const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining("'Excel'"), expect.stringContaining("'document'"), expect.stringContaining("'Office'")]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
