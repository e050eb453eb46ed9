/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { defaultPolicy, type Policy } from "../../../../src/engine/policy";
import { setDimensionWeight } from "../../../../src/taskpane/policy/editor/policyEdits";
import { usePolicyDraft } from "../../../../src/taskpane/policy/editor/usePolicyDraft";

function renderDraft(saved: Policy) {
  return renderHook(({ saved }) => usePolicyDraft(saved), { initialProps: { saved } });
}

it("starts clean and valid on the saved policy", () => {
  const saved = defaultPolicy();
  const { result } = renderDraft(saved);
  expect(result.current.draft).toBe(saved);
  expect(result.current.dirty).toBe(false);
  expect(result.current.result).toEqual({ ok: true, policy: saved });
});

it("validates every change, and is clean again when the change is undone by hand", () => {
  const { result } = renderDraft(defaultPolicy());

  act(() => result.current.edit((p) => setDimensionWeight(p, 0, 25)));
  expect(result.current.dirty).toBe(true);
  // 25 + 50 + 20 = 95.
  expect(result.current.result).toMatchObject({ ok: false, errors: ["Dimension weights add up to 95, 5 short of 100 (workload 25, sales 50, initiatives 20)."] });

  act(() => result.current.edit((p) => setDimensionWeight(p, 0, 30)));
  expect(result.current.dirty).toBe(false);
  expect(result.current.result.ok).toBe(true);
});

it("counts an emptied number (NaN) as a change and a problem", () => {
  const { result } = renderDraft(defaultPolicy());
  act(() => result.current.edit((p) => setDimensionWeight(p, 2, NaN)));
  expect(result.current.dirty).toBe(true);
  expect(result.current.result).toMatchObject({ ok: false, errors: ["dimensions[2].weight: must be a number (got NaN)"] });
});

it("keeps the saved revision when a policy is put in the editor, and reverts to the saved policy", () => {
  const saved = { ...defaultPolicy(), revision: 5 };
  const { result } = renderDraft(saved);

  act(() => result.current.replace({ ...defaultPolicy(), name: "Imported", revision: 9 }));
  expect(result.current.draft).toEqual({ ...defaultPolicy(), name: "Imported", revision: 5 });
  expect(result.current.dirty).toBe(true);

  // The same content as saved, under another revision, is no change.
  act(() => result.current.replace({ ...saved, revision: 1 }));
  expect(result.current.dirty).toBe(false);

  act(() => result.current.edit((p) => setDimensionWeight(p, 0, 25)));
  act(() => result.current.revert());
  expect(result.current.draft).toBe(saved);
});

describe("when the saved policy changes", () => {
  it("follows it with a draft that holds no changes", () => {
    const { result, rerender } = renderDraft(defaultPolicy());
    const restored = { ...defaultPolicy(), revision: 2, name: "Restored" };
    rerender({ saved: restored });
    expect(result.current.draft).toBe(restored);
    expect(result.current.base).toBe(restored);
  });

  it("follows it with a draft that holds just what was saved (the draft's own save)", () => {
    const { result, rerender } = renderDraft(defaultPolicy());
    act(() => result.current.edit((p) => setDimensionWeight(setDimensionWeight(p, 0, 25), 1, 55)));
    const saved = { ...result.current.draft, revision: 2 };
    rerender({ saved });
    expect(result.current.draft).toBe(saved);
    expect(result.current.dirty).toBe(false);
  });

  it("keeps a draft with other changes, now compared with the new saved policy", () => {
    const { result, rerender } = renderDraft(defaultPolicy());
    act(() => result.current.edit((p) => setDimensionWeight(p, 0, 25)));
    const edited = result.current.draft;
    const elsewhere = { ...defaultPolicy(), revision: 2, name: "Saved by a co-author" };
    rerender({ saved: elsewhere });
    expect(result.current.draft).toBe(edited);
    expect(result.current.base).toBe(elsewhere);
    expect(result.current.dirty).toBe(true);
  });
});
