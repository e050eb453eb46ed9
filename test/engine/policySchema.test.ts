import fc from "fast-check";
import { CURRENT_SCHEMA_VERSION, defaultPolicy } from "../../src/engine/policy";
import { exportPolicyJson, importPolicyJson } from "../../src/engine/policyJson";
import { validatePolicy } from "../../src/engine/policySchema";

/** The default policy as untyped data, edited by `edit`: what a hand-edited file would hold. */
const edited = (edit: (p: any) => void): unknown => {
  const p: any = defaultPolicy();
  edit(p);
  return p;
};

const errorsOf = (data: unknown): string[] => {
  const result = validatePolicy(data);
  if (result.ok) throw new Error("expected the policy to be rejected");
  return result.errors;
};

describe("validatePolicy: the default policy", () => {
  it("validates, and the result is a fresh copy of it", () => {
    const input = defaultPolicy();
    const result = validatePolicy(input);
    expect(result).toEqual({ ok: true, policy: defaultPolicy() });
    if (!result.ok) return;
    expect(result.policy).not.toBe(input);
    input.dimensions[0].weight = 99;
    input.baselines[0].values.calls = 1;
    expect(result.policy.dimensions[0].weight).toBe(30);
    expect(result.policy.baselines[0].values.calls).toBe(1800);
  });

  it("survives a JSON round trip", () => {
    expect(importPolicyJson(JSON.stringify(defaultPolicy(), null, 2))).toEqual({ ok: true, policy: defaultPolicy() });
  });
});

describe("validatePolicy: weights", () => {
  it("says which dimension weights, their sum and by how much", () => {
    // 30 + 45 + 20 = 95, 5 short
    expect(errorsOf(edited((p) => (p.dimensions[1].weight = 45)))).toEqual([
      "Dimension weights add up to 95, 5 short of 100 (workload 30, sales 45, initiatives 20).",
    ]);
  });

  it("says which dimension's metric weights are off", () => {
    // 60 + 30 + 20 = 110, 10 over
    expect(errorsOf(edited((p) => (p.dimensions[1].metrics[0].weight = 60)))).toEqual([
      'Metric weights in "sales" add up to 110, 10 over 100 (revenue 60, net_profit 30, satisfaction 20).',
    ]);
  });

  it("checks the sums after rounding to 2 decimals, exactly", () => {
    const thirds = (w: number[]) =>
      edited((p) => p.dimensions.forEach((d: any, i: number) => (d.weight = w[i])));
    expect(validatePolicy(thirds([33.33, 33.33, 33.34])).ok).toBe(true); // 100.00
    expect(validatePolicy(thirds([33.333, 33.333, 33.334])).ok).toBe(true); // 100.000
    expect(validatePolicy(thirds([33.333, 33.333, 33.333])).ok).toBe(true); // 99.999 -> 100.00
    expect(validatePolicy(thirds([50, 49.995, 0])).ok).toBe(true); // 99.995 -> 100.00 (half away from zero)
    // 50 + 49.994 = 99.994 -> 99.99, 0.01 short
    expect(errorsOf(thirds([50, 49.994, 0]))).toEqual([
      "Dimension weights add up to 99.99, 0.01 short of 100 (workload 50, sales 49.994, initiatives 0).",
    ]);
  });

  it("refuses negative weights", () => {
    // the weight, and the sum it breaks: every problem is listed at once
    expect(errorsOf(edited((p) => (p.dimensions[0].metrics[2].weight = -5)))).toEqual([
      "dimensions[0].metrics[2].weight: must be 0 or more",
      'Metric weights in "workload" add up to 65, 35 short of 100 (calls 40, talk_minutes 30, customers -5).',
    ]);
  });
});

