/** Policy files: written with keys in a fixed order, read back migrated and validated. */
import { defaultPolicy, type Policy } from "../../src/engine/policy";
import { exportPolicyJson, importPolicyJson } from "../../src/engine/policyJson";
import { defaultPolicyBeforeLabels, seedPolicyV0 } from "../support/policyV0";
import { salesAt } from "../support/reweighted";

it("exports pretty JSON with keys in a fixed order, whatever order the object has", () => {
  const p = defaultPolicy();
  const shuffled = Object.fromEntries(Object.entries(p).reverse()) as unknown as Policy;
  const text = exportPolicyJson(p);
  expect(exportPolicyJson(shuffled)).toBe(text);
  expect(text.startsWith('{\n  "schemaVersion": 1,\n  "name": "TeleScore default",\n  "revision": 1,\n  "label": {\n    "en": "TeleScore default",\n    "zh": "TeleScore 默认方案",\n    "zh-Hant": "TeleScore 預設方案"\n  },\n  "dimensions": [\n    {\n      "key": "workload",')).toBe(true);
  expect(text.endsWith('  "csatMethod": "top2"\n}\n')).toBe(true);
  // Keys outside the fixed order (a baseline's metric keys) follow alphabetically.
  expect(text).toContain('"values": {\n        "calls": 1800,\n        "customers": 120,\n        "talk_minutes": 1500\n      }');
});

it("imports what it exported", () => {
  const p = salesAt(45, 25);
  expect(importPolicyJson(exportPolicyJson(p))).toEqual({ ok: true, policy: p });
});

it("imports an older file (v0, with a byte-order mark) by migrating it", () => {
  expect(importPolicyJson(`\uFEFF${JSON.stringify(seedPolicyV0())}`)).toEqual({ ok: true, policy: defaultPolicyBeforeLabels() });
});

it("refuses a bad file with the reasons", () => {
  expect(importPolicyJson('{"schemaVersion": 1 "name": "x"}')).toEqual({
    ok: false,
    errors: ["The policy file is not valid JSON: at line 1, column 21, expected \",\" or \"}\" but found '\"name\": \"x\"}'."],
  });
  expect(importPolicyJson(exportPolicyJson(salesAt(45, 20)))).toMatchObject({ ok: false, errors: ["Dimension weights add up to 95, 5 short of 100 (workload 30, sales 45, initiatives 20)."] });
  // Workload 45: 45 + 50 + 20 = 115.
  expect(importPolicyJson(exportPolicyJson(salesAt(50, 45)))).toMatchObject({ ok: false });
  expect(importPolicyJson(JSON.stringify({ ...defaultPolicy(), schemaVersion: 3 }))).toMatchObject({ ok: false });
});

it("refuses a file that names a key twice, saying where (JSON.parse would keep the last silently)", () => {
  const text = exportPolicyJson(defaultPolicy()).replace('"weight": 30,', '"weight": 30,\n      "weight": 60,');
  expect(JSON.parse(text).dimensions[0].weight).toBe(60); // what a plain parse would have used
  expect(importPolicyJson(text)).toEqual({
    ok: false,
    duplicateKeys: ["dimensions[0].weight"],
    errors: ["dimensions[0].weight: this key appears more than once; keep one (JSON would silently use the last)."],
  });
  // A key repeated in different objects is no duplicate; neither is text that looks like one inside a string.
  expect(importPolicyJson(exportPolicyJson({ ...defaultPolicy(), name: '{"a": 1, "a": 2}' }))).toMatchObject({ ok: true });
});
