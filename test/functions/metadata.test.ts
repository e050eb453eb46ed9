/**
 * The functions.json Excel reads, generated from src/functions/functions.ts by the same generator
 * the webpack plugin runs (custom-functions-metadata), and the zh-CN translation table merged into
 * it at build time. A change that breaks the metadata fails here, not in Excel.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import zhCN from "../../src/functions/functions.zh-CN.json";
import zhTW from "../../src/functions/functions.zh-TW.json";
import { hasSimplifiedOnly, notTraditional } from "../support/traditional";

const SOURCE = join(__dirname, "../../src/functions/functions.ts");

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result?: { dimensionality?: string; type?: string };
}

/**
 * The signatures docs/functions.md documents, POLICY() included: "name" is a scalar `any`, "name[]" a range (`any[][]`), "?" optional.
 * Every parameter is `any` so that a blank cell is told from 0 (see src/functions/adapt.ts). The
 * functions that take a whole column in one call (BASELINE_SCORE, MONTH_SCORE, NET_PROFIT,
 * TOTAL_SCORE, GRADE) declare every parameter a range: a single cell arrives as a 1 × 1 range.
 */
const EXPECTED: Record<string, string[]> = {
  BASELINE_SCORE: ["actual[]", "baseline[]", "cap[]?", "floor[]?"],
  BASELINE: ["metric", "position", "period?"],
  MONTH_SCORE: ["actual[]", "target[]", "workdays[]?", "leave_days[]?", "cap[]?"],
  QUARTER_SCORE: ["actuals[]", "targets[]", "quality?", "quality_weight?"],
  WORKDAYS: ["start", "end", "holidays[]?", "makeup_days[]?"],
  WORKLOAD_SCORE: ["calls", "talk_minutes", "customers", "position", "period?"],
  SALES_SCORE: ["revenue", "target", "cap?"],
  NET_PROFIT: ["revenue[]", "cost[]", "refunds[]?", "after_sales_cost[]?", "complaint_cost[]?"],
  PROFIT_SCORE: ["net_profit", "target", "cap?"],
  CSAT: ["ratings[]", "scale_max?", "method?"],
  INITIATIVE_SCORE: ["team_building", "customer_service", "sales_skills", "scale_max?"],
  TOTAL_SCORE: ["workload[]", "sales[]", "initiatives[]"],
  GRADE: ["score[]"],
  WEIGHT: ["key"],
  RECONCILE: ["amounts[]", "ledger_total"],
  ALLOCATE: ["amounts[]", "total"],
  POLICY: [],
  POLICY_INFO: ["item", "language?"],
  SOURCE_ROW: ["period", "source_period", "rep_id", "rep_name", "source_id?", "source_name?"],
  METRIC_SCORE: ["metric", "actual", "target?", "position?", "period?"],
  DIMENSION_SCORE: ["dimension", "points[]", "metrics[]?"],
};

function signature(p: Parameter): string {
  return `${p.name}${p.dimensionality === "matrix" ? "[]" : ""}${p.optional ? "?" : ""}`;
}

let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
let fns: Fn[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(SOURCE);
  fns = generated.metadataJson ? (JSON.parse(generated.metadataJson) as { functions: Fn[] }).functions : [];
});

