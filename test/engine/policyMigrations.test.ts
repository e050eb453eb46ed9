import { CURRENT_SCHEMA_VERSION, defaultPolicy } from "../../src/engine/policy";
import { migrate } from "../../src/engine/policyMigrations";
import { validatePolicy } from "../../src/engine/policySchema";
import { defaultPolicyBeforeLabels, seedPolicyV0 } from "../support/policyV0";

describe("migrate", () => {
  it("lifts the weights-sheet export (v0) of the seed method to exactly the default policy", () => {
    // 0.3/0.5/0.2 x 100 = 30/50/20; metrics 0.4/0.3/0.3 -> 40/30/30, 0.5/0.3/0.2 -> 50/30/20,
    // 0.3/0.4/0.3 -> 30/40/30; csatMethod "top2" added; schemaVersion 0 -> 1.
    const result = migrate(seedPolicyV0());
    expect(result.from).toBe(0);
    expect(result.to).toBe(1);
    // Read, its labels (the default's own) also get the default's Traditional Chinese names.
    expect(validatePolicy(result.data)).toEqual({ ok: true, policy: defaultPolicyBeforeLabels() });
  });

  it("turns fractions into percentages exactly, where binary floating point would drift", () => {
    // In floating point 0.57 * 100 = 56.99999999999999, 0.29 * 100 = 28.999999999999996 and
    // 0.14 * 100 = 14.000000000000002; the sheet meant 57 + 29 + 14 = 100.
    const v0 = seedPolicyV0();
    const sales = (v0.dimensions as { metrics: { weight: number }[] }[])[1];
    sales.metrics[0].weight = 0.57;
    sales.metrics[1].weight = 0.29;
    sales.metrics[2].weight = 0.14;
    const result = migrate(v0);
    const dims = (result.data as { dimensions: { metrics: { weight: number }[] }[] }).dimensions;
    expect(dims[1].metrics.map((x) => x.weight)).toEqual([57, 29, 14]);
    expect(validatePolicy(result.data).ok).toBe(true);
  });

  it("does not modify its input", () => {
    const v0 = seedPolicyV0();
    const copy = JSON.parse(JSON.stringify(v0));
    migrate(v0);
    expect(v0).toEqual(copy);
  });

  it("keeps a csatMethod a v0 file happens to carry", () => {
    const result = migrate({ ...seedPolicyV0(), csatMethod: "mean" });
    expect((result.data as { csatMethod: string }).csatMethod).toBe("mean");
  });

  it("passes malformed parts through, for validation to report", () => {
    const v0 = { ...seedPolicyV0(), dimensions: [{ key: "sales", weight: "half", metrics: "none" }, 7] };
    const result = migrate(v0);
    expect((result.data as { dimensions: unknown }).dimensions).toEqual([{ key: "sales", weight: "half", metrics: "none" }, 7]);
    const checked = validatePolicy(result.data);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors).toContain('dimensions[0].weight: must be a number (got "half")');
  });

  it("leaves a current policy alone", () => {
    const policy = defaultPolicy();
    expect(migrate(policy)).toEqual({ data: policy, from: CURRENT_SCHEMA_VERSION, to: CURRENT_SCHEMA_VERSION });
    expect(migrate(policy).data).toBe(policy);
  });

  it("leaves a newer policy alone, for the caller to report", () => {
    const newer = { ...defaultPolicy(), schemaVersion: 2 };
    expect(migrate(newer)).toEqual({ data: newer, from: 2, to: 2 });
    const checked = validatePolicy(newer);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors[0]).toMatch(/saved by a newer TeleScore/);
  });

  it("leaves a negative schemaVersion alone, for validation to report", () => {
    expect(migrate({ schemaVersion: -1 })).toEqual({ data: { schemaVersion: -1 }, from: -1, to: -1 });
  });

  it("gives no version for data without a whole-number schemaVersion", () => {
    expect(migrate(null)).toEqual({ data: null, from: null, to: null });
    expect(migrate([1])).toEqual({ data: [1], from: null, to: null });
    expect(migrate({ schemaVersion: "0" })).toEqual({ data: { schemaVersion: "0" }, from: null, to: null });
    expect(migrate({ schemaVersion: 0.5 })).toEqual({ data: { schemaVersion: 0.5 }, from: null, to: null });
  });
});
