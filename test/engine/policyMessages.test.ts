/** A policy's problems in words (docs/policy.md, "Problems"): every problem, its place named by labels, in English and Chinese. */
import { defaultPolicy } from "../../src/engine/policy";
import { POLICY_CODES, policyMessage, policyProblemText } from "../../src/engine/policyMessages";
import { notTraditional } from "../support/traditional";
import { validatePolicy } from "../../src/engine/policySchema";

describe("a policy's problems", () => {
  const draft = defaultPolicy();
  draft.dimensions[0]!.weight = 45; // 45 + 50 + 20 = 115
  draft.dimensions[0]!.metrics[0]!.cap = 0;
  const result = validatePolicy(draft);
  const problems = result.ok ? [] : (result.problems ?? []);

  it("lists the cap and the weights together, the file text keeping its paths", () => {
    expect(result.ok ? [] : result.errors).toEqual([
      "dimensions[0].metrics[0].cap: must be greater than 0",
      "Dimension weights add up to 115, 15 over 100 (workload 45, sales 50, initiatives 20).",
    ]);
  });

  it("names the place by labels, in the pane's language", () => {
    expect(problems.map((p) => policyProblemText(p, draft, "en"))).toEqual([
      "Workload, Calls dialed, cap: must be greater than 0",
      "Dimension weights add up to 115, 15 over 100 (Workload 45, Sales results 50, Key initiatives 20).",
    ]);
    expect(problems.map((p) => policyProblemText(p, draft, "zh"))).toEqual([
      "工作量 · 呼出量 · 上限：必须大于 0",
      "各维度权重合计为 115，超出 100 达 15（工作量 45、销售业绩 50、重点工作 20）。",
    ]);
  });

  it("names positions, bands and seasonal months", () => {
    const p = defaultPolicy();
    p.baselines[1]!.seasonal[6] = 0;
    p.bands[1]!.min = 95;
    const found = validatePolicy(p);
    const texts = found.ok ? [] : (found.problems ?? []).map((x) => policyProblemText(x, p, "zh"));
    expect(texts).toEqual(["基准数 · Senior · 季节系数 · 7 月：必须大于 0", "第 2 档（B） · 下限：必须低于 90，即等级“A”的下限：等级从高到低排列"]);
  });

  it("has every code in Chinese", () => {
    const facts = {
      expected: "number", got: "NaN", values: ["a"], inner: ["empty"], key: "k", version: 9, current: 1, dimension: null, sum: "1", gap: "1",
      over: true, items: [], first: 0, floor: 1, needed: ["calls"], position: "X", firstPosition: "Y", scoring: "target", missing: ["calls"],
      min: 1, grade: "A", grades: ["A"],
    };
    for (const code of POLICY_CODES) expect([code, /\p{Script=Han}/u.test(policyMessage({ code, facts }, "zh"))]).toEqual([code, true]);
  });

  it("has every code in Traditional Chinese, none of it Simplified", () => {
    const facts = {
      expected: "string", got: "NaN", values: ["a"], inner: ["empty"], key: "k", version: 9, current: 1, dimension: "銷售業績", sum: "115", gap: "15",
      over: true, items: [], first: 0, floor: 1, needed: ["calls"], position: "X", firstPosition: "Y", scoring: "target", missing: ["calls"],
      min: 1, grade: "A", grades: ["A"],
    };
    const texts = POLICY_CODES.map((code) => policyMessage({ code, facts }, "zh-Hant"));
    expect(notTraditional(texts)).toEqual([]);
    POLICY_CODES.forEach((code, i) => expect([code, /\p{Script=Han}/u.test(texts[i])]).toEqual([code, true]));
  });

  it("names a metric by its Traditional label, or by its Simplified one when the policy has none", () => {
    const p = defaultPolicy();
    p.dimensions[0]!.metrics[0]!.cap = 0;
    p.dimensions[1]!.metrics[0]!.cap = 0;
    delete p.dimensions[1]!.metrics[0]!.label!["zh-Hant"];
    const found = validatePolicy(p);
    const texts = found.ok ? [] : (found.problems ?? []).map((x) => policyProblemText(x, p, "zh-Hant"));
    expect(texts).toEqual(["工作量 · 外撥通數 · 上限：必須大於 0", "銷售業績 · 销售额 · 上限：必須大於 0"]);
  });
});