describe("generated functions.json", () => {
  it("generates without errors", () => {
    expect(generated.errors).toEqual([]);
  });

  it("holds exactly the documented functions, each named as its id", () => {
    expect(fns.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of fns) expect(f.name).toBe(f.id);
  });

  it.each(Object.entries(EXPECTED))("%s has the parameters docs/functions.md documents, all of type any", (id, params) => {
    const f = fns.find((x) => x.id === id)!;
    expect(f.parameters.map(signature)).toEqual(params);
    for (const p of f.parameters) expect(p.type).toBe("any");
  });

  it("describes every function and parameter", () => {
    const undescribed = fns.flatMap((f) => [
      ...(f.description?.trim() ? [] : [f.id]),
      ...f.parameters.filter((p) => !p.description?.trim()).map((p) => `${f.id}(${p.name})`),
    ]);
    expect(undescribed).toEqual([]);
  });

  it("links every function to its anchor in docs/functions.md", () => {
    const doc = readFileSync(join(__dirname, "../../docs/functions.md"), "utf8");
    for (const f of fns) {
      const anchor = f.id.toLowerCase();
      expect(f.helpUrl).toBe(`https://localhost:3000/help/functions.html#${anchor}`);
      expect(doc).toContain(`<a id="${anchor}"></a>`);
    }
  });

  it("declares a spilled (matrix) result for ALLOCATE, POLICY and the five column-at-once functions only", () => {
    const matrix = fns.filter((f) => f.result?.dimensionality === "matrix").map((f) => f.id);
    expect(matrix.sort()).toEqual(["ALLOCATE", "BASELINE_SCORE", "GRADE", "MONTH_SCORE", "NET_PROFIT", "POLICY", "TOTAL_SCORE"]);
  });

  it("associates every id with a function exported by functions.ts", () => {
    for (const { id, functionName } of generated.associate) {
      expect({ id, exported: typeof (functions as Record<string, unknown>)[functionName] }).toEqual({ id, exported: "function" });
    }
    expect(generated.associate).toHaveLength(Object.keys(EXPECTED).length);
  });

  it("would fail on a parameter type the generator cannot map (the check above can fail)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tele-metadata-"));
    try {
      const broken = join(dir, "functions.ts");
      const source = readFileSync(SOURCE, "utf8").replace("export function grade(score: unknown[][])", "export function grade(score: Policy)");
      writeFileSync(broken, source);
      const result = await generateCustomFunctionsMetadata(broken);
      expect(result.errors.join("\n")).toMatch(/does not support type "Policy"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("functions.zh-CN.json", () => {
  const table = zhCN as Record<string, { description: string; parameters: Record<string, string> }>;

  it("translates exactly the generated ids", () => {
    expect(Object.keys(table).sort()).toEqual(fns.map((f) => f.id).sort());
  });

  it("translates exactly each function's parameter names, every text in Chinese", () => {
    const han = /\p{Script=Han}/u;
    for (const f of fns) {
      const entry = table[f.id];
      expect({ id: f.id, params: Object.keys(entry.parameters).sort() }).toEqual({ id: f.id, params: f.parameters.map((p) => p.name).sort() });
      expect(entry.description).toMatch(han);
      for (const text of Object.values(entry.parameters)) expect(text).toMatch(han);
    }
  });
});

describe("functions.zh-TW.json", () => {
  type Table = Record<string, { description: string; parameters: Record<string, string> }>;
  const table = zhTW as Table;
  const simplified = zhCN as Table;
  const texts = (t: Table): [string, string][] =>
    Object.entries(t).flatMap(([id, e]): [string, string][] => [[id, e.description], ...Object.entries(e.parameters).map(([p, text]): [string, string] => [`${id}.${p}`, text])]);

  it("translates exactly the generated ids and each function's parameter names", () => {
    expect(Object.keys(table).sort()).toEqual(fns.map((f) => f.id).sort());
    for (const f of fns) expect({ id: f.id, params: Object.keys(table[f.id].parameters).sort() }).toEqual({ id: f.id, params: f.parameters.map((p) => p.name).sort() });
  });

  it("is Traditional Chinese throughout, never the Simplified text copied over", () => {
    const hant = texts(table);
    expect(notTraditional(hant.map(([, text]) => text))).toEqual([]);
    const zh = new Map(texts(simplified));
    expect(hant.filter(([key, text]) => hasSimplifiedOnly(zh.get(key) ?? "") && text === zh.get(key)).map(([key]) => key)).toEqual([]);
  });

  it("uses Excel's Taiwan words: 儲存格 for a cell, 欄 for a column of data", () => {
    expect(table.ALLOCATE.parameters.amounts).toContain("儲存格");
    expect(table.BASELINE_SCORE.description).toContain("給一欄資料時");
  });
});