describe("validatePolicy: fields, with their paths", () => {
  it.each<[string, (p: any) => void, string]>([
    ["cap 0", (p) => (p.dimensions[1].metrics[0].cap = 0), "dimensions[1].metrics[0].cap: must be greater than 0"],
    ["cap below floor", (p) => (p.dimensions[0].metrics[0].floor = 1.5), "dimensions[0].metrics[0].cap: must be at least the floor (1.5)"],
    ["negative floor", (p) => (p.dimensions[0].metrics[0].floor = -0.1), "dimensions[0].metrics[0].floor: must be 0 or more"],
    ["an unknown key", (p) => (p.dimensions[0].metrics[1].wieght = 30), "dimensions[0].metrics[1].wieght: is not a policy setting (check its spelling, or remove it)"],
    ["a missing key", (p) => delete p.dimensions[0].metrics[1].weight, "dimensions[0].metrics[1].weight: is missing"],
    ["a number as text", (p) => (p.dimensions[0].weight = "30"), 'dimensions[0].weight: must be a number (got "30")'],
    ["NaN", (p) => (p.minPresence = NaN), "minPresence: must be a number (got NaN)"],
    ["Infinity", (p) => (p.dimensions[0].metrics[0].cap = Infinity), "dimensions[0].metrics[0].cap: must be a number (got Infinity)"],
    ["an unknown direction", (p) => (p.dimensions[0].metrics[0].direction = "up"), 'dimensions[0].metrics[0].direction: must be one of "higher", "lower" (got "up")'],
    ["rating scale 1", (p) => (p.ratingScale = 1), "ratingScale: must be 2 or more"],
    ["rating scale 11", (p) => (p.ratingScale = 11), "ratingScale: must be 10 or less"],
    ["rating scale 4.5", (p) => (p.ratingScale = 4.5), "ratingScale: must be a whole number"],
    ["min presence 1.5", (p) => (p.minPresence = 1.5), "minPresence: must be 1 or less (a share: 0.5 is 50%)"],
    ["quality weight -0.1", (p) => (p.quarterQualityWeight = -0.1), "quarterQualityWeight: must be 0 or more"],
    ["11 seasonal factors", (p) => p.baselines[2].seasonal.pop(), "baselines[2].seasonal: must hold exactly 12 factors, January first (1 = no seasonal change)"],
    ["a seasonal factor 0", (p) => (p.baselines[0].seasonal[3] = 0), "baselines[0].seasonal[3]: must be greater than 0"],
    ["a baseline 0", (p) => (p.baselines[0].values.calls = 0), "baselines[0].values.calls: must be greater than 0"],
    ["an empty name", (p) => (p.name = "  "), "name: must not be empty"],
    ["a metric key in capitals", (p) => (p.dimensions[1].metrics[0].key = "Revenue"), "dimensions[1].metrics[0].key: must start with a lowercase letter and hold only a-z, 0-9 and _ (e.g. net_profit)"],
    ["a metric key 'constructor'", (p) => (p.dimensions[1].metrics[0].key = "constructor"), "dimensions[1].metrics[0].key: is a reserved word; choose another key"],
    ["a dimension without metrics", (p) => (p.dimensions[2].metrics = []), "dimensions[2].metrics: must hold at least one metric"],
    ["schema version 0", (p) => (p.schemaVersion = 0), "schemaVersion: must be 1 or more"],
  ])("reports %s", (_, edit, message) => {
    expect(errorsOf(edited(edit))).toEqual([message]);
  });

  it("names a bad key of a map, quoted when it is no identifier", () => {
    expect(errorsOf(edited((p) => (p.baselines[0].values["Calls x"] = 5)))).toEqual([
      'baselines[0].values["Calls x"]: the key must start with a lowercase letter and hold only a-z, 0-9 and _ (e.g. net_profit)',
    ]);
    expect(errorsOf(edited((p) => (p.targetDistribution = { "": 0.1 })))).toEqual(['targetDistribution[""]: the key must not be empty']);
  });

  it("reports every problem of a kind at once", () => {
    const errors = errorsOf(
      edited((p) => {
        p.dimensions[1].metrics[0].cap = 0;
        p.ratingScale = 4.5;
      }),
    );
    expect(errors).toEqual(["dimensions[1].metrics[0].cap: must be greater than 0", "ratingScale: must be a whole number"]);
  });

  it("refuses data that is no object", () => {
    expect(errorsOf([])).toEqual(["policy: must be an object (got a list)"]);
    expect(errorsOf(null)).toEqual(["policy: must be an object (got null)"]);
    expect(errorsOf("policy")).toEqual(['policy: must be an object (got "policy")']);
  });

  it("says when a policy comes from a newer TeleScore, and nothing else", () => {
    const newer = CURRENT_SCHEMA_VERSION + 1;
    const errors = errorsOf(edited((p) => ((p.schemaVersion = newer), (p.extra = 1))));
    expect(errors).toEqual([
      `This policy was saved by a newer TeleScore (policy schema version ${newer}; this TeleScore reads up to version ${CURRENT_SCHEMA_VERSION}). Update TeleScore to open it.`,
    ]);
  });
});

describe("validatePolicy: rules across fields", () => {
  it("needs a target for a fixed-scoring metric", () => {
    expect(errorsOf(edited((p) => delete p.dimensions[1].metrics[2].target))).toEqual([
      'dimensions[1].metrics[2].target: is missing; a metric scored "fixed" needs a target greater than 0 (e.g. 90 for CSAT 90%)',
    ]);
    expect(errorsOf(edited((p) => (p.dimensions[1].metrics[2].target = 0)))).toEqual(["dimensions[1].metrics[2].target: must be greater than 0"]);
  });

  it("needs unique dimension keys and metric keys unique across the policy", () => {
    expect(errorsOf(edited((p) => (p.dimensions[2].metrics[0].key = "calls")))).toEqual([
      'dimensions[2].metrics[0].key: "calls" is already the key of dimensions[0].metrics[0]; metric keys must be unique across the policy',
    ]);
    expect(errorsOf(edited((p) => (p.dimensions[2].key = "sales")))).toEqual([
      'dimensions[2].key: "sales" is already the key of dimensions[1]; dimension keys must be unique',
    ]);
  });

  it("needs positions unique ignoring case and surrounding spaces", () => {
    expect(errorsOf(edited((p) => (p.baselines[1].position = " junior ")))).toEqual([
      'baselines[1].position: " junior " is the same position as baselines[0] ("Junior"): positions are matched ignoring case and surrounding spaces',
    ]);
  });

  it("needs every name of a position, in each language, to be no other position's", () => {
    expect(errorsOf(edited((p) => (p.baselines[1].label = { en: "Senior", zh: "初级坐席" })))).toEqual([
      'baselines[1].label: "初级坐席" is the same position as baselines[0] ("Junior"): positions are matched ignoring case and surrounding spaces',
    ]);
    // A label repeating the position's own name is no clash.
    expect(validatePolicy(edited((p) => (p.baselines[2].label = { en: "team lead", zh: "组长" }))).ok).toBe(true);
  });

  it("takes baselines only for baseline-scored metrics, and all of them for every position", () => {
    expect(errorsOf(edited((p) => (p.baselines[0].values.revenue = 5000)))).toEqual([
      'baselines[0].values.revenue: "revenue" is not scored against baselines (its scoring is "target")',
    ]);
    expect(errorsOf(edited((p) => (p.baselines[0].values.emails = 5)))).toEqual(['baselines[0].values.emails: there is no metric "emails" in the policy']);
    expect(errorsOf(edited((p) => delete p.baselines[2].values.customers))).toEqual(['baselines[2].values: Team Lead has no baseline for "customers"']);
    expect(errorsOf(edited((p) => (p.baselines = [])))).toEqual([
      "baselines: must list at least one position: calls, talk_minutes, customers are scored against baselines",
    ]);
  });

  it("needs bands strictly decreasing with unique grades", () => {
    expect(errorsOf(edited((p) => (p.bands[1].min = 90)))).toEqual([
      'bands[1].min: must be below 90, the lower bound of grade "A": bands run from the highest grade down',
    ]);
    expect(errorsOf(edited((p) => (p.bands[2].grade = "A")))).toEqual(['bands[2].grade: grade "A" is used twice']);
    expect(errorsOf(edited((p) => (p.lowestGrade = "D")))).toEqual([`lowestGrade: "D" is already a band's grade`]);
    expect(errorsOf(edited((p) => (p.targetDistribution = { A: 0.2, Z: 0.1 })))).toEqual([
      `targetDistribution.Z: "Z" is not one of the policy's grades (A, B, C, D, E)`,
    ]);
    expect(validatePolicy(edited((p) => (p.targetDistribution = { A: 0.2, E: 0.1 }))).ok).toBe(true);
  });

  it("accepts a policy that adds a lower-is-better metric and removes one", () => {
    const result = validatePolicy(
      edited((p) => {
        p.dimensions[1].metrics = [
          { key: "revenue", weight: 60, direction: "higher", floor: 0, cap: 1.2, scoring: "target", unit: "money" },
          { key: "complaint_rate", weight: 40, direction: "lower", floor: 0.5, cap: 1.5, scoring: "fixed", unit: "percent", target: 2 },
        ];
      }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.policy.dimensions[1].metrics[1]).toEqual({ key: "complaint_rate", weight: 40, direction: "lower", floor: 0.5, cap: 1.5, scoring: "fixed", unit: "percent", target: 2 });
  });
});

describe("prototype pollution", () => {
  it("refuses __proto__ and constructor keys anywhere, and pollutes nothing", () => {
    const json = JSON.stringify(defaultPolicy()).replace('"values":{', '"values":{"__proto__":{"polluted":true},"constructor":{"x":1},');
    expect(importPolicyJson(json)).toMatchObject({
      ok: false,
      errors: [
        'baselines[0].values.__proto__: the key "__proto__" is not allowed in a policy',
        'baselines[0].values.constructor: the key "constructor" is not allowed in a policy',
      ],
    });
    const root = `{"__proto__":{"polluted":true},${JSON.stringify(defaultPolicy()).slice(1)}`;
    expect(importPolicyJson(root)).toMatchObject({ ok: false, errors: ['__proto__: the key "__proto__" is not allowed in a policy'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("importPolicyJson", () => {
  it("accepts a file that starts with a byte-order mark", () => {
    expect(importPolicyJson(`\uFEFF${JSON.stringify(defaultPolicy())}`).ok).toBe(true);
  });

  it.each<[string, string]>([
    ['{\n  "name": "x",\n  "revision": 1,\n}', `line 4, column 1, expected a property name in double quotes but found '}'.`],
    ['{"a": 1 "b": 2}', `line 1, column 9, expected "," or "}" but found '"b": 2}'.`],
    ["{'a': 1}", `line 1, column 2, expected a property name in double quotes but found ''a': 1}'.`],
    ["{", "line 1, column 2, expected a property name in double quotes but found the end of the text."],
    ["", "line 1, column 1, expected a value (text in double quotes, a number, true, false, null, { or [) but found the end of the text."],
    ['["a\nb"]', "line 1, column 4, expected no line break or control character inside text but found a line break."],
    ["[1, 2] x", "line 1, column 8, expected the end of the text but found 'x'."],
  ])("says where %j goes wrong", (text, where) => {
    expect(importPolicyJson(text)).toEqual({ ok: false, errors: [`The policy file is not valid JSON: at ${where}`] });
  });

  it("survives absurd nesting", () => {
    const result = importPolicyJson("[".repeat(100_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^The policy file is not valid JSON: at line 1, column 66, expected data nested at most 64 levels deep/);
  });

  it("locates every syntax error JSON.parse finds (property, fixed seed)", () => {
    const broken = fc
      .tuple(fc.json({ maxDepth: 4 }), fc.nat(), fc.constantFrom("", ",", "}", "]", ":", '"', "'", "x", "-", "\\", "\n", "{", "["))
      .map(([json, at, insert]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + (insert === "" ? 1 : 0));
      });
    fc.assert(
      fc.property(broken, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        fc.pre(!valid);
        const result = importPolicyJson(text);
        return !result.ok && /^The policy file is not valid JSON: at line \d+, column \d+, expected /.test(result.errors[0]);
      }),
      { seed: 99, numRuns: 1000 },
    );
  });
});


describe("validatePolicy: labels in three languages", () => {
  it("keeps a Traditional Chinese label, and reads a label saved before it existed as it was", () => {
    const withHant = validatePolicy(edited((p) => (p.dimensions[0].metrics[0].label = { en: "Calls", zh: "呼出量", "zh-Hant": "外撥通數" })));
    expect(withHant.ok && withHant.policy.dimensions[0].metrics[0].label).toEqual({ en: "Calls", zh: "呼出量", "zh-Hant": "外撥通數" });
    const older = validatePolicy(edited((p) => (p.dimensions[0].metrics[0].label = { en: "Calls", zh: "呼出量" })));
    expect(older.ok && older.policy.dimensions[0].metrics[0].label).toEqual({ en: "Calls", zh: "呼出量" });
  });

  it("gives the default policy's own labels, saved without Traditional names, the default's Traditional names", () => {
    const saved = edited((p) => {
      for (const item of [p, ...p.baselines, ...p.dimensions.flatMap((d: any) => [d, ...d.metrics])]) delete item.label["zh-Hant"];
    });
    expect(JSON.stringify(saved)).not.toContain("zh-Hant");
    expect(validatePolicy(saved)).toEqual({ ok: true, policy: defaultPolicy() });
    // Renamed in either language, a label is the author's own: nothing is added.
    const renamed = validatePolicy(edited((p) => (p.dimensions[0].label = { en: "Workload", zh: "工作负荷" })));
    expect(renamed.ok && renamed.policy.dimensions[0].label).toEqual({ en: "Workload", zh: "工作负荷" });
  });

  it("refuses a Traditional label that is not text, and any other language key", () => {
    expect(errorsOf(edited((p) => (p.dimensions[0].label = { en: "W", zh: "工作量", "zh-Hant": 3 })))).toEqual([
      'dimensions[0].label["zh-Hant"]: must be text (got 3)',
    ]);
    expect(errorsOf(edited((p) => (p.dimensions[0].label = { en: "W", zh: "工作量", "zh-TW": "工作量" }))).join("\n")).toMatch(/zh-TW.*not a policy setting/);
  });

  it("exports the Traditional label after the Simplified one", () => {
    const json = exportPolicyJson(defaultPolicy());
    expect(json).toContain('"label": {\n        "en": "Workload",\n        "zh": "工作量",\n        "zh-Hant": "工作量"\n      }');
  });
});
